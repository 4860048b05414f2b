/** "Slower", "faster": holds and speech rate change, and the choice is remembered for next time. */
import { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../../../kernel/request';
import { changeRoutinePace } from '../player';
import { turnOf } from '../../../kernel/turn';

export const StretchPaceHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'SlowerIntent', 'FasterIntent'),
  handle(input) {
    return changeRoutinePace(turnOf(input), isIntent(input, 'SlowerIntent') ? 'slower' : 'faster');
  },
};
