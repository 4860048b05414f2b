/** "how many ice sessions have I done today": counted from the stored sessions, by the user's calendar. */
import { RequestHandler } from 'ask-sdk-core';
import { countToday } from '../skill/care-sessions';
import { isIntent, slotId } from '../skill/request';
import { turnOf } from '../skill/turn';

export const SessionCountHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'SessionCountIntent'),
  handle: (input) => countToday(turnOf(input), slotId(input, 'sessionKind') === 'HEAT' ? 'heat' : 'ice'),
};
