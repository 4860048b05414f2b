/** Words the model does not know, or an intent this skill has no handler for: a short hint, and keep listening. */
import { RequestHandler, getRequestType } from 'ask-sdk-core';
import { SpeechKey } from '../../speech/resources';
import { PendingQuestion } from '../session-state';
import { reply } from '../reply';
import { turnOf } from '../turn';

/** What to say when the answer to a pending question was not understood: ask that question again. */
const REASK: Record<PendingQuestion['kind'], SpeechKey> = {
  onset: 'onset.unclear',
  pain: 'pain.ask',
  safetyCheck: 'safety.checkReprompt',
  offer: 'common.fallback',
  towelCheck: 'timers:towel.reprompt',
  skinCheck: 'timers:skin.reprompt',
  startTimer: 'common.fallback',
  breakTimer: 'timers:break.reprompt',
  reminders: 'timers:reminders.reprompt',
  timerPaused: 'timers:paused.reprompt',
  routine: 'stretch:nav.fallback',
  stretchPain: 'stretch:gate.askPainReprompt',
  healthConsent: 'privacy.consentReprompt',
  forgetMe: 'privacy.forgetReprompt',
};

export const FallbackHandler: RequestHandler = {
  // Registered last: any intent no other handler took, AMAZON.FallbackIntent included.
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'IntentRequest',
  handle(input) {
    const turn = turnOf(input);
    const { speech } = turn;
    const pending = turn.session.pending;
    const speak = speech.say(pending ? REASK[pending.kind] : 'common.fallback');
    const reprompt = pending?.kind === 'offer' ? turn.session.lastReprompt : undefined;
    return reply(turn, { speak, ask: { reprompt: reprompt ?? speak, pending } });
  },
};
