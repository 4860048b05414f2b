/**
 * Pain while stretching. "That hurts", "sharp pain", "ow": stop, rest position, and ask how bad it is.
 * "My pain is eight" during a routine: stored like any pain report; 7 or more (or a rise) stops the routine with
 * the rest position, a lower score is noted and the routine goes on. Registered before the general pain handler.
 */
import { RequestHandler } from 'ask-sdk-core';
import { readPainScore } from '../../../core/pain';
import { isIntent, slotValue } from '../../../kernel/request';
import { activeRun, painScoreInRoutine, stopForPainWords } from '../player';
import { turnOf } from '../../../kernel/turn';

export const StretchPainHandler: RequestHandler = {
  canHandle(input) {
    if (isIntent(input, 'PainFlareIntent')) return true;
    if (!isIntent(input, 'PainReportIntent')) return false;
    const run = activeRun(turnOf(input));
    return run !== undefined && !run.completed;
  },
  handle(input) {
    const turn = turnOf(input);
    const run = activeRun(turn);
    if (isIntent(input, 'PainReportIntent') && run) return painScoreInRoutine(turn, run, readPainScore(slotValue(input, 'painScore')));
    return stopForPainWords(turn);
  },
};
