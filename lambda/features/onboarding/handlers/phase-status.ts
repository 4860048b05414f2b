/** "where am I in my recovery", "what should I do now": the day, the phase and the next step. */
import { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../../../kernel/request';
import { turnOf } from '../../../kernel/turn';
import { whereYouAre } from '../flows';
import { phaseSummaryKey } from '../next-step';

export const PhaseStatusHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'PhaseStatusIntent'),
  handle(input) {
    const turn = turnOf(input);
    const { speech } = turn;
    const view = turn.phase();
    if (view.phase === 'unknown') return whereYouAre(turn, []);
    return whereYouAre(turn, [
      speech.say('phaseStatus.day', { day: view.day ?? 1 }),
      speech.say(phaseSummaryKey(view)),
      view.seeDoctorSoon ? speech.say('advice.seeDoctorNote') : undefined,
    ], 'none');
  },
};
