/** "How do I get up off the floor", "help me get up": roll to the side, hands and knees, a sturdy chair. */
import { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../../../kernel/request';
import { reply } from '../../../kernel/reply';
import { turnOf } from '../../../kernel/turn';
import { speakAdvice } from '../speak';

export const GetUpHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'GetUpIntent'),
  handle(input) {
    const turn = turnOf(input);
    return reply(turn, { speak: speakAdvice(turn.speech, 'getUp', turn.phase()) });
  },
};
