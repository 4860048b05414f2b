/** One-line descriptions of response directives, and the ones the simulator acts on. */
import type { Directive } from 'ask-sdk-model';

export function describeDirective(directive: Directive): string {
  switch (directive.type) {
    case 'Connections.SendRequest': {
      const scopes = permissionScopes(directive.payload);
      return ['Connections.SendRequest', directive.name, ...scopes].join(' ');
    }
    case 'Connections.StartConnection':
      return `Connections.StartConnection ${directive.uri}`;
    case 'Dialog.ElicitSlot':
      return `Dialog.ElicitSlot ${directive.slotToElicit}`;
    case 'Dialog.ConfirmSlot':
      return `Dialog.ConfirmSlot ${directive.slotToConfirm}`;
    case 'Dialog.ConfirmIntent':
    case 'Dialog.Delegate':
      return directive.updatedIntent ? `${directive.type} ${directive.updatedIntent.name}` : directive.type;
    case 'Alexa.Presentation.APL.ExecuteCommands':
      return `${directive.type} ${directive.commands.map((command) => command.type).join(', ')}`;
    case 'AudioPlayer.Play':
      return `AudioPlayer.Play ${directive.audioItem?.stream?.url ?? ''}`.trim();
    default:
      return directive.type;
  }
}

/** The scopes an AskFor request names: `permissionScope` (version 1) or `permissionScopes` (version 2). */
export function permissionScopes(payload: Record<string, unknown> | undefined): string[] {
  if (!payload) return [];
  const single: unknown = payload.permissionScope;
  if (typeof single === 'string') return [single];
  const many: unknown = payload.permissionScopes;
  if (!Array.isArray(many)) return [];
  return many.flatMap((entry: unknown) => {
    if (typeof entry === 'string') return [entry];
    if (typeof entry === 'object' && entry !== null && 'permissionScope' in entry && typeof entry.permissionScope === 'string') {
      return [entry.permissionScope];
    }
    return [];
  });
}
