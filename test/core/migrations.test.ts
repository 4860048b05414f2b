/**
 * Stored records carry their schema version and move forward one step at a time. Version 1 is the only schema
 * any build has written, so the live table is empty; the steps below are a made-up version 2 and 3, to prove the
 * path a real bump will take.
 */
import { Migration, MIGRATIONS, migrateRecord } from '../../lambda/core/migrations';
import { readUserState, snapshotOf, SNAPSHOT_PAIN_ENTRIES, USER_STATE_VERSION, UserState } from '../../lambda/core/user-state';

const V1_RECORD = {
  version: 1,
  onsetAt: '2026-11-20T10:00:00.000Z',
  pain: [{ score: 6, at: '2026-11-20T11:00:00.000Z' }],
  timeZone: 'America/New_York',
  careSessions: { sessions: [] },
};

/** A feature that needs a field every record has: version 2 adds it with its default. */
const addStretchLevel: Migration = (record) => ({ ...record, stretchLevel: 0 });
/** Version 3 renames a field: safetyCheckAt becomes redFlagsClearedAt. */
const renameSafetyCheck: Migration = (record) => {
  const { safetyCheckAt, ...rest } = record;
  return safetyCheckAt === undefined ? rest : { ...rest, redFlagsClearedAt: safetyCheckAt };
};

describe('schema migrations', () => {
  it('has a step from every older version to the current one, and none past it', () => {
    for (let version = 1; version < USER_STATE_VERSION; version += 1) expect(MIGRATIONS[version]).toBeDefined();
    expect(Object.keys(MIGRATIONS).map(Number).filter((version) => version >= USER_STATE_VERSION)).toEqual([]);
  });

  it('reads a current record without migrating it', () => {
    expect(readUserState(V1_RECORD)).toEqual({ kind: 'ok', state: V1_RECORD, migrated: false });
  });

  it('moves a version 1 record to version 2, keeping every fact and feature record, and marks it for writing', () => {
    const reading = readUserState(V1_RECORD, { version: 2, migrations: { 1: addStretchLevel } });
    expect(reading).toEqual({ kind: 'ok', migrated: true, state: { ...V1_RECORD, version: 2, stretchLevel: 0 } });
  });

  it('runs the steps in order across several versions', () => {
    const record = { ...V1_RECORD, safetyCheckAt: '2026-11-20T10:05:00.000Z' };
    const outcome = migrateRecord(record, 1, 3, { 1: addStretchLevel, 2: renameSafetyCheck });
    expect(outcome).toEqual({
      kind: 'ok',
      steps: 2,
      record: { ...V1_RECORD, version: 3, stretchLevel: 0, redFlagsClearedAt: '2026-11-20T10:05:00.000Z' },
    });
  });

  it('never changes the record it was given', () => {
    const record = structuredClone(V1_RECORD);
    migrateRecord(record, 1, 3, { 1: addStretchLevel, 2: renameSafetyCheck });
    expect(record).toEqual(V1_RECORD);
  });

  it('calls a record unreadable when a step is missing or fails, so it is kept aside rather than guessed at', () => {
    expect(readUserState(V1_RECORD, { version: 3, migrations: { 1: addStretchLevel } })).toEqual({
      kind: 'unreadable',
      reason: 'no migration from version 2',
    });
    const broken: Migration = () => {
      throw new Error('bad data');
    };
    expect(readUserState(V1_RECORD, { version: 2, migrations: { 1: broken } })).toEqual({
      kind: 'unreadable',
      reason: 'migration from version 1 failed: bad data',
    });
  });

  it('validates the migrated record like any other', () => {
    const breaksOnset: Migration = (record) => ({ ...record, onsetAt: 'tuesday' });
    expect(readUserState(V1_RECORD, { version: 2, migrations: { 1: breaksOnset } })).toEqual({ kind: 'unreadable', reason: 'bad onsetAt' });
  });

  it('leaves a record from a newer version as it is', () => {
    expect(readUserState({ ...V1_RECORD, version: 2 })).toMatchObject({ kind: 'newer', version: 2 });
    expect(migrateRecord({ ...V1_RECORD, version: 4 }, 4, 2, {})).toEqual({ kind: 'newer', version: 4 });
  });
});

describe('the session snapshot of a user', () => {
  const pain = Array.from({ length: 12 }, (_, i) => ({ score: i % 10, at: new Date(Date.UTC(2026, 10, 20, i)).toISOString() }));
  const user: UserState = {
    ...V1_RECORD,
    version: USER_STATE_VERSION,
    pain,
    disclaimerHeardAt: '2026-11-20T09:00:00.000Z',
    safetyCheckAt: '2026-11-20T09:01:00.000Z',
    careSessions: { sessions: Array.from({ length: 30 }, (_, i) => ({ id: `ice-${i}` })) },
  };

  it('keeps the facts a turn needs and the last few pain reports, and reads back as a state', () => {
    const snapshot = snapshotOf(user);
    expect(snapshot).toEqual({
      version: USER_STATE_VERSION,
      onsetAt: user.onsetAt,
      timeZone: user.timeZone,
      disclaimerHeardAt: user.disclaimerHeardAt,
      safetyCheckAt: user.safetyCheckAt,
      pain: pain.slice(-SNAPSHOT_PAIN_ENTRIES),
    });
    expect(readUserState(JSON.parse(JSON.stringify(snapshot)))).toEqual({ kind: 'ok', state: snapshot, migrated: false });
  });

  it('stays small', () => {
    expect(Buffer.byteLength(JSON.stringify(snapshotOf(user)))).toBeLessThan(400);
  });
});
