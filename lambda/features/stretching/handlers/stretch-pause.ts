/**
 * "Wait", "hold on": the routine keeps its place and the microphone stays open. ("No" to the routine's questions
 * is the question registry's: stretching/answers and onboarding/offers.) With no routine running, "wait" says
 * there is nothing to pause.
 */
import { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../../../kernel/request';
import { activeRun, navigateOutside, pauseRoutine } from '../player';
import { turnOf } from '../../../kernel/turn';

export const StretchPauseHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.PauseIntent'),
  handle(input) {
    const turn = turnOf(input);
    return activeRun(turn) ? pauseRoutine(turn) : navigateOutside(turn, 'pause');
  },
};
