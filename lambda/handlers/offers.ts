/** What "yes" to each offer does. Later features (timers, stretching) take over their offers here. */
import { Response } from 'ask-sdk-model';
import { Offer } from '../skill/session-state';
import { reply } from '../skill/reply';
import { Turn } from '../skill/turn';
import { speakAdvice } from './care-question';
import { askSafetyCheck } from './safety-check';

type OfferAction = (turn: Turn) => Response | Promise<Response>;

const ACCEPT: Record<Offer, OfferAction> = {
  iceSession: (turn) => reply(turn, { speak: turn.speech.say('ice.howTo') }),
  heatTips: (turn) => reply(turn, { speak: speakAdvice(turn.speech, 'heatingPad', turn.phase()) }),
  stretchTips: (turn) => reply(turn, { speak: speakAdvice(turn.speech, 'stretchTips', turn.phase()) }),
  preventionTips: (turn) => reply(turn, { speak: speakAdvice(turn.speech, 'prevention', turn.phase()) }),
  safetyCheck: (turn) => askSafetyCheck(turn),
};

export function acceptOffer(turn: Turn, offer: Offer): Response | Promise<Response> {
  return ACCEPT[offer](turn);
}
