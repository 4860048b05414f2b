/** The Alexa timer's own state, read and trusted over the stored record (the user may have cancelled it). */
import { Response } from 'ask-sdk-model';
import {
  CareSession,
  Reconciled,
  SessionKind,
  TimerReading,
  findSession,
  reconcile,
  withReconciled,
} from '../../../core/ice-plan';
import { AlertFailure } from '../../../alexa/alerts';
import { readTimer } from '../../../alexa/timers';
import { joinSpeech } from '../../../speech/ssml';
import { reply } from '../../../kernel/reply';
import { Turn } from '../../../kernel/turn';
import { capital, leftPhrase, saveLog } from './common';

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
