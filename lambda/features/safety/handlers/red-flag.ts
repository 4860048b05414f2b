/**
 * A warning sign, said at any moment and inside any question: stops everything and sends the person to
 * emergency or same-day care. Registered first, so no pending question can take these words as an answer.
 */
import { getIntentName, RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../../../kernel/request';
import { turnOf } from '../../../kernel/turn';
import { warningSignHeard } from '../flows';
import { URGENT_INTENTS, warningSignOf } from './warning-sign-intents';

export const RedFlagHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, ...URGENT_INTENTS),
  handle(input) {
    const turn = turnOf(input);
    // UrgentHelpIntent names no sign: the answer lists every sign.
    return warningSignHeard(turn, warningSignOf(getIntentName(input.requestEnvelope)) ?? 'UNSPECIFIED');
  },
};
