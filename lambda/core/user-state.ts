/**
 * What the skill remembers about a user between sessions. Facts only (onset, pain reports, what was
 * heard or declined): the phase and advice are recomputed from them on every turn.
 */
import { PainEntry, MAX_PAIN_HISTORY } from './pain';
import { Migration, MIGRATIONS, migrateRecord } from './migrations';
import { isRedFlag, RedFlag } from './triage';

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
  /** ISO instant the red-flag safety check was answered "no" (absent until it is answered). */
  safetyCheckAt?: string;
  /** The last warning sign the user told, until they say they got it checked. */
  warningSign?: WarningSign;
  /** Feature records added by later features keep their own shape under their own key. */
  [feature: string]: unknown;
}

/** A warning sign heard: which one (UNSPECIFIED for "yes" to the safety check or "this is an emergency") and when. */
export interface WarningSign {
  flag: RedFlag | 'UNSPECIFIED';
  at: string;
}

export function emptyUserState(): UserState {
  return { version: USER_STATE_VERSION, pain: [] };
}

/**
 * ok: the record (migrated forward if it was older; then it must be written back).
 * newer: written by a newer build than this one (a deployment in progress, a rollback). It is left as it is:
 * not quarantined, not overwritten; the turn goes on as if the store were unavailable.
 * unreadable: not a state any build wrote, or one that fails validation: kept aside, and the user starts fresh.
 */
export type StateReading =
  | { kind: 'ok'; state: UserState; migrated: boolean }
  | { kind: 'newer'; version: number; reason: string }
  | { kind: 'unreadable'; reason: string };

/** The schema this build reads and writes; tests pass another to prove the migration path. */
export interface Schema {
  version: number;
  migrations: Readonly<Record<number, Migration>>;
}

export const CURRENT_SCHEMA: Schema = { version: USER_STATE_VERSION, migrations: MIGRATIONS };

/** Parses a stored record; an empty record is a new user. Never throws. */
export function readUserState(raw: unknown, schema: Schema = CURRENT_SCHEMA): StateReading {
  if (raw === undefined || raw === null) return { kind: 'ok', state: emptyUserState(), migrated: false };
  if (!isRecord(raw)) return { kind: 'unreadable', reason: 'not an object' };
  if (Object.keys(raw).length === 0) return { kind: 'ok', state: emptyUserState(), migrated: false };
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'unreadable', reason: 'no schema version' };
  }
  const migration = migrateRecord(raw, version, schema.version, schema.migrations);
  if (migration.kind === 'newer') return { kind: 'newer', version, reason: `newer schema version ${version}` };
  if (migration.kind === 'failed') return { kind: 'unreadable', reason: migration.reason };
  const record = migration.record;
  const onsetAt = record.onsetAt;
  if (onsetAt !== undefined && !isIsoInstant(onsetAt)) return { kind: 'unreadable', reason: 'bad onsetAt' };
  const pain = record.pain ?? [];
  if (!Array.isArray(pain) || !pain.every(isPainEntry)) return { kind: 'unreadable', reason: 'bad pain history' };
  if (record.timeZone !== undefined && typeof record.timeZone !== 'string') return { kind: 'unreadable', reason: 'bad timeZone' };
  for (const key of ['disclaimerHeardAt', 'safetyCheckAt'] as const) {
    if (record[key] !== undefined && !isIsoInstant(record[key])) return { kind: 'unreadable', reason: `bad ${key}` };
  }
  if (record.warningSign !== undefined && !isWarningSign(record.warningSign)) return { kind: 'unreadable', reason: 'bad warningSign' };
  const state: UserState = {
    ...record,
    version: schema.version as typeof USER_STATE_VERSION,
    pain: pain.slice(-MAX_PAIN_HISTORY),
  };
  return { kind: 'ok', state, migrated: migration.steps > 0 };
}

/** Pain reports a snapshot keeps: the latest and the ones its trend is read against. */
export const SNAPSHOT_PAIN_ENTRIES = 3;

/**
 * The facts a turn needs to answer, small enough (a few hundred bytes) to travel in the session attributes and
 * stand in for the stored record on a turn where the store cannot be read: onset, time zone, the last few pain
 * reports, and when the disclaimer and the safety check were heard. It is a valid UserState at the current
 * version, so it is read back with readUserState like a stored record (an older build's snapshot migrates too).
 * Feature records are left out: a feature that must work while the store is down adds a compact form of its
 * record here.
 */
export function snapshotOf(state: UserState): UserState {
  const snapshot: UserState = { version: USER_STATE_VERSION, pain: state.pain.slice(-SNAPSHOT_PAIN_ENTRIES) };
  for (const key of ['onsetAt', 'timeZone', 'disclaimerHeardAt', 'safetyCheckAt'] as const) {
    if (typeof state[key] === 'string') snapshot[key] = state[key];
  }
  // Safety must hold while the store is down too.
  if (state.warningSign) snapshot.warningSign = state.warningSign;
  return snapshot;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIsoInstant(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

function isWarningSign(value: unknown): value is WarningSign {
  return isRecord(value) && typeof value.flag === 'string' && (value.flag === 'UNSPECIFIED' || isRedFlag(value.flag)) && isIsoInstant(value.at);
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
