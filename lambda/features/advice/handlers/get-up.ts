/** "How do I get up off the floor", "help me get up": roll to the side, hands and knees, a sturdy chair; "when did the spasm begin?" again when it was waiting. */
import { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../../../kernel/request';
import { turnOf } from '../../../kernel/turn';
import { answerAside } from '../../onboarding/flows';
import { speakAdvice } from '../speak';

export const GetUpHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'GetUpIntent'),
  handle(input) {
    const turn = turnOf(input);
    return answerAside(turn, speakAdvice(turn.speech, 'getUp', turn.phase()));
  },
};
