/** One-line care questions ("how long do I keep ice on"), answered for the user's current phase. */
import { RequestHandler, HandlerInput, getIntentName } from 'ask-sdk-core';
import { adviceFor, CareTopic } from '../../../core/advice';
import { joinSpeech } from '../../../speech/ssml';
import { Speech } from '../../../speech/i18n';
import { isIntent } from '../../../kernel/request';
import { reply } from '../../../kernel/reply';
import { turnOf } from '../../../kernel/turn';

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
    return reply(turn, { speak: speakAdvice(turn.speech, topic, turn.phase()) });
  },
};

/** The answer for a topic at the user's stage, with the notes a flare or a long course call for. */
export function speakAdvice(speech: Speech, topic: CareTopic, view: Parameters<typeof adviceFor>[1]): string {
  const advice = adviceFor(topic, view);
  return joinSpeech(
    speech.sayFirst([`advice.${topic}.${advice.stage}`, `advice.${topic}.any`], { day: advice.day ?? 1 }),
    advice.flare && advice.stage === 'early' && view.phase !== 'ice' ? speech.say('advice.flareNote') : undefined,
    advice.seeDoctorSoon && topic !== 'seeDoctor' ? speech.say('advice.seeDoctorNote') : undefined,
    advice.stage === 'unknown' ? speech.say('advice.askOnsetHint') : undefined,
  );
}
