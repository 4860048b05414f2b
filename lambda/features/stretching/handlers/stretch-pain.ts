/**
 * Pain while stretching. "That hurts", "sharp pain", "ow": stop, rest position, and ask how bad it is.
 * "My pain is eight" during a routine: stored like any pain report; 7 or more (or a rise) stops the routine with
 * the rest position, a lower score is noted and the routine goes on. A score answering "how bad is your pain right
 * now?" before stretching decides whether the routine starts. Registered before the general pain handler.
 */
import { RequestHandler } from 'ask-sdk-core';
import { readPainScore } from '../../../core/pain';
import { isIntent, slotValue } from '../../../kernel/request';
import { activeRun, painBeforeStretching, painScoreInRoutine, stopForPainWords } from '../player';
import { turnOf } from '../../../kernel/turn';

export const StretchPainHandler: RequestHandler = {
  canHandle(input) {
    if (isIntent(input, 'PainFlareIntent')) return true;
    if (!isIntent(input, 'PainReportIntent')) return false;
    const turn = turnOf(input);
    if (turn.session.pending?.kind === 'stretchPain') return true;
    const run = activeRun(turn);
    return run !== undefined && !run.completed;
  },
  handle(input) {
    const turn = turnOf(input);
    const run = activeRun(turn);
    const pending = turn.session.pending;
    if (isIntent(input, 'PainReportIntent')) {
      const reading = readPainScore(slotValue(input, 'painScore'));
      if (pending?.kind === 'stretchPain') return painBeforeStretching(turn, pending, reading);
      if (run) return painScoreInRoutine(turn, run, reading);
    }
    return stopForPainWords(turn);
  },
};
