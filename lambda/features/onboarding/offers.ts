/** What "yes" and "no" to each offer do, and the reprompt that repeats it; a new offer without them does not compile. */
import { Response } from 'ask-sdk-model';
import { SpeechKey } from '../../speech/resources';
import { Offer } from '../../kernel/session-state';
import { reply } from '../../kernel/reply';
import { Turn } from '../../kernel/turn';
import { speakAdvice } from '../advice/speak';
import { askSafetyCheck } from '../safety/flows';
import { beginSession, offerHeatSession } from '../ice-heat/sessions';
import { acceptResume, declineResume, requestRoutine } from '../stretching/player';

type OfferAction = (turn: Turn) => Response | Promise<Response>;

interface OfferAnswers {
  accept: OfferAction;
  decline: OfferAction;
  reprompt: SpeechKey;
}

const declined: OfferAction = (turn) => reply(turn, { speak: turn.speech.say('offer.declined') });

export const OFFER_ANSWERS: { readonly [O in Offer]: OfferAnswers } = {
  iceSession: { accept: (turn) => beginSession(turn, 'ice'), decline: declined, reprompt: 'offer.iceSessionReprompt' },
  heatTips: {
    accept: (turn) => offerHeatSession(turn, speakAdvice(turn.speech, 'heatingPad', turn.phase())),
    decline: declined,
    reprompt: 'offer.heatTipsReprompt',
  },
  stretchTips: { accept: (turn) => requestRoutine(turn), decline: declined, reprompt: 'offer.stretchTipsReprompt' },
  preventionTips: {
    accept: (turn) => reply(turn, { speak: speakAdvice(turn.speech, 'prevention', turn.phase()) }),
    decline: declined,
    reprompt: 'offer.preventionTipsReprompt',
  },
  safetyCheck: { accept: (turn) => askSafetyCheck(turn), decline: declined, reprompt: 'offer.safetyCheckReprompt' },
  restInstead: {
    accept: (turn) => reply(turn, { speak: speakAdvice(turn.speech, 'restPosition', turn.phase()) }),
    decline: declined,
    reprompt: 'stretch:gate.offerRestReprompt',
  },
  resumeRoutine: { accept: (turn) => acceptResume(turn), decline: (turn) => declineResume(turn), reprompt: 'stretch:resume.offerReprompt' },
};
