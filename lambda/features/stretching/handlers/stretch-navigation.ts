/**
 * Moving through a guided routine by voice: "next"/"skip", "continue"/"I'm ready", "go back", "start over", and
 * "yes" to the question that closed the step. With no routine running, "continue", "next" and "start over" pick
 * up a routine stopped in the last hours; otherwise the user hears how to start one.
 */
import { RequestHandler, getIntentName } from 'ask-sdk-core';
import { NavigationCommand } from '../../../core/routine';
import { isIntent } from '../../../kernel/request';
import { activeRun, answerYes, navigateOutside, navigateRoutine } from '../player';
import { turnOf } from '../../../kernel/turn';

const COMMANDS: Record<string, NavigationCommand> = {
  'AMAZON.NextIntent': 'next',
  'AMAZON.ResumeIntent': 'next',
  'AMAZON.PreviousIntent': 'back',
  'AMAZON.StartOverIntent': 'startOver',
};

export const StretchNavigationHandler: RequestHandler = {
  canHandle(input) {
    if (isIntent(input, ...Object.keys(COMMANDS))) return true;
    if (!isIntent(input, 'AMAZON.YesIntent')) return false;
    const turn = turnOf(input);
    return activeRun(turn) !== undefined && turn.session.pending?.kind === 'routine';
  },
  handle(input) {
    const turn = turnOf(input);
    const run = activeRun(turn);
    const intent = getIntentName(input.requestEnvelope);
    if (!run) return navigateOutside(turn, COMMANDS[intent]);
    if (intent === 'AMAZON.YesIntent') return answerYes(turn, run);
    return navigateRoutine(turn, run, COMMANDS[intent]);
  },
};
