/**
 * Moving through a guided routine by voice: "next"/"skip", "continue"/"I'm ready", "go back", "start over" ("yes"
 * to the question that closed the step is the question registry's: stretching/answers). With no routine running, "continue", "next" and "start over" pick
 * up a routine stopped in the last hours; otherwise the user hears how to start one. "Continue" to an offer with no
 * routine running is the offer's yes: the answer handler, before this one, takes it (kernel/questions goOnAnswers).
 */
import { RequestHandler, getIntentName } from 'ask-sdk-core';
import { NavigationCommand } from '../../../core/routine';
import { isIntent } from '../../../kernel/request';
import { activeRun, navigateOutside, navigateRoutine } from '../player';
import { turnOf } from '../../../kernel/turn';

const COMMANDS: Record<string, NavigationCommand> = {
  'AMAZON.NextIntent': 'next',
  'AMAZON.ResumeIntent': 'next',
  'AMAZON.PreviousIntent': 'back',
  'AMAZON.StartOverIntent': 'startOver',
};

export const StretchNavigationHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, ...Object.keys(COMMANDS)),
  handle(input) {
    const turn = turnOf(input);
    const run = activeRun(turn);
    const intent = getIntentName(input.requestEnvelope);
    if (!run) return navigateOutside(turn, COMMANDS[intent]);
    return navigateRoutine(turn, run, COMMANDS[intent]);
  },
};
