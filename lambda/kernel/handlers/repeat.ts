/** "say that again": the last answer, word for word; inside a stretch routine, the current step again. */
import { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../request';
import { reply } from '../reply';
import { turnOf } from '../turn';
import { activeRun, navigateRoutine } from '../../features/stretching/player';

export const RepeatHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.RepeatIntent'),
  handle(input) {
    const turn = turnOf(input);
    const run = activeRun(turn);
    if (run) return navigateRoutine(turn, run, 'repeat');
    const { lastSpeech, lastReprompt, pending } = turn.session;
    if (!lastSpeech) {
      return reply(turn, { speak: turn.speech.say('common.nothingToRepeat'), ask: { reprompt: turn.speech.say('common.reprompt') } });
    }
    const builder = input.responseBuilder.speak(lastSpeech);
    if (lastReprompt) builder.reprompt(lastReprompt);
    else builder.withShouldEndSession(true);
    turn.session.pending = pending;
    return builder.getResponse();
  },
};
