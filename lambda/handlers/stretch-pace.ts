/** "Slower", "faster": holds and speech rate change, and the choice is remembered for next time. */
import { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../skill/request';
import { changeRoutinePace } from '../skill/stretch-player';
import { turnOf } from '../skill/turn';

export const StretchPaceHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'SlowerIntent', 'FasterIntent'),
  handle(input) {
    return changeRoutinePace(turnOf(input), isIntent(input, 'SlowerIntent') ? 'slower' : 'faster');
  },
};
