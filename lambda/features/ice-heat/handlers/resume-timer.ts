/**
 * "resume my ice timer". A bare "resume" (AMAZON.ResumeIntent) right after this skill paused a timer (or found it
 * paused) and said "say resume when you're ready" is that question's yes (ice-heat/answers, goOn); otherwise it is
 * left to the stretching routine.
 */
import { RequestHandler } from 'ask-sdk-core';
import { resumeSession } from '../sessions';
import { isIntent } from '../../../kernel/request';
import { turnOf } from '../../../kernel/turn';

export const ResumeTimerHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'ResumeTimerIntent'),
  handle: (input) => resumeSession(turnOf(input)),
};
