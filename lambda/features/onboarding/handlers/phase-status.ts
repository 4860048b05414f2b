/** "where am I in my recovery", "what should I do now": the day, the phase and the next step. */
import { RequestHandler } from 'ask-sdk-core';
import { joinSpeech } from '../../../speech/ssml';
import { isIntent } from '../../../kernel/request';
import { nextStepFor, phaseSummaryKey } from '../next-step';
import { reply } from '../../../kernel/reply';
import { turnOf } from '../../../kernel/turn';

export const PhaseStatusHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'PhaseStatusIntent'),
  handle(input) {
    const turn = turnOf(input);
    const { speech } = turn;
    const view = turn.phase();
    if (view.phase === 'unknown') {
      return reply(turn, {
        speak: speech.say('launch.askOnset'),
        ask: { reprompt: speech.say('launch.askOnsetReprompt'), pending: { kind: 'onset' } },
      });
    }
    const next = nextStepFor(view);
    return reply(turn, {
      speak: joinSpeech(
        speech.say('phaseStatus.day', { day: view.day ?? 1 }),
        speech.say(phaseSummaryKey(view)),
        view.seeDoctorSoon ? speech.say('advice.seeDoctorNote') : undefined,
        speech.say(next.question),
      ),
      ask: { reprompt: speech.say(next.reprompt), pending: { kind: 'offer', offer: next.offer } },
    });
  },
};
