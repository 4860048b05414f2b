/** "start an ice session", "ice for fifteen minutes", "start a heat session": towel check, length, consent, timer. */
import { RequestHandler, getIntentName } from 'ask-sdk-core';
import { minutesOf } from '../../../core/ice-plan';
import { beginSession } from '../sessions';
import { isIntent, slotValue } from '../../../kernel/request';
import { turnOf } from '../../../kernel/turn';

export const StartSessionHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'StartIceIntent', 'StartHeatIntent'),
  handle(input) {
    const kind = getIntentName(input.requestEnvelope) === 'StartHeatIntent' ? 'heat' : 'ice';
    return beginSession(turnOf(input), kind, minutesOf(slotValue(input, 'duration')));
  },
};
