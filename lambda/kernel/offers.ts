/** What "yes" to each offer does. Later features (timers, stretching) take over their offers here. */
import { Response } from 'ask-sdk-model';
import { Offer } from './session-state';
import { reply } from './reply';
import { Turn } from './turn';
import { speakAdvice } from '../features/advice/handlers/care-question';
import { askSafetyCheck } from '../features/safety/handlers/safety-check';
import { beginSession, offerHeatSession } from '../features/ice-heat/sessions';
import { acceptResume, requestRoutine } from '../features/stretching/player';

type OfferAction = (turn: Turn) => Response | Promise<Response>;

const ACCEPT: Record<Offer, OfferAction> = {
  iceSession: (turn) => beginSession(turn, 'ice'),
  heatTips: (turn) => offerHeatSession(turn, speakAdvice(turn.speech, 'heatingPad', turn.phase())),
  stretchTips: (turn) => requestRoutine(turn),
  preventionTips: (turn) => reply(turn, { speak: speakAdvice(turn.speech, 'prevention', turn.phase()) }),
  safetyCheck: (turn) => askSafetyCheck(turn),
  restInstead: (turn) => reply(turn, { speak: speakAdvice(turn.speech, 'restPosition', turn.phase()) }),
  resumeRoutine: (turn) => acceptResume(turn),
};

export function acceptOffer(turn: Turn, offer: Offer): Response | Promise<Response> {
  return ACCEPT[offer](turn);
}
