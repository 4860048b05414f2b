/**
 * "Wait", "hold on", or "no" to "Ready for the other side?": the routine keeps its place and the microphone stays
 * open. "No" to "go again?" after the last step ends the routine; "no" to "Shall we pick up there?" forgets the
 * place. With no routine running, "wait" says there is nothing to pause.
 */
import { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../../../kernel/request';
import { activeRun, declineResume, finishRoutine, isFinished, navigateOutside, pauseRoutine } from '../player';
import { turnOf } from '../../../kernel/turn';

export const StretchPauseHandler: RequestHandler = {
  canHandle(input) {
    if (isIntent(input, 'AMAZON.PauseIntent')) return true;
    if (!isIntent(input, 'AMAZON.NoIntent')) return false;
    const turn = turnOf(input);
    const pending = turn.session.pending;
    if (pending?.kind === 'offer' && pending.offer === 'resumeRoutine') return true;
    return activeRun(turn) !== undefined && pending?.kind === 'routine';
  },
  handle(input) {
    const turn = turnOf(input);
    const run = activeRun(turn);
    const pending = turn.session.pending;
    if (isIntent(input, 'AMAZON.NoIntent')) {
      if (pending?.kind === 'offer' && pending.offer === 'resumeRoutine') return declineResume(turn);
      if (run && isFinished(turn, run)) return finishRoutine(turn);
    }
    return run ? pauseRoutine(turn) : navigateOutside(turn, 'pause');
  },
};
