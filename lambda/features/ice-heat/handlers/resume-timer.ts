/**
 * "resume my ice timer"; and a bare "resume" (AMAZON.ResumeIntent) only right after this skill paused a timer
 * (or found it paused) and said "say resume when you're ready". Otherwise AMAZON.ResumeIntent is left to the
 * stretching routine.
 */
import { RequestHandler } from 'ask-sdk-core';
import { resumeSession } from '../sessions';
import { isIntent } from '../../../kernel/request';
import { turnOf } from '../../../kernel/turn';

export const ResumeTimerHandler: RequestHandler = {
  canHandle: (input) =>
    isIntent(input, 'ResumeTimerIntent') ||
    (isIntent(input, 'AMAZON.ResumeIntent') && turnOf(input).session.pending?.kind === 'timerPaused'),
  handle: (input) => resumeSession(turnOf(input)),
};
