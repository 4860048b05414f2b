/**
 * Schema versions of the stored user record, and the steps that bring an older record forward.
 *
 * Every record carries `version`, the schema it was written in (USER_STATE_VERSION in user-state.ts), and the
 * skill only ever writes the current one. Reading a record runs every step from its version up to the current
 * one, then validates the result as the current schema; a migrated record is written back on that turn.
 *
 * When to bump the version: when an older record would mean something else, or fail to validate, under the new
 * code (a field renamed, re-shaped or given another unit; a required field added). Then add USER_STATE_VERSION's
 * old value here as a key, with the step that turns such a record into the next version's shape. Not for a new
 * optional field, nor for a feature's own record under its own key (see UserState): code reads those as absent
 * on older records, so no step is needed and no version is spent.
 *
 * A record from a newer version (a newer build wrote it, and an older one is still serving during a deployment
 * or after a rollback) is never migrated backwards, quarantined or overwritten: see readUserState.
 *
 * Steps are pure and total: they get a plain JSON object (what the store returned) and return a new one, never
 * mutating their input. A step that throws makes the record unreadable (kept aside, never overwritten).
 */

export type RawRecord = Record<string, unknown>;
export type Migration = (record: Readonly<RawRecord>) => RawRecord;

/**
 * MIGRATIONS[n] turns a version-n record into a version-(n + 1) one. Version 1 is the first schema any build
 * wrote (every record has carried `version` from the start), so there is no step yet.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type MigrationOutcome =
  | { kind: 'ok'; record: RawRecord; steps: number }
  | { kind: 'newer'; version: number }
  | { kind: 'failed'; reason: string };

/** Brings a record of version `from` to version `to` through `steps`; never throws. */
export function migrateRecord(
  record: Readonly<RawRecord>,
  from: number,
  to: number,
  steps: Readonly<Record<number, Migration>> = MIGRATIONS,
): MigrationOutcome {
  if (from > to) return { kind: 'newer', version: from };
  let current: RawRecord = { ...record };
  for (let version = from; version < to; version += 1) {
    const step = steps[version];
    if (!step) return { kind: 'failed', reason: `no migration from version ${version}` };
    try {
      const next: unknown = step(current);
      if (typeof next !== 'object' || next === null || Array.isArray(next)) {
        return { kind: 'failed', reason: `migration from version ${version} gave no record` };
      }
      current = { ...(next as RawRecord), version: version + 1 };
    } catch (error) {
      return { kind: 'failed', reason: `migration from version ${version} failed: ${(error as Error)?.message ?? String(error)}` };
    }
  }
  return { kind: 'ok', record: current, steps: to - from };
}
