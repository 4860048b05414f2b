/** "say that again": the last answer, word for word. */
import { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../skill/request';
import { reply } from '../skill/reply';
import { turnOf } from '../skill/turn';

export const RepeatHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.RepeatIntent'),
  handle(input) {
    const turn = turnOf(input);
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
