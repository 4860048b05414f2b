/**
 * "pause my ice timer". Only the timer intent: a bare "pause" (AMAZON.PauseIntent) belongs to the stretching
 * routine, so the two features never fight over it.
 */
import { RequestHandler } from 'ask-sdk-core';
import { pauseSession } from '../sessions';
import { isIntent } from '../../../kernel/request';
import { turnOf } from '../../../kernel/turn';

export const PauseTimerHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'PauseTimerIntent'),
  handle: (input) => pauseSession(turnOf(input)),
};
