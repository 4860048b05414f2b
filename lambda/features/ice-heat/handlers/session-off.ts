/** "I took the ice off early", "the ice is off": the session ends (its timer too) and the routine goes on. */
import { RequestHandler } from 'ask-sdk-core';
import { sessionOff } from '../sessions';
import { isIntent } from '../../../kernel/request';
import { turnOf } from '../../../kernel/turn';

export const SessionOffHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'SessionOffIntent'),
  handle: (input) => sessionOff(turnOf(input)),
};
