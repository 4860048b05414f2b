/**
 * Where health details stop: the save boundary, and the session that carries them instead.
 *
 * Every write to the store goes through healthGuardedStore, which stores a state's health details only when the
 * user agreed (core/health-details). Being at the store, it also covers the replays of a version conflict and any
 * later writer. When they are not kept, the session carries them: each response puts them in the session
 * attribute `unkept`, and the next request of the same session adds them back to what the store gave, so the
 * conversation goes on as if they were stored. They go away with the session (and a running timer's task input
 * carries what its relaunch needs: see features/ice-heat/sessions/task-input.ts).
 */
import { healthDetailsOf, keepsHealthDetails, storableState } from '../core/health-details';
import type { HealthRecords } from '../config';
import { SESSION_LOG_KEY, readSessionLog } from '../core/ice-plan';
import { UserState } from '../core/user-state';
import { SkillStore } from './user-store';

export const UNKEPT_ATTRIBUTE = 'unkept';
/** Sessions the session attribute carries: the routine in progress and the rounds before it today. */
const SESSION_SESSIONS = 6;

export function healthGuardedStore(store: SkillStore, mode: HealthRecords): SkillStore {
  return {
    read: (userId, budget) => store.read(userId, budget),
    write: (userId, attributes, expectedVersion, budget) => store.write(userId, storableState(attributes, mode), expectedVersion, budget),
    quarantine: (userId, budget) => store.quarantine(userId, budget),
    purge: (userId, budget) => store.purge(userId, budget),
  };
}

/** The session attribute with the health details the store does not keep for this user (none when it keeps them). */
export function unkeptAttribute(user: UserState, mode: HealthRecords): Record<string, unknown> {
  if (keepsHealthDetails(user, mode)) return {};
  const details = healthDetailsOf(user);
  if (Object.keys(details).length === 0) return {};
  const log = details[SESSION_LOG_KEY];
  if (log !== undefined) {
    const read = readSessionLog(log);
    details[SESSION_LOG_KEY] = { ...read, sessions: read.sessions.slice(-SESSION_SESSIONS) };
  }
  return { [UNKEPT_ATTRIBUTE]: details };
}

/**
 * The stored state with the session's unkept health details added back (only when the store does not keep them
 * for this user: when it does, the stored record is the truth). Read like anything from the device: each detail
 * is checked again by its feature's reader when used; the result is checked whole by the caller.
 */
export function withUnkept(user: UserState, attributes: Record<string, unknown> | undefined, mode: HealthRecords): UserState {
  if (keepsHealthDetails(user, mode)) return user;
  const raw = attributes?.[UNKEPT_ATTRIBUTE];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return user;
  const details = healthDetailsOf(raw as Record<string, unknown>);
  const merged: UserState = { ...user, ...details };
  // The stretch record's non-health part (pace) stays the store's; the session adds the completions.
  const stretch = details.stretch as { completions?: unknown; routine?: unknown } | undefined;
  if (stretch && typeof user.stretch === 'object' && user.stretch !== null) {
    merged.stretch = { ...user.stretch, completions: stretch.completions, ...(stretch.routine === undefined ? {} : { routine: stretch.routine }) };
  }
  return merged;
}
