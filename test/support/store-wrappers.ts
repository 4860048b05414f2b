/** Wrappers around a real store, for fault and concurrency tests: they change when calls happen, never what they do. */
import type { SkillStore } from '../../lambda/kernel/user-store';
import type { VersionedRecord } from '../../lambda/persistence/record-store';
import type { TurnBudget } from '../../lambda/kernel/turn-budget';

export interface StoreHooks {
  beforeRead?(userId: string): Promise<void> | void;
  afterRead?(userId: string): Promise<void> | void;
  beforeWrite?(userId: string): Promise<void> | void;
}

/** Delegates every call to `inner`, running the hooks around reads and writes. */
export function hookedStore(inner: SkillStore, hooks: StoreHooks): SkillStore {
  return {
    async read(userId: string, budget?: TurnBudget): Promise<VersionedRecord> {
      await hooks.beforeRead?.(userId);
      const record = await inner.read(userId, budget);
      await hooks.afterRead?.(userId);
      return record;
    },
    async write(userId: string, attributes: Record<string, unknown>, expectedVersion: number, budget?: TurnBudget): Promise<number> {
      await hooks.beforeWrite?.(userId);
      return inner.write(userId, attributes, expectedVersion, budget);
    },
    quarantine: (userId, budget) => inner.quarantine(userId, budget),
    purge: (userId, budget) => inner.purge(userId, budget),
  };
}

/**
 * Holds every write until `parties` turns have read: two devices of one user both read the same version before
 * either writes, the race that conditional writes exist for. Arm it for one race at a time.
 */
export function raceGate(parties: number): { hooks: StoreHooks; reads: () => number } {
  let reads = 0;
  let open!: () => void;
  const allRead = new Promise<void>((resolve) => (open = resolve));
  return {
    reads: () => reads,
    hooks: {
      afterRead() {
        reads += 1;
        if (reads >= parties) open();
      },
      beforeWrite: () => allRead,
    },
  };
}
