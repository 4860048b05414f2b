/**
 * Builds ASK request envelopes shaped like the ones Alexa sends, so the skill under test cannot tell
 * the simulator from the real service.
 */
import { randomUUID } from 'node:crypto';
import type {
  DialogState,
  Intent,
  IntentRequest,
  LaunchRequest,
  Request,
  RequestEnvelope,
  SessionEndedError,
  SessionEndedReason,
  SessionEndedRequest,
  Slot,
  SupportedInterfaces,
  Task,
  interfaces,
  slu,
} from 'ask-sdk-model';

/** The skill id the simulator uses unless told otherwise; a valid-looking but never-issued id. */
export const FAKE_SKILL_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-000000000000';
/** Where Alexa's APIs live for a North American skill; the console points this at a loopback server. */
export const DEFAULT_API_ENDPOINT = 'https://api.amazonalexa.com';

/** What an Echo Show 8 style device reports, used when the device has a screen. */
export const APL_INTERFACES: SupportedInterfaces = {
  'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.3' } },
};
export const SCREEN_VIEWPORT: interfaces.viewport.ViewportState = {
  experiences: [{ arcMinuteWidth: 346, arcMinuteHeight: 216, canRotate: false, canResize: false }],
  mode: 'HUB',
  shape: 'RECTANGLE',
  pixelWidth: 1280,
  pixelHeight: 800,
  dpi: 160,
  currentPixelWidth: 1280,
  currentPixelHeight: 800,
  touch: ['SINGLE'],
  video: { codecs: ['H_264_42', 'H_264_41'] },
};

/** Who is talking, on which device, to which skill: the parts of an envelope that stay the same. */
export interface DeviceContext {
  skillId: string;
  userId: string;
  deviceId: string;
  locale: string;
  supportedInterfaces: SupportedInterfaces;
  apiEndpoint: string;
  apiAccessToken: string;
  /** Sent as context.Viewport; defaults to SCREEN_VIEWPORT when the device supports APL. */
  viewport?: interfaces.viewport.ViewportState;
}

export interface SessionState {
  sessionId: string;
  new: boolean;
  attributes: Record<string, unknown>;
}

/** Fields every request carries. */
export interface RequestStamp {
  requestId: string;
  timestamp: string;
  locale: string;
}

export function newRequestId(): string {
  return `amzn1.echo-api.request.${randomUUID()}`;
}

export function newSessionId(): string {
  return `amzn1.echo-api.session.${randomUUID()}`;
}

export function stamp(locale: string, now: Date, requestId: string = newRequestId()): RequestStamp {
  return { requestId, timestamp: now.toISOString(), locale };
}

export function launchRequest(base: RequestStamp, task?: Task): LaunchRequest {
  return task ? { type: 'LaunchRequest', ...base, task } : { type: 'LaunchRequest', ...base };
}

export interface SlotInput {
  value?: string;
  resolutions?: slu.entityresolution.Resolutions;
}

/**
 * An IntentRequest. Every slot the intent declares is present, with or without a value, as Alexa
 * sends them. dialogState is left out when not given: Alexa only sends it for skills with a dialog
 * model, although the SDK's type marks it required.
 */
export function intentRequest(
  base: RequestStamp,
  intentName: string,
  slots: Record<string, SlotInput> = {},
  declaredSlots: readonly string[] = [],
  dialogState?: DialogState,
): IntentRequest {
  const names = [...new Set([...declaredSlots, ...Object.keys(slots)])];
  const intent: Intent = { name: intentName, confirmationStatus: 'NONE' };
  if (names.length > 0) {
    intent.slots = Object.fromEntries(names.map((name) => [name, slot(name, slots[name])]));
  }
  const request: Omit<IntentRequest, 'dialogState'> & { dialogState?: DialogState } = {
    type: 'IntentRequest',
    ...base,
    intent,
  };
  if (dialogState) request.dialogState = dialogState;
  return request as IntentRequest;
}

function slot(name: string, input: SlotInput | undefined): Slot {
  const result: Slot = { name, confirmationStatus: 'NONE' };
  if (input?.value === undefined) return result;
  result.value = input.value;
  if (input.resolutions) result.resolutions = input.resolutions;
  // Alexa also sends the newer slotValue form alongside value and resolutions.
  result.slotValue = input.resolutions
    ? { type: 'Simple', value: input.value, resolutions: input.resolutions }
    : { type: 'Simple', value: input.value };
  return result;
}

export function sessionEndedRequest(
  base: RequestStamp,
  reason: SessionEndedReason,
  error?: SessionEndedError,
): SessionEndedRequest {
  return error ? { type: 'SessionEndedRequest', ...base, reason, error } : { type: 'SessionEndedRequest', ...base, reason };
}

export interface ConnectionsResponseInput {
  name: string;
  status: { code: string; message?: string };
  token?: string;
  payload?: Record<string, unknown>;
}

export function connectionsResponse(
  base: RequestStamp,
  input: ConnectionsResponseInput,
): interfaces.connections.ConnectionsResponse {
  return { type: 'Connections.Response', ...base, ...input };
}

/** Wraps a request in the envelope; `session` is left out for requests Alexa sends outside a session. */
export function envelope(device: DeviceContext, request: Request, session?: SessionState): RequestEnvelope {
  const application = { applicationId: device.skillId };
  const user = { userId: device.userId };
  const result: RequestEnvelope = {
    version: '1.0',
    context: {
      System: {
        application,
        user,
        device: { deviceId: device.deviceId, supportedInterfaces: device.supportedInterfaces },
        apiEndpoint: device.apiEndpoint,
        apiAccessToken: device.apiAccessToken,
      },
    },
    request,
  };
  if (device.supportedInterfaces['Alexa.Presentation.APL']) {
    result.context.Viewport = device.viewport ?? SCREEN_VIEWPORT;
  }
  if (session) {
    result.session = {
      new: session.new,
      sessionId: session.sessionId,
      application,
      // Alexa sends no attributes on a new session; copy so the skill cannot mutate our state.
      attributes: session.new ? {} : structuredClone(session.attributes),
      user,
    };
  }
  return result;
}
