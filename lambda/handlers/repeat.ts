/** "say that again": the last answer, word for word; inside a stretch routine, the current step again. */
import { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../skill/request';
import { reply } from '../skill/reply';
import { turnOf } from '../skill/turn';
import { activeRun, navigateRoutine } from '../skill/stretch-player';

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
