/**
 * Request envelopes the conversation simulator does not make from speech: CanFulfillIntentRequest (Alexa asking
 * before routing a name-free request) and skill events such as AlexaSkillEvent.SkillDisabled.
 */
import type { RequestEnvelope, Slot } from 'ask-sdk-model';
import { envelope, FAKE_SKILL_ID, newSessionId, stamp } from '../../tools/simulator/envelope';

export interface RawRequestOptions {
  userId?: string;
  skillId?: string;
  locale?: string;
  now?: Date;
}

const DEFAULT_USER = 'amzn1.ask.account.RAW-REQUEST-USER';

function device(options: RawRequestOptions) {
  return {
    skillId: options.skillId ?? FAKE_SKILL_ID,
    userId: options.userId ?? DEFAULT_USER,
    deviceId: 'amzn1.ask.device.RAW-REQUEST-DEVICE',
    locale: options.locale ?? 'en-US',
    supportedInterfaces: {},
    apiEndpoint: 'http://127.0.0.1:9',
    apiAccessToken: 'raw-request-token',
  };
}

/** Alexa's question before routing a name-free request; it arrives in a new session. */
export function canFulfillRequest(intentName: string, slots: Record<string, Slot> = {}, options: RawRequestOptions = {}): RequestEnvelope {
  const base = stamp(options.locale ?? 'en-US', options.now ?? new Date());
  const request = {
    type: 'CanFulfillIntentRequest' as const,
    ...base,
    intent: { name: intentName, confirmationStatus: 'NONE' as const, slots },
  };
  return envelope(device(options), request, { sessionId: newSessionId(), new: true, attributes: {} });
}

/** The user disabled the skill; sent outside any session. */
export function skillDisabledEvent(
  persistence: 'NOT_PERSISTED' | 'PERSISTED' | undefined,
  options: RawRequestOptions = {},
): RequestEnvelope {
  const base = stamp(options.locale ?? 'en-US', options.now ?? new Date());
  const request: Record<string, unknown> = { type: 'AlexaSkillEvent.SkillDisabled', ...base, eventCreationTime: base.timestamp, eventPublishingTime: base.timestamp };
  if (persistence) request.body = { userInformationPersistenceStatus: persistence };
  return envelope(device(options), request as unknown as RequestEnvelope['request']);
}
