/** "cancel the ice timer": deletes the skill's own timer by its id (never every timer the skill has set). */
import { RequestHandler } from 'ask-sdk-core';
import { cancelSession } from '../sessions';
import { isIntent } from '../../../kernel/request';
import { turnOf } from '../../../kernel/turn';

export const CancelTimerHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'CancelTimerIntent'),
  handle: (input) => cancelSession(turnOf(input)),
};
