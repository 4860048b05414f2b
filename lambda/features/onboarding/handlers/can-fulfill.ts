/**
 * CanFulfillIntentRequest: Alexa asks, before routing a name-free request ("Alexa, how long do I keep ice on my
 * back?"), whether this skill could answer it. The answer must have no side effects: no turn is loaded for this
 * request type (see interceptors), nothing is read or written, nothing is said.
 */
import { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { canfulfill, Slot } from 'ask-sdk-model';
import { isRequestType } from '../../../kernel/request';
import { CARE_QUESTION_INTENTS } from '../../advice/handlers/care-question';
import { URGENT_INTENTS } from '../../safety/handlers/warning-sign-intents';

/** Questions the skill answers on its own, in one turn, for anyone. */
export const NAME_FREE_INTENTS: readonly string[] = [
  ...Object.keys(CARE_QUESTION_INTENTS),
  'SeeDoctorIntent',
  'PhaseStatusIntent',
  'SafetyCheckIntent',
  ...URGENT_INTENTS,
];

export const CanFulfillHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'CanFulfillIntentRequest'),
  handle(input: HandlerInput) {
    const request = input.requestEnvelope.request as canfulfill.CanFulfillIntentRequest;
    return input.responseBuilder.withCanFulfillIntent(canFulfill(request.intent?.name, request.intent?.slots)).getResponse();
  },
};

export function canFulfill(intentName: string | undefined, slots: Record<string, Slot> | undefined): canfulfill.CanFulfillIntent {
  if (!intentName || !NAME_FREE_INTENTS.includes(intentName)) return { canFulfill: 'NO' };
  const answers: Record<string, canfulfill.CanFulfillSlot> = {};
  for (const [name, slot] of Object.entries(slots ?? {})) {
    if (slot?.value === undefined || slot.value === '') continue;
    answers[name] = { canUnderstand: 'YES', canFulfill: 'YES' };
  }
  const result: canfulfill.CanFulfillIntent = { canFulfill: 'YES' };
  if (Object.keys(answers).length > 0) result.slots = answers;
  return result;
}
