/**
 * The ice and heat routine on Alexa timers: the steps the handlers share. A session runs on an Alexa timer while
 * the skill's session is closed (a response holds at most 240 s of audio); its end comes back as a task launch
 * (LAUNCH_TASK) or, where that is not possible, as an announcement, and the next launch picks the routine up.
 *
 * The record (core/ice-plan) keeps the timer ids, because the end of a timer arrives in a new session; the
 * timer's own state is read before the record is trusted, since the user can cancel it outside the skill.
 */
import { Directive, Response } from 'ask-sdk-model';
import { DateTime } from 'luxon';
import {
  AwaitingPermission,
  CareSession,
  PickUp,
  Reconciled,
  SESSION_LIMITS,
  SESSION_LOG_KEY,
  SessionKind,
  SessionLog,
  TimerReading,
  activeSession,
  breakIdFor,
  breakMinutesAfter,
  cancelledSession,
  chooseLength,
  endedSession,
  findSession,
  iceReadiness,
  lastIceRound,
  localIso,
  mayOfferReminders,
  minutesLeft,
  nextSessionId,
  pausedSession,
  readSessionLog,
  reconcile,
  reminderPlan,
  remainingMs,
  resumedSession,
  sessionsToday,
  withAwaitingPermission,
  withBreakEnded,
  withBreakStarted,
  withReconciled,
  withRemindersDeclined,
  withRemindersSet,
  withSessionChanged,
  withSessionStarted,
  ICE_SESSIONS_PER_DAY,
  ReminderPlan,
} from '../core/ice-plan';
import { AlertFailure } from '../alexa/alerts';
import { REMINDERS_SCOPE, createReminder, reminderRequest } from '../alexa/reminders';
import { defaultTimeZone } from '../alexa/time-zone';
import {
  RoutineTimerSpec,
  SKILL_NAME_PLACEHOLDER,
  SessionTaskInput,
  TIMERS_SCOPE,
  cancelTimer,
  createRoutineTimer,
  pauseTimer,
  readTimer,
  resumeTimer,
} from '../alexa/timers';
import { Speech } from '../speech/i18n';
import { joinSpeech } from '../speech/ssml';
import { reply } from './reply';
import { TimerSessionNotes } from './timer-questions';
import { Turn } from './turn';

type Alarm = SessionKind | 'break';

/** A timer the routine asked permission for, carried in the AskFor token (and the record, for a new session). */
export type PermissionTarget = { scope: 'timers'; what: Alarm; minutes: number } | { scope: 'reminders' };

const TOKEN_PREFIX = 'brc';

// ------------------------------------------------------------------------------------------------
// Small helpers

export function sessionLog(turn: Turn): SessionLog {
  return readSessionLog(turn.user[SESSION_LOG_KEY]);
}

/** Changes the record through turn.update, so the change is replayed on a fresher copy after a conflict. */
function saveLog(turn: Turn, change: (log: SessionLog) => SessionLog): void {
  turn.update((user) => {
    user[SESSION_LOG_KEY] = change(readSessionLog(user[SESSION_LOG_KEY]));
  });
}

function notes(turn: Turn): TimerSessionNotes {
  turn.session.timers ??= {};
  return turn.session.timers;
}

function zoneOf(turn: Turn): string {
  return turn.user.timeZone ?? defaultTimeZone(turn.speech.locale);
}

/** "about 12 minutes", "about a minute", "less than a minute". */
export function leftPhrase(speech: Speech, ms: number): string {
  const minutes = minutesLeft(ms);
  if (ms < 60_000) return speech.say('timers:left.underOne');
  if (minutes <= 1) return speech.say('timers:left.oneMinute');
  return speech.say('timers:left.minutes', { count: minutes });
}

function capital(kind: SessionKind): 'Ice' | 'Heat' {
  return kind === 'ice' ? 'Ice' : 'Heat';
}

function timerError(speech: Speech, failure: AlertFailure): string {
  return speech.say(`timers:error.timer.${failure}`);
}

/** The AskFor directive: version 1 of the request, the shape Amazon's own timer and reminder samples send. */
function askFor(scope: string, token: string): Directive {
  return {
    type: 'Connections.SendRequest',
    name: 'AskFor',
    payload: { '@type': 'AskForPermissionsConsentRequest', '@version': '1', permissionScope: scope },
    token,
  };
}

export function permissionToken(target: PermissionTarget): string {
  return target.scope === 'reminders' ? `${TOKEN_PREFIX}:reminders` : `${TOKEN_PREFIX}:timers:${target.what}:${target.minutes}`;
}

export function readPermissionToken(token: string | undefined): PermissionTarget | undefined {
  const parts = (token ?? '').split(':');
  if (parts[0] !== TOKEN_PREFIX) return undefined;
  if (parts[1] === 'reminders' && parts.length === 2) return { scope: 'reminders' };
  if (parts[1] !== 'timers' || parts.length !== 4) return undefined;
  const what = parts[2];
  const minutes = Number(parts[3]);
  if (what !== 'ice' && what !== 'heat' && what !== 'break') return undefined;
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 120) return undefined;
  // A token is data from outside: lengths are checked again, as if the user had said them.
  if (what !== 'break' && chooseLength(what, minutes).kind !== 'ok') return undefined;
  return { scope: 'timers', what, minutes };
}

function timerSpec(turn: Turn, what: Alarm, number: number, minutes: number, task: SessionTaskInput): RoutineTimerSpec {
  const { speech } = turn;
  return {
    minutes,
    label: speech.say(`timers:label.${what}`, { number }),
    locale: speech.locale,
    task,
    confirmText: speech.say(`timers:alert.confirm.${what}`, { continueWith: SKILL_NAME_PLACEHOLDER }),
    announceText: speech.say(`timers:alert.announce.${what}`),
  };
}

function sessionNumber(id: string): number {
  return Number(/-(\d+)(?:-break)?$/.exec(id)?.[1] ?? 0);
}

// ------------------------------------------------------------------------------------------------
// Starting a session: length, towel check, skin check, consent

/** "start an ice session", "ice for fifteen minutes", "start a heat session", or "yes" to an offered ice session. */
export async function beginSession(turn: Turn, kind: SessionKind, requestedMinutes?: number): Promise<Response> {
  const { speech } = turn;
  const leads: string[] = [];
  const length = chooseLength(kind, requestedMinutes);
  if (length.kind === 'tooLong') leads.push(speech.say(`timers:length.tooLong.${kind}`, { max: length.max }));
  if (length.kind === 'tooShort') leads.push(speech.say('timers:length.tooShort', { min: length.min }));
  const minutes = length.minutes;

  const active = activeSession(sessionLog(turn));
  if (active) {
    const state = await checkSession(turn, active);
    if (state.state.kind === 'running') {
      const left = leftPhrase(speech, Date.parse(state.state.dueAt) - turn.now.getTime());
      return reply(turn, { speak: joinSpeech(...leads, speech.say(`timers:busy.${active.kind}`, { left })) });
    }
    if (state.state.kind === 'paused') return askToResume(turn, active.kind, state.state.remainingMs, leads);
  }

  const view = turn.phase();
  const later = view.phase === 'heat' || view.phase === 'stretching' || view.phase === 'prevention';
  if (kind === 'ice' && later && !view.pain.flare) leads.push(speech.say('timers:phase.iceLater'));
  if (kind === 'heat' && view.phase === 'ice') leads.push(speech.say('timers:phase.heatEarly'));

  if (kind === 'ice') {
    const readiness = iceReadiness(sessionLog(turn), turn.now);
    if (readiness.kind === 'tooSoon') {
      // The break is already being timed: say how long is left rather than offering a second timer.
      const iceBreak = sessionLog(turn).iceBreak;
      if (iceBreak?.status === 'running' && iceBreak.sessionId === lastIceRound(sessionLog(turn))?.id) {
        const left = leftPhrase(speech, Date.parse(iceBreak.dueAt) - turn.now.getTime());
        return reply(turn, { speak: joinSpeech(...leads, speech.say('timers:timeLeft.break', { left })) });
      }
      const question =
        readiness.sinceMinutes < 2
          ? speech.say('timers:tooSoon.justNow', { break: readiness.breakMinutes })
          : speech.say('timers:tooSoon.since', { since: readiness.sinceMinutes, break: readiness.breakMinutes, wait: readiness.waitMinutes });
      return reply(turn, {
        speak: joinSpeech(...leads, question),
        ask: { reprompt: speech.say('timers:tooSoon.reprompt'), pending: { kind: 'breakTimer', minutes: readiness.waitMinutes } },
      });
    }
    if (readiness.skinCheck && !notes(turn).skinChecked) return askSkinCheck(turn, minutes, leads);
  }
  return continueToConsent(turn, kind, minutes, leads);
}

/** In the heat phase, after how to use heat safely: "Shall I time a 20 minute heat session?" */
export function offerHeatSession(turn: Turn, advice: string): Response {
  const { speech } = turn;
  const minutes = SESSION_LIMITS.heat.standard;
  return reply(turn, {
    speak: joinSpeech(advice, speech.say('timers:consent.heatOffer', { minutes })),
    ask: { reprompt: speech.say('timers:consent.heatReprompt', { minutes }), pending: { kind: 'startTimer', session: 'heat', minutes } },
  });
}

export function askSkinCheck(turn: Turn, minutes: number, leads: string[] = []): Response {
  const { speech } = turn;
  return reply(turn, {
    speak: joinSpeech(...leads, speech.say('timers:skin.question')),
    ask: { reprompt: speech.say('timers:skin.reprompt'), pending: { kind: 'skinCheck', minutes } },
  });
}

/** The towel check (ice, once per session), then "Shall I start a 20 minute ice timer?". */
export function continueToConsent(turn: Turn, kind: SessionKind, minutes: number, leads: string[] = []): Response {
  const { speech } = turn;
  if (kind === 'ice' && !notes(turn).towelChecked) {
    return reply(turn, {
      speak: joinSpeech(...leads, speech.say('timers:towel.question')),
      ask: { reprompt: speech.say('timers:towel.reprompt'), pending: { kind: 'towelCheck', minutes } },
    });
  }
  return reply(turn, {
    speak: joinSpeech(...leads, speech.say(`timers:consent.${kind}`, { minutes })),
    ask: { reprompt: speech.say(`timers:consent.${kind}Reprompt`, { minutes }), pending: { kind: 'startTimer', session: kind, minutes } },
  });
}

export function towelAnswered(turn: Turn, wrapped: boolean, minutes: number): Response {
  const { speech } = turn;
  if (!wrapped) {
    return reply(turn, {
      speak: speech.say('timers:towel.wrapFirst'),
      ask: { reprompt: speech.say('timers:towel.reprompt'), pending: { kind: 'towelCheck', minutes } },
    });
  }
  notes(turn).towelChecked = true;
  return continueToConsent(turn, 'ice', minutes, [speech.say('timers:towel.good')]);
}

export function skinAnswered(turn: Turn, normal: boolean, minutes: number): Response {
  const { speech } = turn;
  if (!normal) return reply(turn, { speak: speech.say('timers:skin.notYet') });
  notes(turn).skinChecked = true;
  return continueToConsent(turn, 'ice', minutes, [speech.say('timers:towel.good')]);
}

export function consentDeclined(turn: Turn, kind: SessionKind, minutes: number): Response {
  return reply(turn, { speak: turn.speech.say(`timers:consent.declined.${kind}`, { minutes }) });
}

/**
 * "Yes" to "Shall I start a 20 minute ice timer?": creates the Alexa timer. Without permission (401) Alexa is
 * asked to ask the user by voice; after the user's answer (afterConsent) a second 401 is not asked again.
 */
export async function startSessionTimer(turn: Turn, kind: SessionKind, minutes: number, afterConsent = false): Promise<Response> {
  const { speech } = turn;
  const { id, number } = nextSessionId(sessionLog(turn), kind);
  const now = turn.now;
  const result = await createRoutineTimer(turn.input, timerSpec(turn, kind, number, minutes, { sessionId: id, kind }));
  if (result.ok) {
    const { mode, id: timerId, triggerTime } = result.value;
    saveLog(turn, (log) => withSessionStarted(log, { id, kind, minutes, now, mode, timerId, dueAt: triggerTime }));
    return reply(turn, {
      speak: joinSpeech(speech.say(`timers:started.${kind}`, { minutes }), speech.say(`timers:started.${mode}`)),
      end: true,
    });
  }
  if (result.failure === 'noPermission' && !afterConsent) {
    return askTimerPermission(turn, { scope: 'timers', what: kind, minutes }, speech.say(`timers:permission.ask${capital(kind)}`));
  }
  // The manual way on: the user times it, and tells the skill when the ice is off.
  saveLog(turn, (log) => withSessionStarted(log, { id, kind, minutes, now, mode: 'manual' }));
  return reply(turn, { speak: joinSpeech(timerError(speech, result.failure), speech.say(`timers:manual.${kind}`, { minutes })), end: true });
}

function askTimerPermission(turn: Turn, target: Extract<PermissionTarget, { scope: 'timers' }>, speak: string): Response {
  const awaiting: AwaitingPermission = { what: target.what, minutes: target.minutes, at: turn.now.toISOString() };
  saveLog(turn, (log) => withAwaitingPermission(log, awaiting));
  return reply(turn, { speak, handOver: askFor(TIMERS_SCOPE, permissionToken(target)) });
}

// ------------------------------------------------------------------------------------------------
// The permission answer (Connections.Response to AskFor)

export interface PermissionAnswer {
  token?: string;
  /** "200" when Alexa asked the user; "400" when the scope is not in the manifest. */
  code?: string;
  status?: string;
  isCardThrown?: boolean;
}

/** Continues what was waiting on the permission: the same timer, with the same length, without asking again. */
export async function permissionAnswered(turn: Turn, answer: PermissionAnswer): Promise<Response> {
  const { speech } = turn;
  const log = sessionLog(turn);
  const target: PermissionTarget | undefined =
    readPermissionToken(answer.token) ??
    (log.awaitingPermission ? { scope: 'timers', what: log.awaitingPermission.what, minutes: log.awaitingPermission.minutes } : undefined);
  if (log.awaitingPermission) saveLog(turn, (current) => withAwaitingPermission(current, undefined));
  const accepted = answer.code === '200' && answer.status === 'ACCEPTED';
  if (!target) return reply(turn, { speak: speech.say('timers:permission.problem') });

  if (target.scope === 'reminders') {
    if (accepted) return setReminders(turn, true);
    return reply(turn, { speak: speech.say('timers:permission.deniedReminders'), end: true, ...cardIfUseful(turn, answer, REMINDERS_SCOPE) });
  }
  if (accepted) {
    return target.what === 'break' ? startBreakTimer(turn, target.minutes, true) : startSessionTimer(turn, target.what, target.minutes, true);
  }
  const card = cardIfUseful(turn, answer, TIMERS_SCOPE);
  const problem = answer.code !== '200' ? speech.say('timers:permission.problem') : undefined;
  if (target.what === 'break') {
    const denied = problem ? speech.say('timers:manual.break', { minutes: target.minutes }) : speech.say('timers:permission.deniedBreak', { minutes: target.minutes });
    return offerRemindersOr(turn, joinSpeech(problem, denied, card.permissionCard ? speech.say('timers:permission.card') : undefined), card);
  }
  const { what, minutes } = target;
  const { id } = nextSessionId(sessionLog(turn), what);
  const now = turn.now;
  saveLog(turn, (current) => withSessionStarted(current, { id, kind: what, minutes, now, mode: 'manual' }));
  const denied = problem ? speech.say(`timers:manual.${what}`, { minutes }) : speech.say(`timers:permission.denied${capital(what)}`, { minutes });
  return reply(turn, { speak: joinSpeech(problem, denied, card.permissionCard ? speech.say('timers:permission.card') : undefined), end: true, ...card });
}

/** A consent card where it helps: the user did not grant it, and Alexa did not already send one. */
function cardIfUseful(turn: Turn, answer: PermissionAnswer, scope: string): { permissionCard?: string[] } {
  if (answer.code !== '200' || answer.isCardThrown === true || turn.storage === 'unavailable') return {};
  return { permissionCard: [scope] };
}

// ------------------------------------------------------------------------------------------------
// The timer's state, trusted over the record

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

function askToResume(turn: Turn, kind: SessionKind, remaining: number, leads: string[] = []): Response {
  const { speech } = turn;
  return reply(turn, {
    speak: joinSpeech(...leads, speech.say(`timers:busy.paused${capital(kind)}`, { left: leftPhrase(speech, remaining) })),
    ask: { reprompt: speech.say('timers:busy.pausedReprompt'), pending: { kind: 'timerPaused' } },
  });
}

// ------------------------------------------------------------------------------------------------
// The end of a session, and what follows: skin check, rest, the break timer, reminders

/**
 * The session is over (its timer ended, or the user took the ice off): ice off, check the skin, rest, and for ice
 * the offer of a timer for the break. `leads` go first ("Welcome back.").
 */
export function sessionOver(turn: Turn, session: CareSession, early: boolean, leads: string[] = []): Response {
  const { speech } = turn;
  const now = turn.now;
  const dueAt = session.dueAt ? Date.parse(session.dueAt) : now.getTime();
  const endedAt = early ? now : new Date(Math.min(now.getTime(), dueAt));
  if (session.status === 'running' || session.status === 'paused') {
    saveLog(turn, (log) => withSessionChanged(log, session.id, (current) => endedSession(current, endedAt, early)));
  }
  const ended = endedSession(session, endedAt, early);
  if (session.kind === 'heat') {
    return reply(turn, { speak: joinSpeech(...leads, speech.say(early ? 'timers:after.heatEarly' : 'timers:after.heat')) });
  }
  const log = sessionLog(turn);
  const count = sessionsToday(log, 'ice', now, zoneOf(turn)).done;
  const countLine = count <= 1 ? speech.say('timers:count.first') : speech.say('timers:count.many', { count });
  const plenty = count >= ICE_SESSIONS_PER_DAY ? speech.say('timers:count.plenty') : undefined;
  const said = joinSpeech(...leads, speech.say(early ? 'timers:after.iceEarly' : 'timers:after.ice'), countLine, plenty);
  const minutes = breakMinutesAfter(ended);
  if (session.mode === 'manual') {
    // No Alexa timers for this user: the break is counted by the user.
    return offerRemindersOr(turn, joinSpeech(said, speech.say('timers:manual.break', { minutes })));
  }
  return reply(turn, {
    speak: joinSpeech(said, speech.say('timers:break.offer', { minutes })),
    ask: { reprompt: speech.say('timers:break.reprompt'), pending: { kind: 'breakTimer', minutes } },
  });
}

/** "Yes" to the break timer: a timer that brings the user back when they may ice again. */
export async function startBreakTimer(turn: Turn, minutes: number, afterConsent = false): Promise<Response> {
  const { speech } = turn;
  const log = sessionLog(turn);
  const last = lastIceRound(log) ?? activeSession(log);
  const sessionId = last?.id ?? `ice-${log.seq}`;
  const number = sessionNumber(sessionId);
  const breakId = breakIdFor(sessionId);
  const now = turn.now;
  const result = await createRoutineTimer(turn.input, timerSpec(turn, 'break', number, minutes, { sessionId: breakId, kind: 'ice' }));
  if (result.ok) {
    const { mode, id: timerId, triggerTime } = result.value;
    if (last) saveLog(turn, (current) => withBreakStarted(current, last, minutes, now, mode, timerId, triggerTime));
    const started = speech.say(mode === 'launchTask' ? 'timers:break.started' : 'timers:break.startedAnnounce', { minutes });
    return offerRemindersOr(turn, started);
  }
  if (result.failure === 'noPermission' && !afterConsent) {
    return askTimerPermission(turn, { scope: 'timers', what: 'break', minutes }, speech.say('timers:permission.askBreak'));
  }
  return offerRemindersOr(turn, joinSpeech(timerError(speech, result.failure), speech.say('timers:manual.break', { minutes })));
}

export function breakDeclined(turn: Turn, minutes: number): Response {
  return offerRemindersOr(turn, turn.speech.say('timers:break.declined', { minutes }));
}

/** The break is over: on to the next round, starting with the skin check. */
export function breakOver(turn: Turn, leads: string[] = []): Response {
  saveLog(turn, (log) => (log.iceBreak?.status === 'running' ? withBreakEnded(log) : log));
  const last = lastIceRound(sessionLog(turn));
  const minutes = chooseLength('ice', last?.plannedMinutes).minutes;
  return askSkinCheck(turn, minutes, [...leads, turn.speech.say('timers:break.over')]);
}

// ------------------------------------------------------------------------------------------------
// Reminders for the next sessions

function reminderPlanFor(turn: Turn): ReminderPlan | undefined {
  const onset = turn.user.onsetAt ? new Date(turn.user.onsetAt) : undefined;
  return reminderPlan(onset, turn.now, zoneOf(turn));
}

/** Offers reminders once (never again for 7 days after a "no"); otherwise says `said` and ends. */
export function offerRemindersOr(turn: Turn, said: string, extra: { permissionCard?: string[] } = {}): Response {
  const { speech } = turn;
  const log = sessionLog(turn);
  if (reminderPlanFor(turn) && mayOfferReminders(log, turn.now) && !notes(turn).remindersOffered) {
    notes(turn).remindersOffered = true;
    return reply(turn, {
      speak: joinSpeech(said, speech.say('timers:reminders.offer')),
      ask: { reprompt: speech.say('timers:reminders.reprompt'), pending: { kind: 'reminders' } },
      ...extra,
    });
  }
  return reply(turn, { speak: said, end: true, ...extra });
}

export function remindersDeclined(turn: Turn): Response {
  const now = turn.now;
  saveLog(turn, (log) => withRemindersDeclined(log, now));
  return reply(turn, { speak: turn.speech.say('timers:reminders.declined'), end: true });
}

/** "Yes" to reminders: one recurring reminder over the rest of the ice window, restated in the answer. */
export async function setReminders(turn: Turn, afterConsent = false): Promise<Response> {
  const { speech } = turn;
  const plan = reminderPlanFor(turn);
  if (!plan) return reply(turn, { speak: speech.say('timers:reminders.declined'), end: true });
  const requestTime = localIso(DateTime.fromJSDate(turn.now, { zone: plan.timeZone }));
  const result = await createReminder(turn.input, reminderRequest(plan, requestTime, speech.locale, speech.say('timers:alert.reminder')));
  if (result.ok) {
    const now = turn.now;
    saveLog(turn, (log) => withRemindersSet(log, result.value.alertToken, plan, now));
    return reply(turn, { speak: speech.say('timers:reminders.set', describePlan(turn, plan)), end: true });
  }
  if (result.failure === 'noPermission' && !afterConsent) {
    return reply(turn, { speak: speech.say('timers:permission.askReminders'), handOver: askFor(REMINDERS_SCOPE, permissionToken({ scope: 'reminders' })) });
  }
  return reply(turn, { speak: joinSpeech(speech.say(`timers:error.reminder.${result.failure}`), speech.say('timers:manual.reminders')), end: true });
}

function spanish(locale: string): boolean {
  return locale.startsWith('es');
}

/**
 * A reminder's hour as it is said: "9 AM" in English; in Spanish "las 9 de la mañana", "la una de la tarde",
 * "las 9 de la noche" (a clock hour is feminine and takes its article; "1 p. m." would be read "las 1").
 */
function spokenHour(time: DateTime, locale: string): string {
  if (!spanish(locale)) return time.setLocale(locale).toFormat('h a');
  const h = time.hour;
  const twelve = h % 12 === 0 ? 12 : h % 12;
  const part = h === 0 || h >= 21 ? 'de la noche' : h < 6 ? 'de la madrugada' : h < 12 ? 'de la mañana' : h === 12 ? 'del mediodía' : 'de la tarde';
  return `${twelve === 1 ? 'la una' : `las ${twelve}`} ${part}`;
}

function describePlan(turn: Turn, plan: ReminderPlan): { times: string; first: string; last: string } {
  const { speech } = turn;
  const locale = speech.locale;
  const today = DateTime.fromJSDate(turn.now, { zone: plan.timeZone }).startOf('day');
  const hour = (h: number) => spokenHour(today.set({ hour: h }), locale);
  const when = (at: Date) => {
    const time = DateTime.fromJSDate(at, { zone: plan.timeZone }).setLocale(locale);
    const days = Math.round(time.startOf('day').diff(today, 'days').days);
    const weekday = spanish(locale) ? `el ${time.toFormat('cccc')}` : time.toFormat('cccc');
    const day = days === 0 ? speech.say('timers:reminders.today') : days === 1 ? speech.say('timers:reminders.tomorrow') : weekday;
    return speech.say('timers:reminders.dayAt', { day, time: spokenHour(time, locale) });
  };
  const times = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(plan.hours.map(hour));
  return { times, first: when(plan.first), last: when(plan.last) };
}

// ------------------------------------------------------------------------------------------------
// Time left, pause, resume, cancel, "the ice is off", sessions today

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
    saveLog(turn, (log) => withSessionChanged(log, active.id, (current) => pausedSession(current, remaining)));
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

/** "Cancel the ice timer": the skill's own timer, by id. */
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
  if (active.timerId && active.mode !== 'manual') {
    const result = await cancelTimer(turn.input, active.timerId);
    if (!result.ok && result.failure !== 'notFound') return controlFailed(turn, result.failure, 'cancel');
  }
  const now = turn.now;
  saveLog(turn, (current) => withSessionChanged(current, active.id, (session) => cancelledSession(session, now)));
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

function controlFailed(turn: Turn, failure: AlertFailure, action: 'pause' | 'resume' | 'cancel'): Response {
  const { speech } = turn;
  if (failure === 'noPermission') {
    return reply(turn, {
      speak: joinSpeech(speech.say('timers:permission.revoked'), speech.say(`timers:manual.${action}`)),
      permissionCard: [TIMERS_SCOPE],
    });
  }
  return reply(turn, { speak: joinSpeech(timerError(speech, failure), speech.say(`timers:manual.${action}`)) });
}

// ------------------------------------------------------------------------------------------------
// Coming back: a task launch, or a plain launch that picks the routine up

/** A LAUNCH_TASK timer ended and the user said yes: the session (or the break) is over. */
export function taskLaunched(turn: Turn, input: Partial<SessionTaskInput>): Response {
  const log = sessionLog(turn);
  const sessionId = typeof input.sessionId === 'string' ? input.sessionId : '';
  if (sessionId.endsWith('-break')) return breakOver(turn);
  const session = findSession(log, sessionId);
  if (session && (session.status === 'running' || session.status === 'paused')) return sessionOver(turn, session, false);
  if (session?.status === 'ended') return sessionOver(turn, session, Boolean(session.early));
  // Not in the record (it was lost, or the session was cancelled): go on from what the timer says it was.
  const kind: SessionKind = input.kind === 'heat' ? 'heat' : 'ice';
  const minutes = SESSION_LIMITS[kind].standard;
  const stand: CareSession = {
    id: sessionId || `${kind}-0`,
    kind,
    startedAt: new Date(turn.now.getTime() - minutes * 60_000).toISOString(),
    plannedMinutes: minutes,
    status: 'ended',
    mode: 'launchTask',
    endedAt: turn.now.toISOString(),
  };
  return sessionOver(turn, stand, false);
}

/** A plain launch while a session or a break is in progress or just over. Undefined: nothing to pick up after all. */
export async function pickUpRoutine(turn: Turn, pickUp: PickUp): Promise<Response | undefined> {
  const { speech } = turn;
  const welcome = speech.say('launch.welcomeBack');
  if (pickUp.kind === 'break') {
    const left = Date.parse(pickUp.iceBreak.dueAt) - turn.now.getTime();
    if (left > 30_000) return reply(turn, { speak: joinSpeech(welcome, speech.say('timers:timeLeft.break', { left: leftPhrase(speech, left) })) });
    return breakOver(turn, [welcome]);
  }
  const session = pickUp.session;
  const check = await checkSession(turn, session);
  const state = check.state;
  switch (state.kind) {
    case 'running': {
      const left = leftPhrase(speech, Date.parse(state.dueAt) - turn.now.getTime());
      const said = session.mode === 'manual' ? `timers:timeLeft.manual${capital(session.kind)}` as const : (`timers:timeLeft.${session.kind}` as const);
      return reply(turn, { speak: joinSpeech(welcome, speech.say(said, { left })) });
    }
    case 'paused':
      return askToResume(turn, session.kind, state.remainingMs, [welcome]);
    case 'due':
      return sessionOver(turn, session, false, [welcome]);
    default:
      return undefined;
  }
}

/** True when the ice routine has something for a plain launch to pick up (no API call: canHandle must be quick). */
export { routineToPickUp } from '../core/ice-plan';
