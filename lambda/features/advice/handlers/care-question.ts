/** One-line care questions ("how long do I keep ice on"), answered for the user's current phase. */
import { RequestHandler, HandlerInput, getIntentName } from 'ask-sdk-core';
import { CareTopic } from '../../../core/advice';
import { isIntent } from '../../../kernel/request';
import { turnOf } from '../../../kernel/turn';
import { answerAside, askOnset } from '../../onboarding/flows';
import { speakAdvice } from '../speak';

/** Each care-question intent of the interaction model and the topic it asks about. */
export const CARE_QUESTION_INTENTS: Record<string, CareTopic> = {
  IceDurationIntent: 'iceDuration',
  IceFrequencyIntent: 'iceFrequency',
  IceOrHeatIntent: 'iceOrHeat',
  SwitchToHeatIntent: 'switchToHeat',
  HeatingPadIntent: 'heatingPad',
  WarmBathIntent: 'warmBath',
  RestPositionIntent: 'restPosition',
  MovementIntent: 'movement',
  TennisBallIntent: 'tennisBall',
  PainReliefIntent: 'painRelief',
  PreventionIntent: 'prevention',
};

export const CareQuestionHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, ...Object.keys(CARE_QUESTION_INTENTS)),
  handle(input: HandlerInput) {
    const turn = turnOf(input);
    const topic = CARE_QUESTION_INTENTS[getIntentName(input.requestEnvelope)];
    const view = turn.phase();
    const speak = speakAdvice(turn.speech, topic, view);
    // An answer that changes with the phase needs the onset: ask for it, and keep the session open (a one-shot too).
    if (view.phase === 'unknown' && turn.speech.has(`advice.${topic}.early`)) return askOnset(turn, [speak]);
    return answerAside(turn, speak);
  },
};
