/**
 * A warning sign, said at any moment and inside any question: stops everything and sends the person to
 * emergency or same-day care. Registered first, so no pending question can take these words as an answer.
 */
import { getIntentName, RequestHandler } from 'ask-sdk-core';
import { isRedFlag } from '../../../core/triage';
import { isIntent, slotId } from '../../../kernel/request';
import { turnOf } from '../../../kernel/turn';
import { warningSignHeard } from '../flows';
import { URGENT_INTENTS, warningSignOf } from './warning-sign-intents';

/** The model of the past (one RedFlagIntent with a symptom slot), served until every locale's model has the new intents. */
const LEGACY_INTENT = 'RedFlagIntent';

export const RedFlagHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, LEGACY_INTENT, ...URGENT_INTENTS),
  handle(input) {
    const turn = turnOf(input);
    const name = getIntentName(input.requestEnvelope);
    const legacyId = name === LEGACY_INTENT ? slotId(input, 'symptom') : undefined;
    // UrgentHelpIntent (and an unrecognised legacy symptom) names no sign: the answer lists every sign.
    const flag = warningSignOf(name) ?? (legacyId && isRedFlag(legacyId) ? legacyId : 'UNSPECIFIED');
    return warningSignHeard(turn, flag);
  },
};
