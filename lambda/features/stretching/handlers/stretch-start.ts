/**
 * "Guide me through the stretches", "start the gentle routine": starts a guided routine if the care protocol
 * allows it now (see core/stretch-gate); otherwise says why, or asks for the pain score it needs.
 */
import { RequestHandler } from 'ask-sdk-core';
import { isIntent, slotId } from '../../../kernel/request';
import { requestRoutine } from '../player';
import { turnOf } from '../../../kernel/turn';
import { checkBeforeStarting } from '../../safety/flows';

export const StartStretchHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'StartStretchIntent'),
  handle(input) {
    const turn = turnOf(input);
    const routine = slotId(input, 'routine');
    return checkBeforeStarting(turn, { start: 'stretch', routine }) ?? requestRoutine(turn, routine);
  },
};
