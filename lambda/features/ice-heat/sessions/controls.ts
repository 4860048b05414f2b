/** Time left, pause, resume, cancel, "the ice is off", and sessions today. */
import { Response } from 'ask-sdk-model';
import {
  CareSession,
  SessionKind,
  activeSession,
  cancelledSession,
  pausedSession,
  reconcile,
  remainingMs,
  resumedSession,
  sessionsToday,
  withBreakEnded,
  withSessionChanged,
  ICE_SESSIONS_PER_DAY,
} from '../../../core/ice-plan';
import { AlertFailure } from '../../../alexa/alerts';
import { cancelTimer, pauseTimer, resumeTimer } from '../../../alexa/timers';
import { joinSpeech } from '../../../speech/ssml';
import { reply } from '../../../kernel/reply';
import { Turn } from '../../../kernel/turn';
import { capital, leftPhrase, saveLog, sessionLog, timerError, zoneOf } from './common';
import { breakOver, sessionOver } from './session-end';
import { askToResume, cancelInProgress, checkSession, controlFailed } from './timer-state';
import { deleteLeftoverTimers } from './leftover-timers';

/** "How long is left on my ice". */
export async function timeLeft(turn: Turn): Promise<Response> {
  const { speech } = turn;
  const log = sessionLog(turn);
  const active = activeSession(log);
  if (!active) {
    const iceBreak = log.iceBreak;
    if (iceBreak?.status === 'running') {
      const left = Date.parse(iceBreak.dueAt) - turn.now.getTime();
      if (left > 0) return reply(turn, { speak: speech.say('timers:timeLeft.break', { left: leftPhrase(speech, left) }) });
      return breakOver(turn);
    }
    return reply(turn, { speak: speech.say('timers:none') });
  }
  const check = await checkSession(turn, active);
  const state = check.state;
  if (state.kind === 'due') return sessionOver(turn, active, false);
  if (state.kind === 'cancelledOutside') return reply(turn, { speak: joinSpeech(speech.say(`timers:canceledOutside.${active.kind}`)) });
  if (state.kind === 'paused') return askToResume(turn, active.kind, state.remainingMs);
  const left = leftPhrase(speech, Date.parse(state.dueAt) - turn.now.getTime());
  const said =
    active.mode === 'manual'
      ? speech.say(`timers:timeLeft.manual${capital(active.kind)}`, { left })
      : speech.say(`timers:timeLeft.${active.kind}`, { left });
  // The record answered because the timer could not be read: say how to ask Alexa's own timer.
  return reply(turn, { speak: joinSpeech(said, check.failure ? speech.say('timers:manual.timeLeft') : undefined) });
}

/** "Pause my ice timer". */
export async function pauseSession(turn: Turn): Promise<Response> {
  const { speech } = turn;
  const active = activeSession(sessionLog(turn));
  if (!active) return reply(turn, { speak: speech.say('timers:none') });
  if (active.mode === 'manual' || !active.timerId) return reply(turn, { speak: speech.say('timers:manualOnly') });
  if (active.status === 'paused') return askToResume(turn, active.kind, remainingMs(active, turn.now));
  const result = await pauseTimer(turn.input, active.timerId);
  if (result.ok) {
    const remaining = remainingMs(active, turn.now);
    saveLog(turn, (log) => withSessionChanged(log, active.id, (current) => pausedSession(current, remaining, turn.now)));
    return reply(turn, {
      speak: speech.say(`timers:paused.${active.kind}`, { left: leftPhrase(speech, remaining) }),
      ask: { reprompt: speech.say('timers:paused.reprompt'), pending: { kind: 'timerPaused' } },
    });
  }
  return timerGone(turn, active, result.failure, 'pause');
}

/** "Resume my ice timer", or "resume" / "yes" right after a pause. */
export async function resumeSession(turn: Turn): Promise<Response> {
  const { speech } = turn;
  const active = activeSession(sessionLog(turn));
  if (!active) return reply(turn, { speak: speech.say('timers:none') });
  if (active.mode === 'manual' || !active.timerId) return reply(turn, { speak: speech.say('timers:manualOnly') });
  if (active.status === 'running') {
    return reply(turn, { speak: speech.say(`timers:busy.${active.kind}`, { left: leftPhrase(speech, remainingMs(active, turn.now)) }) });
  }
  const result = await resumeTimer(turn.input, active.timerId);
  if (result.ok) {
    const remaining = remainingMs(active, turn.now);
    const dueAt = new Date(turn.now.getTime() + remaining).toISOString();
    saveLog(turn, (log) => withSessionChanged(log, active.id, (current) => resumedSession(current, dueAt)));
    return reply(turn, { speak: speech.say(`timers:resumed.${active.kind}`, { left: leftPhrase(speech, remaining) }), end: true });
  }
  return timerGone(turn, active, result.failure, 'resume');
}

/** "Cancel the ice timer": the skill's own timer, by id; in the manual way, the session the user is timing. */
export async function cancelSession(turn: Turn): Promise<Response> {
  const { speech } = turn;
  const log = sessionLog(turn);
  const active = activeSession(log);
  if (!active) {
    const iceBreak = log.iceBreak;
    if (iceBreak?.status !== 'running') return reply(turn, { speak: speech.say('timers:none') });
    if (iceBreak.timerId) {
      const result = await cancelTimer(turn.input, iceBreak.timerId);
      if (!result.ok && result.failure !== 'notFound') return controlFailed(turn, result.failure, 'cancel');
    }
    saveLog(turn, (current) => withBreakEnded(current, 'cancelled'));
    return reply(turn, { speak: speech.say('timers:canceled.break') });
  }
  const failed = await cancelInProgress(turn, active);
  if (failed) return failed;
  // In the manual way the skill set no timer: it ends the session, and says how to stop the user's own.
  if (active.mode === 'manual') {
    return reply(turn, { speak: joinSpeech(speech.say(`timers:canceled.manual${capital(active.kind)}`), speech.say('timers:manual.ownTimer')) });
  }
  return reply(turn, { speak: speech.say(`timers:canceled.${active.kind}`) });
}

/** "I took the ice off early", "the ice is off": ends the session (and its timer) and goes on with the routine. */
export async function sessionOff(turn: Turn): Promise<Response> {
  const { speech } = turn;
  const active = activeSession(sessionLog(turn));
  if (!active) return reply(turn, { speak: speech.say('timers:after.nothingRunning') });
  const early = remainingMs(active, turn.now) > 60_000;
  const leads: string[] = [];
  if (active.timerId && active.mode !== 'manual') {
    const result = await cancelTimer(turn.input, active.timerId);
    // The session is over either way; if its timer could not be stopped, say how to stop it when it rings.
    if (!result.ok && result.failure !== 'notFound') leads.push(joinSpeech(timerError(speech, result.failure), speech.say('timers:manual.cancel')));
  }
  return sessionOver(turn, active, early, leads);
}

/** "How many ice sessions have I done today". */
export function countToday(turn: Turn, kind: SessionKind): Response {
  const { speech } = turn;
  const count = sessionsToday(sessionLog(turn), kind, turn.now, zoneOf(turn));
  const which = capital(kind);
  const said =
    count.done === 0
      ? speech.say(`timers:countToday.none${which}`)
      : count.done === 1
        ? speech.say(`timers:countToday.one${which}`)
        : speech.say(`timers:countToday.many${which}`, { count: count.done });
  return reply(turn, {
    speak: joinSpeech(
      said,
      count.inProgress > 0 ? speech.say('timers:countToday.running') : undefined,
      kind === 'ice' && count.done >= ICE_SESSIONS_PER_DAY ? speech.say('timers:countToday.plenty') : undefined,
    ),
  });
}

/** Pause or resume could not be done: the timer is gone (it rang, or was cancelled outside), or the API failed. */
async function timerGone(turn: Turn, session: CareSession, failure: AlertFailure, action: 'pause' | 'resume'): Promise<Response> {
  if (failure !== 'notFound') return controlFailed(turn, failure, action);
  const state = reconcile(session, { kind: 'off' }, turn.now);
  const now = turn.now;
  if (state.kind === 'due') return sessionOver(turn, session, false);
  saveLog(turn, (log) => withSessionChanged(log, session.id, (current) => cancelledSession(current, now)));
  return reply(turn, { speak: turn.speech.say(`timers:canceledOutside.${session.kind}`) });
}

/**
 * A warning sign was heard: the skill's own running timers (the session's and the break's) are cancelled by id,
 * never all of the user's timers, and the log marks them (and a session on the user's own timer) cancelled. Returns
 * the skill's timers that were stopped, to say so. The calls go out together and a failure is not retried: the
 * urgent answer must not wait for them.
 */
export async function stopOwnTimers(turn: Turn): Promise<('session' | 'break')[]> {
  const log = sessionLog(turn);
  const active = activeSession(log);
  const iceBreak = log.iceBreak?.status === 'running' ? log.iceBreak : undefined;
  const stopped: ('session' | 'break')[] = [];
  const calls: Promise<unknown>[] = [];
  // Only a timer the skill set is said to be stopped; a session the user times themselves just ends in the log.
  if (active?.timerId && active.mode !== 'manual') {
    calls.push(cancelTimer(turn.input, active.timerId));
    stopped.push('session');
  }
  if (iceBreak) {
    if (iceBreak.timerId) calls.push(cancelTimer(turn.input, iceBreak.timerId));
    stopped.push('break');
  }
  await Promise.all([...calls, deleteLeftoverTimers(turn)]);
  if (!active && !iceBreak) return stopped;
  const now = turn.now;
  saveLog(turn, (current) => {
    let next = current;
    if (active) next = withSessionChanged(next, active.id, (session) => cancelledSession(session, now));
    if (iceBreak) next = withBreakEnded(next, 'cancelled');
    return next;
  });
  return stopped;
}
