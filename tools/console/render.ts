/** How a turn looks in the terminal: what Alexa said, then one short line per card, directive and session change. */
import type { ui } from 'ask-sdk-model';
import type { IntentMatch } from '../simulator/matcher';
import type { Turn } from '../simulator/conversation';

export function renderTurn(turn: Turn): string[] {
  const lines: string[] = [];
  if (turn.heard) lines.push(`  (heard ${describeHeard(turn.heard)})`);
  if (turn.alexaBefore) lines.push(`Alexa [Alexa's own words]: ${turn.alexaBefore}`);
  if (turn.speech) lines.push(`Alexa: ${turn.speech}`);
  else if (turn.request.request.type !== 'SessionEndedRequest') lines.push('Alexa: (says nothing)');
  if (turn.card) lines.push(`  [card] ${describeCard(turn.card)}`);
  for (const directive of turn.directives) lines.push(`  [directive] ${directive}`);
  if (turn.alexaAfter) lines.push(`Alexa [Alexa's own words]: ${turn.alexaAfter}`);
  if (turn.sessionEnded) lines.push('  (session ended)');
  else if (turn.waitingForAnswer) lines.push('  (Alexa is listening for your answer)');
  else lines.push('  (session open, microphone closed)');
  return lines;
}

export function describeHeard(heard: IntentMatch): string {
  const slots = Object.entries(heard.slots).map(([name, slot]) => {
    const resolved = slot.resolutions?.resolutionsPerAuthority?.[0];
    const id = resolved?.status.code === 'ER_SUCCESS_MATCH' ? ` -> ${resolved.values[0]?.value.id ?? ''}` : '';
    return `${name}=${JSON.stringify(slot.value)}${id}`;
  });
  const described = [heard.intent, ...slots].join(' ');
  // No sample matched: the statistical estimate chose it, as Alexa's model would generalise.
  return heard.estimated ? `${described}, estimated` : described;
}

function describeCard(card: ui.Card): string {
  switch (card.type) {
    case 'Simple': return oneLine(`${card.title ?? ''}: ${card.content ?? ''}`);
    case 'Standard': return oneLine(`${card.title ?? ''}: ${card.text ?? ''}`);
    case 'AskForPermissionsConsent': return `asks for permission: ${card.permissions.join(', ')}`;
    case 'LinkAccount': return 'asks to link an account';
    default: return 'card';
  }
}

function oneLine(text: string, max = 160): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  return folded.length > max ? `${folded.slice(0, max - 1)}…` : folded;
}
