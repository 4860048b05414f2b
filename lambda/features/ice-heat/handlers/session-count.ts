/** "how many ice sessions have I done today": counted from the stored sessions, by the user's calendar. */
import { RequestHandler } from 'ask-sdk-core';
import { countToday } from '../sessions';
import { isIntent, slotId } from '../../../kernel/request';
import { turnOf } from '../../../kernel/turn';

export const SessionCountHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'SessionCountIntent'),
  handle: (input) => countToday(turnOf(input), slotId(input, 'sessionKind') === 'HEAT' ? 'heat' : 'ice'),
};
