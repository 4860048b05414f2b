/**
 * What the skill remembers about a user between sessions. Facts only (onset, pain reports, what was
 * heard or declined): the phase and advice are recomputed from them on every turn.
 */
import { PainEntry, MAX_PAIN_HISTORY } from './pain';

export const USER_STATE_VERSION = 1;

export interface UserState {
  version: typeof USER_STATE_VERSION;
  /** ISO-8601 instant the spasm began. */
  onsetAt?: string;
  pain: PainEntry[];
  /** IANA time zone of the user's device, learned when the onset was told; days are counted in it. */
  timeZone?: string;
  /** ISO instant the not-medical-advice line was first spoken. */
  disclaimerHeardAt?: string;
  /** ISO instant the red-flag safety check was last answered "no". */
  safetyCheckAt?: string;
  /** Feature records added by later features keep their own shape under their own key. */
  [feature: string]: unknown;
}

export function emptyUserState(): UserState {
  return { version: USER_STATE_VERSION, pain: [] };
}

export type StateReading = { kind: 'ok'; state: UserState; migrated: boolean } | { kind: 'unreadable'; reason: string };

/** Parses a stored record; an empty record is a new user. Never throws. */
export function readUserState(raw: unknown): StateReading {
  if (raw === undefined || raw === null) return { kind: 'ok', state: emptyUserState(), migrated: false };
  if (!isRecord(raw)) return { kind: 'unreadable', reason: 'not an object' };
  if (Object.keys(raw).length === 0) return { kind: 'ok', state: emptyUserState(), migrated: false };
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'unreadable', reason: 'no schema version' };
  }
  if (version > USER_STATE_VERSION) return { kind: 'unreadable', reason: `newer schema version ${version}` };
  const onsetAt = raw.onsetAt;
  if (onsetAt !== undefined && !isIsoInstant(onsetAt)) return { kind: 'unreadable', reason: 'bad onsetAt' };
  const pain = raw.pain ?? [];
  if (!Array.isArray(pain) || !pain.every(isPainEntry)) return { kind: 'unreadable', reason: 'bad pain history' };
  if (raw.timeZone !== undefined && typeof raw.timeZone !== 'string') return { kind: 'unreadable', reason: 'bad timeZone' };
  for (const key of ['disclaimerHeardAt', 'safetyCheckAt'] as const) {
    if (raw[key] !== undefined && !isIsoInstant(raw[key])) return { kind: 'unreadable', reason: `bad ${key}` };
  }
  const state: UserState = { ...raw, version: USER_STATE_VERSION, pain: pain.slice(-MAX_PAIN_HISTORY) };
  return { kind: 'ok', state, migrated: version !== USER_STATE_VERSION };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIsoInstant(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

function isPainEntry(value: unknown): value is PainEntry {
  return (
    isRecord(value) &&
    typeof value.score === 'number' &&
    value.score >= 0 &&
    value.score <= 10 &&
    isIsoInstant(value.at)
  );
}
