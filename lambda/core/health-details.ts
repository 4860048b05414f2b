/**
 * THE one place that says which stored facts are health details, and what may be stored of a user's state.
 * Pure: no Alexa types, no clock.
 *
 * Health details are kept only with the user's spoken consent, and never in HEALTH_RECORDS=off. The list below is
 * of what is NOT a health detail; everything else is (an allowlist, so a field a later feature adds is not kept
 * without consent until someone decides otherwise here):
 * - version: the schema version;
 * - timeZone: the device's time zone (a device setting);
 * - disclaimerHeardAt, safetyCheckAt: when the not-medical-advice line and the safety check were heard (the
 *   answer "no warning signs" is kept only as its time; a warning sign said, `warningSign`, is a health detail);
 * - healthConsent: the answer to the consent question and when it was given;
 * - ownAlerts: the ids of the skill's own Alexa timers and reminders, opaque and neutral (their labels carry no
 *   health word), kept so "forget me" can delete them;
 * - stretch.pace and stretch.safetyHeardAt: the chosen pace of the guided stretches and when their safety line
 *   was heard;
 * - warningSign, as a marker only: that a warning sign was heard and when (flag UNSPECIFIED), so the safety follow-up
 *   still happens; which sign it was is a health detail.
 * So the health details are: onsetAt (when the spasm began), pain (scores and times), careSessions (the ice and
 * heat log, breaks, a pending timer, the reminder plan), routine (the stretch in progress, whose choice can tell of
 * osteoporosis), stretch.completions (which stretches were done when), stretch.routine (the gentle routine chosen
 * after "I have osteoporosis"), and any field not listed above.
 */
import type { HealthRecords } from '../config';
import { UserState } from './user-state';
import { SESSION_LOG_KEY, readSessionLog } from './ice-plan';
import { STRETCH_KEY, readStretchRecord } from './stretch-state';

/** HEALTH_RECORDS (lambda/config.ts): consent keeps health details once the user says yes; off never keeps them. */
export const DEFAULT_HEALTH_RECORDS: HealthRecords = 'consent';

export const CONSENT_KEY = 'healthConsent';
export const OWN_ALERTS_KEY = 'ownAlerts';
/** The last warning sign heard (safety's record): kept without consent only as a marker. */
export const WARNING_SIGN_KEY = 'warningSign';

/** The answer to "Shall I remember when this started and your pain scores ...?", with when it was given. */
export interface HealthConsent {
  answer: 'yes' | 'no';
  at: string;
}

/** The skill's own timers and reminders, by id, so they can be deleted without touching anyone else's. */
export interface OwnAlerts {
  timers: string[];
  reminders: string[];
}

/** Ids kept: far more than one routine leaves running at once; old ones are harmless (a deleted id is a 404). */
export const MAX_OWN_ALERTS = 10;

/** Top-level fields that are not health details. */
export const NON_HEALTH_FIELDS: readonly string[] = ['version', 'timeZone', 'disclaimerHeardAt', 'safetyCheckAt', CONSENT_KEY, OWN_ALERTS_KEY];
/** Inside the stretch record: the parts that are not health details. */
export const NON_HEALTH_STRETCH_FIELDS: readonly string[] = ['pace', 'safetyHeardAt'];

export function readConsent(state: Record<string, unknown>): HealthConsent | undefined {
  const raw = state[CONSENT_KEY];
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { answer, at } = raw as Record<string, unknown>;
  if ((answer !== 'yes' && answer !== 'no') || typeof at !== 'string' || Number.isNaN(Date.parse(at))) return undefined;
  return { answer, at };
}

/** Whether this user's health details may be stored. */
export function keepsHealthDetails(state: Record<string, unknown>, mode: HealthRecords): boolean {
  return mode === 'consent' && readConsent(state)?.answer === 'yes';
}

/** Whether the consent question is still to be asked (consent mode, never answered). */
export function consentUnanswered(state: Record<string, unknown>, mode: HealthRecords): boolean {
  return mode === 'consent' && readConsent(state) === undefined;
}

/** The health details of a state (what is dropped when they are not kept), as a partial record. */
export function healthDetailsOf(state: Record<string, unknown>): Record<string, unknown> {
  const details: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(state)) {
    if (key === STRETCH_KEY) {
      // The routine chosen after "I have osteoporosis" tells of it: a health detail, like the completions.
      const { completions, routine } = readStretchRecord(state as UserState);
      if (completions.length > 0 || routine) details[STRETCH_KEY] = routine ? { completions, routine } : { completions };
    } else if (!NON_HEALTH_FIELDS.includes(key) && value !== undefined) {
      details[key] = value;
    }
  }
  if (Array.isArray(details.pain) && details.pain.length === 0) delete details.pain;
  return details;
}

/** Whether the state holds any health detail at all. */
export function holdsHealthDetails(state: Record<string, unknown>): boolean {
  return Object.keys(healthDetailsOf(state)).length > 0;
}

/** The state without its health details: what may be stored when they are not kept. */
export function withoutHealthDetails(state: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const key of NON_HEALTH_FIELDS) if (state[key] !== undefined) kept[key] = state[key];
  if (state.pain !== undefined) kept.pain = [];
  const stretch = state[STRETCH_KEY];
  if (typeof stretch === 'object' && stretch !== null) {
    const record = readStretchRecord(state as UserState);
    const part: Record<string, unknown> = { completions: [] };
    for (const key of NON_HEALTH_STRETCH_FIELDS) {
      const value = (record as unknown as Record<string, unknown>)[key];
      if (value !== undefined) part[key] = value;
    }
    kept[STRETCH_KEY] = part;
  }
  const sign = state[WARNING_SIGN_KEY] as { at?: unknown } | undefined;
  if (typeof sign === 'object' && sign !== null && typeof sign.at === 'string') kept[WARNING_SIGN_KEY] = { flag: 'UNSPECIFIED', at: sign.at };
  const alerts = ownAlertsOf(state);
  if (alerts.timers.length > 0 || alerts.reminders.length > 0) kept[OWN_ALERTS_KEY] = alerts;
  else delete kept[OWN_ALERTS_KEY];
  return kept;
}

/** What may be stored of a state under the mode: all of it with consent, else the state without health details. */
export function storableState(state: Record<string, unknown>, mode: HealthRecords): Record<string, unknown> {
  return keepsHealthDetails(state, mode) ? state : withoutHealthDetails(state);
}

/**
 * The ids of the skill's own timers and reminders this state knows: the ice and heat log's (timers of sessions and
 * breaks, the reminders' token) and those kept aside in ownAlerts. The latest last, at most MAX_OWN_ALERTS of each.
 */
export function ownAlertsOf(state: Record<string, unknown>): OwnAlerts {
  const stored = readOwnAlerts(state[OWN_ALERTS_KEY]);
  const log = readSessionLog(state[SESSION_LOG_KEY]);
  const timers = [...stored.timers, ...log.sessions.map((session) => session.timerId), log.iceBreak?.timerId];
  const reminders = [...stored.reminders, log.reminders.alertToken];
  return { timers: latestUnique(timers), reminders: latestUnique(reminders) };
}

function readOwnAlerts(raw: unknown): OwnAlerts {
  if (typeof raw !== 'object' || raw === null) return { timers: [], reminders: [] };
  const { timers, reminders } = raw as Record<string, unknown>;
  return { timers: ids(timers), reminders: ids(reminders) };
}

function ids(raw: unknown): string[] {
  return Array.isArray(raw) ? raw.filter((id): id is string => typeof id === 'string' && id.length > 0 && id.length <= 200) : [];
}

function latestUnique(values: ReadonlyArray<string | undefined>): string[] {
  const seen: string[] = [];
  for (const value of values) {
    if (!value) continue;
    const at = seen.indexOf(value);
    if (at >= 0) seen.splice(at, 1);
    seen.push(value);
  }
  return seen.slice(-MAX_OWN_ALERTS);
}
