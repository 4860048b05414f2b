/**
 * "Guide me through the stretches", "start the gentle routine": starts a guided routine, unless it is too early
 * (ice phase) or the pain is too strong; after hearing why, "go ahead anyway" starts it in the ice phase.
 */
import { RequestHandler } from 'ask-sdk-core';
import { isIntent, slotId } from '../../../kernel/request';
import { requestRoutine } from '../player';
import { turnOf } from '../../../kernel/turn';

export const StartStretchHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'StartStretchIntent'),
  handle(input) {
    const turn = turnOf(input);
    const pending = turn.session.pending;
    const heardWhy = pending?.kind === 'offer' && pending.offer === 'restInstead';
    return requestRoutine(turn, slotId(input, 'routine'), heardWhy);
  },
};
