/**
 * The Alexa timer's own state, read and trusted over the stored record (the user may have cancelled it); a session
 * ended before its time, and what is said when a timer control fails.
 */
import { Response } from 'ask-sdk-model';
import {
  CareSession,
  Reconciled,
  SessionKind,
  TimerReading,
  cancelledSession,
  findSession,
  reconcile,
  withReconciled,
  withSessionChanged,
} from '../../../core/ice-plan';
import { AlertFailure } from '../../../alexa/alerts';
import { TIMERS_SCOPE, cancelTimer, readTimer } from '../../../alexa/timers';
import { joinSpeech } from '../../../speech/ssml';
import { reply } from '../../../kernel/reply';
import { Turn } from '../../../kernel/turn';
import { capital, leftPhrase, saveLog, timerError } from './common';

export interface SessionCheck {
  state: Reconciled;
  /** The timer could not be read (other than "not found"): the answer comes from the record. */
  failure?: AlertFailure;
}

/** Reads the session's Alexa timer and brings the record in line with it. */
export async function checkSession(turn: Turn, session: CareSession): Promise<SessionCheck> {
  let reading: TimerReading = { kind: 'unknown' };
  let failure: AlertFailure | undefined;
  if (session.timerId && session.mode !== 'manual') {
    const result = await readTimer(turn.input, session.timerId);
    if (result.ok) {
      const timer = result.value;
      if (timer.status === 'ON') reading = { kind: 'on', triggerTime: timer.triggerTime };
      else if (timer.status === 'PAUSED') reading = { kind: 'paused', remainingMs: timer.remainingMs };
      else reading = { kind: 'off' };
    } else if (result.failure === 'notFound') {
      reading = { kind: 'off' };
    } else {
      failure = result.failure;
    }
  }
  const state = reconcile(session, reading, turn.now);
  if (changes(session, state)) {
    const now = turn.now;
    saveLog(turn, (log) => {
      const current = findSession(log, session.id);
      return current ? withReconciled(log, current, state, now) : log;
    });
  }
  return failure ? { state, failure } : { state };
}

function changes(session: CareSession, state: Reconciled): boolean {
  switch (state.kind) {
    case 'running':
      return session.status !== 'running' || session.dueAt !== state.dueAt;
    case 'paused':
      return session.status !== 'paused' || session.remainingMs !== state.remainingMs;
    default:
      return true;
  }
}

export function askToResume(turn: Turn, kind: SessionKind, remaining: number, leads: string[] = []): Response {
  const { speech } = turn;
  return reply(turn, {
    speak: joinSpeech(...leads, speech.say(`timers:busy.paused${capital(kind)}`, { left: leftPhrase(speech, remaining) })),
    ask: { reprompt: speech.say('timers:busy.pausedReprompt'), pending: { kind: 'timerPaused' } },
  });
}

/**
 * Ends the session in progress before its time ("cancel the ice timer", or to start one of the other kind): its Alexa
 * timer is deleted by id if the skill set one, and the record marks it cancelled. Undefined when done; otherwise the
 * answer to give, the timer could not be deleted and the session goes on.
 */
export async function cancelInProgress(turn: Turn, session: CareSession): Promise<Response | undefined> {
  if (session.timerId && session.mode !== 'manual') {
    const result = await cancelTimer(turn.input, session.timerId);
    if (!result.ok && result.failure !== 'notFound') return controlFailed(turn, result.failure, 'cancel');
  }
  const now = turn.now;
  saveLog(turn, (log) => withSessionChanged(log, session.id, (current) => cancelledSession(current, now)));
  return undefined;
}

/** A timer control could not be done: the permission was taken back, or the service failed. How to do it by hand. */
export function controlFailed(turn: Turn, failure: AlertFailure, action: 'pause' | 'resume' | 'cancel'): Response {
  const { speech } = turn;
  if (failure === 'noPermission') {
    return reply(turn, {
      speak: joinSpeech(speech.say('timers:permission.revoked'), speech.say(`timers:manual.${action}`)),
      permissionCard: [TIMERS_SCOPE],
    });
  }
  return reply(turn, { speak: joinSpeech(timerError(speech, failure), speech.say(`timers:manual.${action}`)) });
}
