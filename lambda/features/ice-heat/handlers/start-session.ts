/** "start an ice session", "ice for fifteen minutes", "start a heat session": towel check, length, consent, timer. */
import { RequestHandler, getIntentName } from 'ask-sdk-core';
import { minutesInDuration } from '../../../core/ice-plan';
import { beginSession } from '../sessions';
import { isIntent, slotValue } from '../../../kernel/request';
import { turnOf } from '../../../kernel/turn';
import { checkBeforeStarting } from '../../safety/flows';

export const StartSessionHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'StartIceIntent', 'StartHeatIntent'),
  handle(input) {
    const turn = turnOf(input);
    const kind = getIntentName(input.requestEnvelope) === 'StartHeatIntent' ? 'heat' : 'ice';
    const minutes = minutesInDuration(slotValue(input, 'duration'));
    return checkBeforeStarting(turn, { start: kind, minutes }) ?? beginSession(turn, kind, minutes);
  },
};
