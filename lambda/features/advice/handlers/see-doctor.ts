/** "when should I see a doctor": the routine answer, then an offer to go through the warning signs. */
import { RequestHandler } from 'ask-sdk-core';
import { joinSpeech } from '../../../speech/ssml';
import { isIntent } from '../../../kernel/request';
import { reply } from '../../../kernel/reply';
import { turnOf } from '../../../kernel/turn';
import { speakAdvice } from './care-question';

export const SeeDoctorHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'SeeDoctorIntent'),
  handle(input) {
    const turn = turnOf(input);
    const { speech } = turn;
    return reply(turn, {
      speak: joinSpeech(speakAdvice(speech, 'seeDoctor', turn.phase()), speech.say('offer.safetyCheck')),
      ask: { reprompt: speech.say('offer.safetyCheckReprompt'), pending: { kind: 'offer', offer: 'safetyCheck' } },
    });
  },
};
