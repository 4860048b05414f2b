/**
 * Ice and heat sessions as the care protocol times them: how long a session may be, the break before the next
 * round of ice, the skin check, how many sessions were done today (by the user's calendar), and the reminder plan
 * over the rest of the 72 h ice window. Pure: no ASK types, "now" is always passed in.
 *
 * The record of sessions is a feature record kept in UserState under SESSION_LOG_KEY, in its own shape, and read
 * defensively: anything malformed is dropped, never thrown.
 */
import type { DateTime } from 'luxon';
import { luxon } from './luxon';
import { HOUR_MS, DAY_MS } from './clock';

export const SESSION_LOG_KEY = 'careSessions';

export type SessionKind = 'ice' | 'heat';
export type SessionStatus = 'running' | 'paused' | 'ended' | 'cancelled';
/** How the end of a session reaches the user: a timer that opens the skill, one that speaks, or their own timer. */
export type TimerMode = 'launchTask' | 'announce' | 'manual';

/** Ice: 15-20 minutes, never more than 20 (Mayo); the user's own choice from 10 is accepted. Heat: about 20. */
export const SESSION_LIMITS: Record<SessionKind, { min: number; max: number; standard: number }> = {
  ice: { min: 10, max: 20, standard: 20 },
  heat: { min: 10, max: 20, standard: 20 },
};
/** Ice off for at least as long as it was on, and never less than this (care protocol: 15-20 min off). */
export const MIN_BREAK_MINUTES = 20;
/** A round of ice within this time of the last one starts with the skin check. */
export const SKIN_CHECK_WITHIN_MS = 4 * HOUR_MS;
/** A session or break that ended longer ago than this is not picked up when the user opens the skill. */
export const PICK_UP_WITHIN_MS = 3 * HOUR_MS;
/** A pause left this long is over: the ice or heat has long come off, and a new session starts from the beginning. */
export const PAUSE_KEPT_MS = PICK_UP_WITHIN_MS;
/** "About 4 times a day" (Mayo): a count at or over this gets a note. */
export const ICE_SESSIONS_PER_DAY = 4;
/** Sessions kept in the record: plenty for today's count and the last round, bounded for storage. */
export const MAX_SESSIONS = 30;
/** After a "no" to reminders, they are not offered again for this long. */
export const REMINDER_DECLINE_QUIET_MS = 7 * DAY_MS;
/** Reminders cover the ice window: up to 72 h from onset (care protocol, phase 1). */
export const ICE_WINDOW_HOURS = 72;
/** Local hours of the reminders: about four rounds a day, in waking hours. */
export const REMINDER_HOURS = [9, 13, 17, 21] as const;
/** The first reminder is at least a break away, so it never lands on a round in progress. */
export const REMINDER_LEAD_MS = MIN_BREAK_MINUTES * 60_000;

export interface CareSession {
  /** "ice-3": unique per user, also the task input's sessionId. */
  id: string;
  kind: SessionKind;
  startedAt: string;
  plannedMinutes: number;
  status: SessionStatus;
  mode: TimerMode;
  /** The Alexa timer's id, kept here because the timer's end arrives in a new session. */
  timerId?: string;
  /** When the session is due to end (running sessions). */
  dueAt?: string;
  /** Time left when paused. */
  remainingMs?: number;
  /** When it was paused (paused sessions): a pause left longer than PAUSE_KEPT_MS is over. */
  pausedAt?: string;
  endedAt?: string;
  /** Ended before its planned length ("I took the ice off early"). */
  early?: boolean;
  /** A pause ended by its age (withStalePausesEnded): its Alexa timer still sits paused on the device until deleted. */
  timerLeftPaused?: boolean;
}

/** The off-period after a round of ice, timed so the user hears when they may ice again. */
export interface IceBreak {
  /** "<session id>-break" */
  id: string;
  sessionId: string;
  startedAt: string;
  minutes: number;
  dueAt: string;
  mode: TimerMode;
  timerId?: string;
  status: 'running' | 'ended' | 'cancelled';
}

export interface ReminderRecord {
  declinedAt?: string;
  alertToken?: string;
  createdAt?: string;
  /** The last reminder of the plan. */
  until?: string;
}

/** A timer the user agreed to, waiting for the permission answer (which may arrive in a new session). */
export interface AwaitingPermission {
  what: SessionKind | 'break';
  minutes: number;
  at: string;
}

export interface SessionLog {
  seq: number;
  sessions: CareSession[];
  iceBreak?: IceBreak;
  reminders: ReminderRecord;
  awaitingPermission?: AwaitingPermission;
}

export function emptySessionLog(): SessionLog {
  return { seq: 0, sessions: [], reminders: {} };
}

// ------------------------------------------------------------------------------------------------
// Reading the stored record

/** Reads the stored record; anything that does not fit is dropped, so a bad entry never blocks the user. */
export function readSessionLog(raw: unknown): SessionLog {
  if (!isRecord(raw)) return emptySessionLog();
  const sessions = Array.isArray(raw.sessions) ? raw.sessions.map(readSession).filter((s): s is CareSession => s !== undefined) : [];
  const seqs = sessions.map((session) => Number(/-(\d+)$/.exec(session.id)?.[1] ?? 0));
  const seq = Math.max(isNonNegative(raw.seq) ? raw.seq : 0, ...seqs, 0);
  const log: SessionLog = { seq, sessions: sessions.slice(-MAX_SESSIONS), reminders: readReminders(raw.reminders) };
  const iceBreak = readBreak(raw.iceBreak);
  if (iceBreak) log.iceBreak = iceBreak;
  const awaiting = readAwaiting(raw.awaitingPermission);
  if (awaiting) log.awaitingPermission = awaiting;
  return log;
}

function readSession(raw: unknown): CareSession | undefined {
  if (!isRecord(raw)) return undefined;
  const { id, kind, startedAt, plannedMinutes, status, mode } = raw;
  if (typeof id !== 'string' || id.length === 0 || id.length > 100) return undefined;
  if (kind !== 'ice' && kind !== 'heat') return undefined;
  if (!isInstant(startedAt) || !isNonNegative(plannedMinutes) || plannedMinutes === 0) return undefined;
  if (status !== 'running' && status !== 'paused' && status !== 'ended' && status !== 'cancelled') return undefined;
  const session: CareSession = { id, kind, startedAt, plannedMinutes, status, mode: isMode(mode) ? mode : 'manual' };
  if (typeof raw.timerId === 'string' && raw.timerId) session.timerId = raw.timerId;
  if (isInstant(raw.dueAt)) session.dueAt = raw.dueAt;
  if (isNonNegative(raw.remainingMs)) session.remainingMs = raw.remainingMs;
  if (session.status === 'paused' && isInstant(raw.pausedAt)) session.pausedAt = raw.pausedAt;
  if (isInstant(raw.endedAt)) session.endedAt = raw.endedAt;
  if (raw.early === true) session.early = true;
  if (raw.timerLeftPaused === true && session.status === 'cancelled' && session.timerId) session.timerLeftPaused = true;
  if (session.status === 'running' && !session.dueAt) session.dueAt = addMinutes(startedAt, plannedMinutes);
  if (session.status === 'paused' && session.remainingMs === undefined) session.remainingMs = plannedMinutes * 60_000;
  return session;
}

function readBreak(raw: unknown): IceBreak | undefined {
  if (!isRecord(raw)) return undefined;
  const { id, sessionId, startedAt, minutes, dueAt, mode, status } = raw;
  if (typeof id !== 'string' || typeof sessionId !== 'string' || !isInstant(startedAt) || !isInstant(dueAt)) return undefined;
  if (!isNonNegative(minutes) || (status !== 'running' && status !== 'ended' && status !== 'cancelled')) return undefined;
  const result: IceBreak = { id, sessionId, startedAt, minutes, dueAt, mode: isMode(mode) ? mode : 'manual', status };
  if (typeof raw.timerId === 'string' && raw.timerId) result.timerId = raw.timerId;
  return result;
}

function readReminders(raw: unknown): ReminderRecord {
  if (!isRecord(raw)) return {};
  const record: ReminderRecord = {};
  if (isInstant(raw.declinedAt)) record.declinedAt = raw.declinedAt;
  if (typeof raw.alertToken === 'string' && raw.alertToken) record.alertToken = raw.alertToken;
  if (isInstant(raw.createdAt)) record.createdAt = raw.createdAt;
  if (isInstant(raw.until)) record.until = raw.until;
  return record;
}

function readAwaiting(raw: unknown): AwaitingPermission | undefined {
  if (!isRecord(raw)) return undefined;
  const { what, minutes, at } = raw;
  if (what !== 'ice' && what !== 'heat' && what !== 'break') return undefined;
  if (!isNonNegative(minutes) || minutes === 0 || !isInstant(at)) return undefined;
  return { what, minutes, at };
}

// ------------------------------------------------------------------------------------------------
// Lengths

export type LengthChoice =
  | { kind: 'ok'; minutes: number; asked: boolean }
  | { kind: 'tooLong'; minutes: number; max: number }
  | { kind: 'tooShort'; minutes: number; min: number };

/** The length to propose: the standard one, or the user's own within the limits; outside them, the nearest limit. */
export function chooseLength(kind: SessionKind, requestedMinutes?: number): LengthChoice {
  const limits = SESSION_LIMITS[kind];
  if (requestedMinutes === undefined || !Number.isFinite(requestedMinutes)) return { kind: 'ok', minutes: limits.standard, asked: false };
  if (requestedMinutes > limits.max) return { kind: 'tooLong', minutes: limits.max, max: limits.max };
  if (requestedMinutes < limits.min) return { kind: 'tooShort', minutes: limits.min, min: limits.min };
  return { kind: 'ok', minutes: Math.round(requestedMinutes), asked: true };
}

/** Minutes in an AMAZON.DURATION value ("PT15M", "PT1H"); undefined for anything else. */
export function minutesInDuration(isoDuration: string | undefined): number | undefined {
  if (!isoDuration) return undefined;
  const duration = luxon().Duration.fromISO(isoDuration.trim());
  if (!duration.isValid) return undefined;
  const minutes = duration.as('minutes');
  return Number.isFinite(minutes) && minutes > 0 ? minutes : undefined;
}

export function isoMinutes(minutes: number): string {
  return `PT${Math.round(minutes)}M`;
}

/** Off for at least as long as it was on, and at least MIN_BREAK_MINUTES. */
export function breakMinutesAfter(session: CareSession): number {
  const end = session.endedAt ? Date.parse(session.endedAt) : Date.parse(session.startedAt) + session.plannedMinutes * 60_000;
  const minutesOn = Math.max(0, Math.round((end - Date.parse(session.startedAt)) / 60_000));
  return Math.max(minutesOn, MIN_BREAK_MINUTES);
}

// ------------------------------------------------------------------------------------------------
// Where the routine stands

/** The session in progress (running or paused), the latest first. */
export function activeSession(log: SessionLog): CareSession | undefined {
  return [...log.sessions].reverse().find((session) => session.status === 'running' || session.status === 'paused');
}

export function findSession(log: SessionLog, id: string): CareSession | undefined {
  return log.sessions.find((session) => session.id === id);
}

/** The last round of ice that actually happened (ended, early or not). */
export function lastIceRound(log: SessionLog): CareSession | undefined {
  return [...log.sessions].reverse().find((session) => session.kind === 'ice' && session.status === 'ended');
}

export type IceReadiness =
  | { kind: 'ready'; skinCheck: boolean }
  /** The break after the last round is not over: wait this many minutes more. */
  | { kind: 'tooSoon'; waitMinutes: number; breakMinutes: number; sinceMinutes: number };

/** Whether a new round of ice may start now, and whether the skin check comes first. */
export function iceReadiness(log: SessionLog, now: Date): IceReadiness {
  const last = lastIceRound(log);
  if (!last?.endedAt) return { kind: 'ready', skinCheck: false };
  const sinceMs = now.getTime() - Date.parse(last.endedAt);
  const breakMinutes = breakMinutesAfter(last);
  // A break timer that ran to its end is a finished break, whatever the clocks say.
  const breakDone = log.iceBreak?.sessionId === last.id && log.iceBreak.status === 'ended';
  if (!breakDone && sinceMs < breakMinutes * 60_000) {
    const waitMinutes = Math.max(1, Math.ceil(breakMinutes - sinceMs / 60_000));
    return { kind: 'tooSoon', waitMinutes, breakMinutes, sinceMinutes: Math.max(0, Math.floor(sinceMs / 60_000)) };
  }
  return { kind: 'ready', skinCheck: sinceMs < SKIN_CHECK_WITHIN_MS };
}

/** What the Alexa timer said about a session's timer. */
export type TimerReading =
  | { kind: 'on'; triggerTime?: string }
  | { kind: 'paused'; remainingMs?: number }
  /** OFF, or gone (404): it rang, or the user cancelled it outside the skill. */
  | { kind: 'off' }
  /** The API could not be asked (an error, a timeout, no permission). */
  | { kind: 'unknown' };

export type Reconciled =
  | { kind: 'running'; dueAt: string }
  | { kind: 'paused'; remainingMs: number }
  /** Its time is up. */
  | { kind: 'due' }
  /** The timer is gone before its time: the user cancelled it outside the skill. */
  | { kind: 'cancelledOutside' };

/** Slack for a timer that rang a moment before our clock says it was due. */
const DUE_SLACK_MS = 30_000;

/** The session's state, trusting the Alexa timer over our own record, and our record when the timer can't be read. */
export function reconcile(session: CareSession, reading: TimerReading, now: Date): Reconciled {
  const dueAt = session.dueAt ?? addMinutes(session.startedAt, session.plannedMinutes);
  const isDue = session.status === 'running' && now.getTime() >= Date.parse(dueAt) - DUE_SLACK_MS;
  switch (reading.kind) {
    case 'on': {
      const trigger = isInstant(reading.triggerTime) ? reading.triggerTime : dueAt;
      return now.getTime() >= Date.parse(trigger) ? { kind: 'due' } : { kind: 'running', dueAt: new Date(Date.parse(trigger)).toISOString() };
    }
    case 'paused':
      return { kind: 'paused', remainingMs: reading.remainingMs ?? session.remainingMs ?? remainingMs(session, now) };
    case 'off':
      return isDue ? { kind: 'due' } : { kind: 'cancelledOutside' };
    default:
      if (session.status === 'paused') return { kind: 'paused', remainingMs: session.remainingMs ?? session.plannedMinutes * 60_000 };
      return isDue ? { kind: 'due' } : { kind: 'running', dueAt };
  }
}

/** Time left in a session as our record sees it. */
export function remainingMs(session: CareSession, now: Date): number {
  if (session.status === 'paused') return session.remainingMs ?? session.plannedMinutes * 60_000;
  const dueAt = session.dueAt ?? addMinutes(session.startedAt, session.plannedMinutes);
  return Math.max(0, Date.parse(dueAt) - now.getTime());
}

/** Whole minutes to speak for a time left: rounded up, so "about 1 minute" is never said of 50 seconds left wrongly. */
export function minutesLeft(ms: number): number {
  return Math.max(0, Math.ceil(ms / 60_000 - 0.05));
}

export type PickUp = { kind: 'session'; session: CareSession } | { kind: 'break'; iceBreak: IceBreak };

/** What a plain launch should pick up: a session in progress or just over, or a break in progress or just over. */
export function routineToPickUp(log: SessionLog, now: Date): PickUp | undefined {
  const session = activeSession(log);
  if (session) {
    const due = Date.parse(session.dueAt ?? addMinutes(session.startedAt, session.plannedMinutes));
    if (session.status === 'paused' || now.getTime() - due < PICK_UP_WITHIN_MS) return { kind: 'session', session };
  }
  const iceBreak = log.iceBreak;
  if (iceBreak?.status === 'running' && now.getTime() - Date.parse(iceBreak.dueAt) < PICK_UP_WITHIN_MS) {
    return { kind: 'break', iceBreak };
  }
  return undefined;
}

// ------------------------------------------------------------------------------------------------
// Changing the record (each returns a new log; callers store it through turn.update)

/**
 * The next session's id (unique for the user: one sequence for both kinds) and its number among sessions of its own
 * kind, for the timer's label ("Heat session 1" after two of ice; the sessions kept, MAX_SESSIONS at most).
 */
export function nextSessionId(log: SessionLog, kind: SessionKind): { id: string; number: number } {
  return { id: `${kind}-${log.seq + 1}`, number: log.sessions.filter((session) => session.kind === kind).length + 1 };
}

/** A stored session's number among the sessions of its kind (1 for the first kept), as its timer's label said. */
export function sessionNumberOf(log: SessionLog, session: CareSession): number {
  const sameKind = log.sessions.filter((candidate) => candidate.kind === session.kind);
  const index = sameKind.findIndex((candidate) => candidate.id === session.id);
  return index >= 0 ? index + 1 : sameKind.length + 1;
}

export interface NewSession {
  id: string;
  kind: SessionKind;
  minutes: number;
  now: Date;
  mode: TimerMode;
  timerId?: string;
  /** The timer's trigger time, when the API gave one. */
  dueAt?: string;
}

export function withSessionStarted(log: SessionLog, start: NewSession): SessionLog {
  const startedAt = start.now.toISOString();
  const session: CareSession = {
    id: start.id,
    kind: start.kind,
    startedAt,
    plannedMinutes: start.minutes,
    status: 'running',
    mode: start.mode,
    dueAt: start.dueAt && isInstant(start.dueAt) ? new Date(Date.parse(start.dueAt)).toISOString() : addMinutes(startedAt, start.minutes),
  };
  if (start.timerId) session.timerId = start.timerId;
  const number = Number(/-(\d+)$/.exec(start.id)?.[1] ?? 0);
  const sessions = [...log.sessions.filter((existing) => existing.id !== start.id), session].slice(-MAX_SESSIONS);
  const next: SessionLog = { ...log, seq: Math.max(log.seq, number), sessions };
  delete next.awaitingPermission;
  return next;
}

export function withSessionChanged(log: SessionLog, id: string, change: (session: CareSession) => CareSession): SessionLog {
  return { ...log, sessions: log.sessions.map((session) => (session.id === id ? change({ ...session }) : session)) };
}

export function endedSession(session: CareSession, now: Date, early = false): CareSession {
  const ended: CareSession = { ...session, status: 'ended', endedAt: now.toISOString() };
  if (early) ended.early = true;
  delete ended.remainingMs;
  return ended;
}

export function cancelledSession(session: CareSession, now: Date): CareSession {
  const cancelled: CareSession = { ...session, status: 'cancelled', endedAt: now.toISOString() };
  delete cancelled.remainingMs;
  delete cancelled.pausedAt;
  return cancelled;
}

/** Paused now, or still paused since it was first paused (a later reading of the timer keeps that time). */
export function pausedSession(session: CareSession, remaining: number, now: Date): CareSession {
  const pausedAt = session.status === 'paused' && session.pausedAt ? session.pausedAt : now.toISOString();
  const paused: CareSession = { ...session, status: 'paused', remainingMs: Math.max(0, Math.round(remaining)), pausedAt };
  delete paused.dueAt;
  return paused;
}

export function resumedSession(session: CareSession, dueAt: string): CareSession {
  const resumed: CareSession = { ...session, status: 'running', dueAt };
  delete resumed.remainingMs;
  delete resumed.pausedAt;
  return resumed;
}

/**
 * The log as it stands now: a session paused longer than PAUSE_KEPT_MS ago (a record without its pause time counts
 * from the start) is cancelled as of the end of that allowance. The same log when nothing is stale, so a turn that
 * only reads it writes nothing.
 */
export function withStalePausesEnded(log: SessionLog, now: Date): SessionLog {
  const stale = (session: CareSession) =>
    session.status === 'paused' && now.getTime() - Date.parse(session.pausedAt ?? session.startedAt) >= PAUSE_KEPT_MS;
  if (!log.sessions.some(stale)) return log;
  return {
    ...log,
    sessions: log.sessions.map((session) =>
      stale(session) ? staleCancelled(session) : session,
    ),
  };
}

function staleCancelled(session: CareSession): CareSession {
  const cancelled = cancelledSession(session, new Date(Date.parse(session.pausedAt ?? session.startedAt) + PAUSE_KEPT_MS));
  return session.timerId && session.mode !== 'manual' ? { ...cancelled, timerLeftPaused: true } : cancelled;
}

/** Alexa timers of pauses ended by age, still paused on the device: the skill deletes them by id. */
export function leftoverTimers(log: SessionLog): { sessionId: string; timerId: string }[] {
  return log.sessions.flatMap((session) => (session.timerLeftPaused && session.timerId ? [{ sessionId: session.id, timerId: session.timerId }] : []));
}

/** The leftover timers of these sessions are gone from the device. */
export function withLeftoverTimersDeleted(log: SessionLog, sessionIds: readonly string[]): SessionLog {
  return {
    ...log,
    sessions: log.sessions.map((session) => {
      if (!sessionIds.includes(session.id) || !session.timerLeftPaused) return session;
      const { timerLeftPaused: _deleted, ...rest } = session;
      return rest;
    }),
  };
}

/** Applies what the timer said to the record; `due` ends the session at its planned time. */
export function withReconciled(log: SessionLog, session: CareSession, state: Reconciled, now: Date): SessionLog {
  return withSessionChanged(log, session.id, (current) => {
    switch (state.kind) {
      case 'running':
        return resumedSession(current, state.dueAt);
      case 'paused':
        return pausedSession(current, state.remainingMs, now);
      case 'due': {
        const plannedEnd = current.dueAt ? new Date(Math.min(Date.parse(current.dueAt), now.getTime())) : now;
        return endedSession(current, plannedEnd);
      }
      default:
        return cancelledSession(current, now);
    }
  });
}

export function withBreakStarted(log: SessionLog, session: CareSession, minutes: number, now: Date, mode: TimerMode, timerId?: string, dueAt?: string): SessionLog {
  const iceBreak: IceBreak = {
    id: breakIdFor(session.id),
    sessionId: session.id,
    startedAt: now.toISOString(),
    minutes,
    dueAt: dueAt && isInstant(dueAt) ? new Date(Date.parse(dueAt)).toISOString() : addMinutes(now.toISOString(), minutes),
    mode,
    status: 'running',
  };
  if (timerId) iceBreak.timerId = timerId;
  const next: SessionLog = { ...log, iceBreak };
  delete next.awaitingPermission;
  return next;
}

export function withBreakEnded(log: SessionLog, status: 'ended' | 'cancelled' = 'ended'): SessionLog {
  return log.iceBreak ? { ...log, iceBreak: { ...log.iceBreak, status } } : log;
}

export function breakIdFor(sessionId: string): string {
  return `${sessionId}-break`;
}

export function withAwaitingPermission(log: SessionLog, awaiting: AwaitingPermission | undefined): SessionLog {
  const next: SessionLog = { ...log };
  if (awaiting) next.awaitingPermission = awaiting;
  else delete next.awaitingPermission;
  return next;
}

// ------------------------------------------------------------------------------------------------
// Counting

export interface DayCount {
  /** Sessions that ran (to the end or ended early) and started today, the running ones past their time included. */
  done: number;
  /** Running or paused now. */
  inProgress: number;
}

/** Sessions of a kind started today by the user's calendar. Cancelled ones don't count. */
export function sessionsToday(log: SessionLog, kind: SessionKind, now: Date, timeZone: string): DayCount {
  const zone = validZone(timeZone);
  const today = luxon().DateTime.fromJSDate(now, { zone }).startOf('day');
  const tomorrow = today.plus({ days: 1 });
  let done = 0;
  let inProgress = 0;
  for (const session of log.sessions) {
    if (session.kind !== kind || session.status === 'cancelled') continue;
    const started = luxon().DateTime.fromISO(session.startedAt, { zone });
    if (started < today || started >= tomorrow) continue;
    const overdue = session.status === 'running' && remainingMs(session, now) === 0;
    if (session.status === 'ended' || overdue) done += 1;
    else inProgress += 1;
  }
  return { done, inProgress };
}

// ------------------------------------------------------------------------------------------------
// Reminders

export interface ReminderPlan {
  timeZone: string;
  /** Local wall times without an offset, as the Reminders API wants them ("2026-11-21T13:00:00.000"). */
  startLocal: string;
  endLocal: string;
  /** RRULEs, one per hour of the day. */
  rules: string[];
  hours: number[];
  first: Date;
  last: Date;
  count: number;
}

/**
 * Reminders for the next rounds of ice over the rest of the window: at REMINDER_HOURS each day, from a break
 * from now, until 72 h after onset. Undefined when no reminder would fall inside the window.
 */
export function reminderPlan(onsetAt: Date | undefined, now: Date, timeZone: string): ReminderPlan | undefined {
  if (!onsetAt) return undefined;
  const zone = validZone(timeZone);
  const windowEnd = onsetAt.getTime() + ICE_WINDOW_HOURS * HOUR_MS;
  const earliest = now.getTime() + REMINDER_LEAD_MS;
  const times: DateTime[] = [];
  let day = luxon().DateTime.fromJSDate(now, { zone }).startOf('day');
  while (day.toMillis() <= windowEnd) {
    for (const hour of REMINDER_HOURS) {
      const at = day.set({ hour });
      if (at.toMillis() >= earliest && at.toMillis() <= windowEnd) times.push(at);
    }
    day = day.plus({ days: 1 });
  }
  if (times.length === 0) return undefined;
  const first = times[0];
  const last = times[times.length - 1];
  const hours = [...new Set(times.map((time) => time.hour))].sort((a, b) => a - b);
  return {
    timeZone: zone,
    startLocal: localIso(first),
    endLocal: localIso(last.plus({ minutes: 1 })),
    rules: hours.map((hour) => `FREQ=DAILY;BYHOUR=${hour};BYMINUTE=0;BYSECOND=0;INTERVAL=1`),
    hours,
    first: first.toJSDate(),
    last: last.toJSDate(),
    count: times.length,
  };
}

/** Offer reminders once: not while some are set, and not for 7 days after a "no". */
export function mayOfferReminders(log: SessionLog, now: Date): boolean {
  const { declinedAt, until } = log.reminders;
  if (declinedAt && now.getTime() - Date.parse(declinedAt) < REMINDER_DECLINE_QUIET_MS) return false;
  if (until && Date.parse(until) > now.getTime()) return false;
  return true;
}

export function withRemindersDeclined(log: SessionLog, now: Date): SessionLog {
  return { ...log, reminders: { ...log.reminders, declinedAt: now.toISOString() } };
}

export function withRemindersSet(log: SessionLog, alertToken: string | undefined, plan: ReminderPlan, now: Date): SessionLog {
  const reminders: ReminderRecord = { createdAt: now.toISOString(), until: plan.last.toISOString() };
  if (alertToken) reminders.alertToken = alertToken;
  return { ...log, reminders };
}

/** Local wall time without an offset, milliseconds included. */
export function localIso(time: DateTime): string {
  return time.toFormat("yyyy-LL-dd'T'HH:mm:ss.SSS");
}

// ------------------------------------------------------------------------------------------------

function addMinutes(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString();
}

function validZone(zone: string): string {
  return luxon().DateTime.now().setZone(zone).isValid ? zone : 'UTC';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isInstant(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

function isNonNegative(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function isMode(value: unknown): value is TimerMode {
  return value === 'launchTask' || value === 'announce' || value === 'manual';
}
