/** Loads and saves a user's state through the record store: one read and at most one write per turn. */
import { UserState, emptyUserState, readUserState } from '../core/user-state';
import { UserRecordStore, QuarantiningStore, PurgingStore, UnreadableRecordError, VersionConflictError } from '../persistence/record-store';
import { StorageStatus, UserUpdate } from './turn';
import { budgetLeaves, TurnBudget } from './turn-budget';

export type SkillStore = UserRecordStore & QuarantiningStore & PurgingStore;

export interface LoadedUser {
  user: UserState;
  version: number;
  status: StorageStatus;
  /** Whatever the turn does, this state must be written (a migration, or a fresh start after a reset). */
  mustWrite: boolean;
}

/** A write that failed for another reason than a conflict (a timeout, an error) is tried this often at most. */
const MAX_FAILED_WRITES = 2;
/** Conflicts are replayed until the write lands; this only stops a runaway loop outside a turn's budget. */
const MAX_CONFLICTS = 50;
/** Another attempt needs at least this much of the turn's budget: a read and a write. */
const ATTEMPT_NEEDS_MS = 100;
const JITTER_BASE_MS = 2;
const JITTER_CAP_MS = 64;

/** `budget` is the turn's: every store call of the load gets what is left of it. */
export async function loadUser(store: SkillStore, userId: string, budget?: TurnBudget): Promise<LoadedUser> {
  try {
    const record = await store.read(userId, budget);
    const reading = readUserState(record.attributes);
    if (reading.kind === 'ok') {
      // A record in use is written at least daily (refreshDue), so it never reaches its 60-day expiry.
      const mustWrite = reading.migrated || (record.refreshDue === true && !record.deleted);
      return { user: reading.state, version: record.version, status: 'ok', mustWrite };
    }
    // A newer build wrote it (a deployment in progress, a rollback): leave it for that build, touch nothing.
    if (reading.kind === 'newer') return unavailableUser();
    // Readable JSON that is not a state we understand: keep it aside, never overwrite it.
    return await resetUser(store, userId, budget);
  } catch (error) {
    if (error instanceof UnreadableRecordError) return resetUser(store, userId, budget);
    return unavailableUser();
  }
}

/** No stored facts this turn: the turn answers from what the session knows and writes nothing. */
export function unavailableUser(): LoadedUser {
  return { user: emptyUserState(), version: 0, status: 'unavailable', mustWrite: false };
}

async function resetUser(store: SkillStore, userId: string, budget: TurnBudget | undefined): Promise<LoadedUser> {
  try {
    await store.quarantine(userId, budget);
    return { user: emptyUserState(), version: 0, status: 'reset', mustWrite: true };
  } catch {
    return unavailableUser();
  }
}

/** How a save ended: written; not written (the user hears a note); or the user's data was deleted meanwhile. */
export type SaveOutcome = 'saved' | 'failed' | 'deleted';

/**
 * Writes the turn's changes. On a version conflict (another device or turn wrote first) the changes are replayed
 * on the fresher record, after a short random pause that grows with each conflict, as long as the turn's budget
 * leaves time for another attempt: ten turns of one user at once all land. Any other failure is retried once,
 * then given up: the answer still goes out, and the stored record is untouched (writes are whole and conditional).
 *
 * A write whose reply was lost (a timeout after the store applied it) comes back on the retry as a conflict
 * with our own record: that counts as written, rather than replaying the changes a second time.
 *
 * When the fresher record is a tombstone, the user's data was deleted while this turn ran (SkillDisabled, "forget
 * me"): nothing is written back, and nothing odd is said: 'deleted'.
 */
export async function saveUser(
  store: SkillStore,
  userId: string,
  loaded: { user: UserState; version: number },
  updates: readonly UserUpdate[],
  budget?: TurnBudget,
  random: () => number = Math.random,
): Promise<SaveOutcome> {
  let state = loaded.user;
  let version = loaded.version;
  let failures = 0;
  for (let conflicts = 0; conflicts <= MAX_CONFLICTS; ) {
    try {
      await store.write(userId, state as unknown as Record<string, unknown>, version, budget);
      return 'saved';
    } catch (error) {
      if (!(error instanceof VersionConflictError)) {
        failures += 1;
        if (failures >= MAX_FAILED_WRITES || !budgetLeaves(budget, ATTEMPT_NEEDS_MS)) return 'failed';
        continue;
      }
      conflicts += 1;
      await pause(backoffMs(conflicts, random));
      if (!budgetLeaves(budget, ATTEMPT_NEEDS_MS)) return 'failed';
      const fresher = await store.read(userId, budget).catch(() => undefined);
      if (!fresher) return 'failed';
      if (fresher.deleted) return 'deleted';
      const reading = readUserState(fresher.attributes);
      if (reading.kind !== 'ok') return 'failed';
      if (fresher.version === version + 1 && sameFacts(reading.state, state)) return 'saved';
      state = reading.state;
      version = fresher.version;
      for (const update of updates) update(state);
    }
  }
  return 'failed';
}

/** Full jitter: anywhere from 0 to a cap that doubles with each conflict, so racing turns spread out. */
function backoffMs(conflicts: number, random: () => number): number {
  return Math.floor(random() * Math.min(JITTER_CAP_MS, JITTER_BASE_MS * 2 ** conflicts));
}

function pause(ms: number): Promise<void> {
  return ms <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, ms));
}

/** Same stored facts, whatever the order of keys (a store may give a map back in another order). */
export function sameFacts(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : item,
  );
}
