/** Small helpers the ice and heat routine shares: the record, speech bits, permission tokens, timer specs. */
import { Directive } from 'ask-sdk-model';
import {
  SESSION_LOG_KEY,
  SessionKind,
  SessionLog,
  activeSession,
  chooseLength,
  minutesLeft,
  readSessionLog,
  withStalePausesEnded,
} from '../../../core/ice-plan';
import { AlertFailure } from '../../../alexa/alerts';
import { defaultTimeZone } from '../../../alexa/time-zone';
import { RoutineTimerSpec, SKILL_NAME_PLACEHOLDER, SessionTaskInput } from '../../../alexa/timers';
import { Speech } from '../../../speech/i18n';
import { TimerSessionNotes } from '../questions';
import { Turn } from '../../../kernel/turn';

type Alarm = SessionKind | 'break';

/** A timer the routine asked permission for, carried in the AskFor token (and the record, for a new session). */
export type PermissionTarget = { scope: 'timers'; what: Alarm; minutes: number } | { scope: 'reminders' };

const TOKEN_PREFIX = 'brc';

/** The care sessions as the turn parsed them (kernel/user-record). */
export function sessionLog(turn: Turn): Readonly<SessionLog> {
  return turn.record.careSessions;
}

/** An ice or heat session is on (running or paused, on the skill's timer or the user's own). */
export function sessionUnderWay(turn: Turn): boolean {
  return activeSession(sessionLog(turn)) !== undefined;
}

/** Changes the record through turn.update, so the change is replayed on a fresher copy after a conflict. */
export function saveLog(turn: Turn, change: (log: SessionLog) => SessionLog): void {
  const now = turn.now;
  turn.update((user) => {
    user[SESSION_LOG_KEY] = change(withStalePausesEnded(readSessionLog(user[SESSION_LOG_KEY]), now));
  });
}

export function notes(turn: Turn): TimerSessionNotes {
  turn.session.timers ??= {};
  return turn.session.timers;
}

export function zoneOf(turn: Turn): string {
  return turn.user.timeZone ?? defaultTimeZone(turn.speech.locale);
}

/** "about 12 minutes", "about a minute", "less than a minute". */
export function leftPhrase(speech: Speech, ms: number): string {
  const minutes = minutesLeft(ms);
  if (ms < 60_000) return speech.say('timers:left.underOne');
  if (minutes <= 1) return speech.say('timers:left.oneMinute');
  return speech.say('timers:left.minutes', { count: minutes });
}

export function capital(kind: SessionKind): 'Ice' | 'Heat' {
  return kind === 'ice' ? 'Ice' : 'Heat';
}

export function timerError(speech: Speech, failure: AlertFailure): string {
  return speech.say(`timers:error.timer.${failure}`);
}

/** The AskFor directive: version 1 of the request, the shape Amazon's own timer and reminder samples send. */
export function askFor(scope: string, token: string): Directive {
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

export function timerSpec(turn: Turn, what: Alarm, number: number, minutes: number, task: SessionTaskInput): RoutineTimerSpec {
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

