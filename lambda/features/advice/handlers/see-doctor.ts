/**
 * "when should I see a doctor", "should I call 911": first to call the number if it is an emergency (the person asking
 * may be in one), then the routine answer and an offer to go through the warning signs.
 */
import { RequestHandler } from 'ask-sdk-core';
import { joinSpeech } from '../../../speech/ssml';
import { isIntent } from '../../../kernel/request';
import { reply } from '../../../kernel/reply';
import { turnOf } from '../../../kernel/turn';
import { speakAdvice } from '../speak';

export const SeeDoctorHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'SeeDoctorIntent'),
  handle(input) {
    const turn = turnOf(input);
    const { speech } = turn;
    return reply(turn, {
      speak: joinSpeech(speech.say('advice.ifEmergency'), speakAdvice(speech, 'seeDoctor', turn.phase()), speech.say('offer.safetyCheck')),
      ask: { reprompt: speech.say('offer.safetyCheckReprompt'), pending: { kind: 'offer', offer: 'safetyCheck' } },
    });
  },
};
