/**
 * "Wait", "hold on": the routine keeps its place and the microphone stays open. ("No" to the routine's questions
 * is the question registry's: stretching/answers and onboarding/offers.) With no routine running and a question
 * open ("is the ice wrapped?"), "wait" keeps that question and asks it again; with an ice or heat session under way,
 * it is that session's timer (ice-heat pauses it, or says to pause the user's own); with nothing, it says there is
 * nothing to pause.
 */
import { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../../../kernel/request';
import { activeRun, navigateOutside, pauseRoutine } from '../player';
import { turnOf } from '../../../kernel/turn';
import { askOpenQuestionAgain } from '../../../kernel/questions';
import { pauseSession, sessionUnderWay } from '../../ice-heat/sessions';

export const StretchPauseHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.PauseIntent'),
  handle(input) {
    const turn = turnOf(input);
    if (activeRun(turn)) return pauseRoutine(turn);
    const again = askOpenQuestionAgain(turn, turn.speech.say('common.takeYourTime'));
    if (again) return again;
    if (sessionUnderWay(turn)) return pauseSession(turn);
    return navigateOutside(turn, 'pause');
  },
};
