/** Loads and saves a user's state through the record store: one read and at most one write per turn. */
import { UserState, emptyUserState, readUserState } from '../core/user-state';
import { UserRecordStore, QuarantiningStore, PurgingStore, UnreadableRecordError, VersionConflictError } from '../persistence/record-store';
import { StorageStatus, UserUpdate } from './turn';

export type SkillStore = UserRecordStore & QuarantiningStore & PurgingStore;

export interface LoadedUser {
  user: UserState;
  version: number;
  status: StorageStatus;
  /** Whatever the turn does, this state must be written (a migration, or a fresh start after a reset). */
  mustWrite: boolean;
}

const MAX_WRITE_ATTEMPTS = 2;

export async function loadUser(store: SkillStore, userId: string): Promise<LoadedUser> {
  try {
    const record = await store.read(userId);
    const reading = readUserState(record.attributes);
    if (reading.kind === 'ok') {
      return { user: reading.state, version: record.version, status: 'ok', mustWrite: reading.migrated };
    }
    // A newer build wrote it (a deployment in progress, a rollback): leave it for that build, touch nothing.
    if (reading.kind === 'newer') return unavailableUser();
    // Readable JSON that is not a state we understand: keep it aside, never overwrite it.
    return await resetUser(store, userId);
  } catch (error) {
    if (error instanceof UnreadableRecordError) return resetUser(store, userId);
    return unavailableUser();
  }
}

/** No stored facts this turn: the turn answers from what the session knows and writes nothing. */
export function unavailableUser(): LoadedUser {
  return { user: emptyUserState(), version: 0, status: 'unavailable', mustWrite: false };
}

async function resetUser(store: SkillStore, userId: string): Promise<LoadedUser> {
  try {
    await store.quarantine(userId);
    return { user: emptyUserState(), version: 0, status: 'reset', mustWrite: true };
  } catch {
    return unavailableUser();
  }
}

/**
 * Writes the turn's changes. On a version conflict (another device wrote first) the changes are replayed
 * on the fresher record, so neither update is lost. A failure is retried once, then given up: the answer
 * still goes out, and the stored record is untouched (writes are whole and conditional).
 *
 * A write whose reply was lost (a timeout after the store applied it) comes back on the retry as a conflict
 * with our own record: that counts as written, rather than replaying the changes a second time.
 */
export async function saveUser(
  store: SkillStore,
  userId: string,
  loaded: { user: UserState; version: number },
  updates: readonly UserUpdate[],
): Promise<boolean> {
  let state = loaded.user;
  let version = loaded.version;
  for (let attempt = 1; attempt <= MAX_WRITE_ATTEMPTS; attempt += 1) {
    try {
      await store.write(userId, state as unknown as Record<string, unknown>, version);
      return true;
    } catch (error) {
      if (attempt === MAX_WRITE_ATTEMPTS) return false;
      if (error instanceof VersionConflictError) {
        const fresher = await loadUser(store, userId).catch(() => undefined);
        if (!fresher || fresher.status !== 'ok') return false;
        if (fresher.version === version + 1 && sameFacts(fresher.user, state)) return true;
        state = fresher.user;
        version = fresher.version;
        for (const update of updates) update(state);
      }
    }
  }
  return false;
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
