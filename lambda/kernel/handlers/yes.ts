/** "yes": answers whatever the last response asked. */
import { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../request';
import { reply } from '../reply';
import { turnOf } from '../turn';
import { acceptOffer } from '../offers';
import { urgentReply } from '../../features/safety/handlers/red-flag';

export const YesHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.YesIntent'),
  handle(input) {
    const turn = turnOf(input);
    const pending = turn.session.pending;
    // "Yes" to "do you have any of these warning signs?" is a red flag.
    if (pending?.kind === 'safetyCheck') return urgentReply(turn, turn.speech.say('safety.unrecognisedYes'));
    if (pending?.kind === 'offer') return acceptOffer(turn, pending.offer);
    return reply(turn, {
      speak: turn.speech.say('common.yesWithoutQuestion'),
      ask: { reprompt: turn.speech.say('common.reprompt'), pending },
    });
  },
};
