/** The embedded store: SQLite through better-sqlite3, one database file in the data folder. */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RequestEnvelope } from 'ask-sdk-model';
import Database from 'better-sqlite3';
import { DATABASE_FILE, SqliteRecordStore } from '../../lambda/persistence/sqlite-store';
import { StoreTimeoutError, UnreadableRecordError, VersionConflictError } from '../../lambda/persistence/record-store';
import { SqliteInspector } from '../support/sqlite-inspect';

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
const DAY = 86_400_000;
const T0 = Date.parse('2026-11-21T15:00:00Z');

function envelopeFor(userId: string): RequestEnvelope {
  return { context: { System: { user: { userId } } } } as unknown as RequestEnvelope;
}

describe('SqliteRecordStore', () => {
  let dir: string;
  let now: number;
  let store: SqliteRecordStore;
  let inspector: SqliteInspector;
  const user = 'amzn1.ask.account.TESTUSER';
  const open = (options = {}) => new SqliteRecordStore(dir, { clock: () => now, ...options });

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sqlite-store-'));
    now = T0;
    store = open();
    inspector = new SqliteInspector(dir);
  });

  afterEach(async () => {
    inspector.close();
    store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a missing user as version 0 with no attributes', async () => {
    await expect(store.read(user)).resolves.toEqual({ attributes: {}, version: 0 });
  });

  it('round-trips attributes and counts versions up, in WAL mode with secure_delete on', async () => {
    const attributes = { onsetAt: '2025-01-02T03:04:05.000Z', pain: [{ score: 7 }], heard: true, none: null };
    await expect(store.write(user, attributes, 0)).resolves.toBe(1);
    await expect(store.read(user)).resolves.toEqual({ attributes, version: 1 });
    await expect(store.write(user, { pain: [] }, 1)).resolves.toBe(2);
    await expect(store.read(user)).resolves.toEqual({ attributes: { pain: [] }, version: 2 });
    const db = new Database(join(dir, DATABASE_FILE), { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      db.close();
    }
    expect((await readdir(dir)).filter((name) => !name.startsWith(DATABASE_FILE))).toEqual([]);
  });

  it('keys no row by the user id: the record is under a keyed hash, which differs between databases', async () => {
    await store.write(user, { a: 1 }, 0);
    const ids = inspector.all().map((row) => row.id);
    expect(ids.some((id) => id.includes(user))).toBe(false);
    expect(inspector.record(user)?.id).toMatch(/^[0-9a-f]{64}$/);
    const otherDir = await mkdtemp(join(tmpdir(), 'sqlite-store-'));
    const other = new SqliteRecordStore(otherDir);
    const otherInspector = new SqliteInspector(otherDir);
    try {
      expect(otherInspector.keyOf(user)).not.toBe(inspector.keyOf(user));
    } finally {
      otherInspector.close();
      other.close();
      await rm(otherDir, { recursive: true, force: true });
    }
  });

  it('keeps ids apart that differ only in a lone surrogate (hashed from UTF-16 code units, not UTF-8)', async () => {
    const first = 'amzn1.ask.account.\uD800';
    const second = 'amzn1.ask.account.\uDBFF';
    expect(Buffer.from(first, 'utf8')).toEqual(Buffer.from(second, 'utf8')); // UTF-8 would make them one
    await store.write(first, { who: 'first' }, 0);
    await expect(store.read(second)).resolves.toEqual({ attributes: {}, version: 0 });
    await store.write(second, { who: 'second' }, 0);
    await expect(store.read(first)).resolves.toEqual({ attributes: { who: 'first' }, version: 1 });
  });

  it('is durable: a second instance on the same folder reads what the first wrote', async () => {
    await store.write(user, { kept: 'yes' }, 0);
    const second = open();
    try {
      await expect(second.read(user)).resolves.toEqual({ attributes: { kept: 'yes' }, version: 1 });
    } finally {
      second.close();
    }
  });

  it('opens an existing database without writing to it: the schema and the user key are read, not written again', async () => {
    await store.write(user, { kept: 'yes' }, 0);
    const raw = new Database(join(dir, DATABASE_FILE));
    try {
      // data_version moves whenever another connection commits a change to the file.
      const before = raw.pragma('data_version', { simple: true });
      const second = open();
      second.close();
      expect(raw.pragma('data_version', { simple: true })).toBe(before);
      expect(raw.pragma('user_version', { simple: true })).toBe(1);
    } finally {
      raw.close();
    }
  });

  it('lets only one of concurrent writers with the same expected version win, across instances too', async () => {
    const other = open();
    try {
      for (const expected of [0, 1]) {
        const results = await Promise.allSettled([
          store.write(user, { writer: 'a' }, expected),
          other.write(user, { writer: 'b' }, expected),
          store.write(user, { writer: 'c' }, expected),
        ]);
        const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        expect(lost).toHaveLength(2);
        for (const { reason } of lost) expect(reason).toBeInstanceOf(VersionConflictError);
        expect((await store.read(user)).version).toBe(expected + 1);
      }
    } finally {
      other.close();
    }
  });

  it('refuses a stale version and a first write over an existing record', async () => {
    await store.write(user, { v: 1 }, 0);
    await store.write(user, { v: 2 }, 1);
    await expect(store.write(user, { v: 'stale' }, 1)).rejects.toBeInstanceOf(VersionConflictError);
    await expect(store.write(user, { v: 'fresh' }, 0)).rejects.toBeInstanceOf(VersionConflictError);
    await expect(store.read(user)).resolves.toEqual({ attributes: { v: 2 }, version: 2 });
  });

  it('rejects bad arguments before touching the database', async () => {
    await expect(store.read('')).rejects.toThrow('user id');
    await expect(store.read('x'.repeat(5000))).rejects.toThrow('user id');
    await expect(store.write(user, { a: 1 }, -1)).rejects.toThrow('expected version');
    await expect(store.write(user, { a: 1 }, 1.5)).rejects.toThrow('expected version');
    await expect(store.write(user, { n: Number.NaN }, 0)).rejects.toThrow('cannot store');
    expect(inspector.record(user)).toBeUndefined();
  });

  describe('an unreadable record', () => {
    it.each([
      ['truncated JSON', '{"onsetAt":"2026-11-2'],
      ['JSON that is not an object', '[1,2]'],
      ['an empty text', ''],
    ])('%s: read throws UnreadableRecordError carrying the raw text', async (_what, body) => {
      inspector.plant(user, body, 3);
      const error: unknown = await store.read(user).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnreadableRecordError);
      expect((error as UnreadableRecordError).raw).toBe(body);
    });

    it('is never overwritten by a write, versioned or through ASK', async () => {
      inspector.plant(user, '{"broken', 3);
      await expect(store.write(user, { a: 1 }, 3)).rejects.toBeInstanceOf(VersionConflictError);
      await expect(store.write(user, { a: 1 }, 0)).rejects.toBeInstanceOf(VersionConflictError);
      await expect(store.saveAttributes(envelopeFor(user), { a: 1 })).rejects.toBeInstanceOf(UnreadableRecordError);
      expect(inspector.record(user)?.body).toBe('{"broken');
    });

    it('is kept as it was by quarantine, under a key no user id reaches, and the user starts fresh', async () => {
      inspector.plant(user, '{"first', 3);
      await store.quarantine(user);
      inspector.plant(user, '{"second, same millisecond', 1);
      await store.quarantine(user);
      expect(inspector.asides(user)).toEqual(['{"first', '{"second, same millisecond']);
      const asideIds = inspector.all().map((row) => row.id).filter((id) => id.startsWith('aside#'));
      expect(asideIds).toEqual([
        `aside#${inspector.keyOf(user)}#20261121T150000000Z`,
        `aside#${inspector.keyOf(user)}#20261121T150000000Z-2`,
      ]);
      await expect(store.read(user)).resolves.toEqual({ attributes: {}, version: 0 });
      await expect(store.write(user, { fresh: true }, 0)).resolves.toBe(1);
    });
  });

  it('quarantining a user without a record does nothing', async () => {
    const before = inspector.all();
    await store.quarantine(user);
    expect(inspector.all()).toEqual(before);
  });

  it('gives up with StoreTimeoutError while another process holds the database, and goes on at once after', async () => {
    const impatient = open({ busyTimeoutMs: 50 });
    const holder = new Database(join(dir, DATABASE_FILE));
    try {
      holder.exec('BEGIN IMMEDIATE');
      await expect(impatient.write(user, { a: 1 }, 0)).rejects.toBeInstanceOf(StoreTimeoutError);
      holder.exec('ROLLBACK');
      await expect(impatient.write(user, { a: 1 }, 0)).resolves.toBe(1);
    } finally {
      holder.close();
      impatient.close();
    }
  });

  it('serves ASK through getAttributes, saveAttributes and deleteAttributes (which purges)', async () => {
    const envelope = envelopeFor(user);
    await expect(store.getAttributes(envelope)).resolves.toEqual({});
    await store.saveAttributes(envelope, { first: 1 });
    await store.saveAttributes(envelope, { second: 2 });
    await expect(store.getAttributes(envelope)).resolves.toEqual({ second: 2 });
    expect((await store.read(user)).version).toBe(2);
    await store.deleteAttributes(envelope);
    await expect(store.getAttributes(envelope)).resolves.toEqual({});
    expect(inspector.record(user)?.deleted).toBe(1);
  });

  describe('expiry', () => {
    it('a record nobody wrote for 60 days is gone at the next open, and reads as gone before that', async () => {
      await store.write(user, { old: true }, 0);
      await store.write('amzn1.ask.account.RECENT', { recent: true }, 0);
      now = T0 + 30 * DAY;
      await store.write('amzn1.ask.account.RECENT', { recent: 'still' }, 1);
      now = T0 + 60 * DAY;
      await expect(store.read(user)).resolves.toEqual({ attributes: {}, version: 1 });
      const reopened = open();
      try {
        expect(inspector.record(user)).toBeUndefined();
        await expect(reopened.read('amzn1.ask.account.RECENT')).resolves.toEqual({ attributes: { recent: 'still' }, version: 2, refreshDue: true });
      } finally {
        reopened.close();
      }
    });

    it('a long-running process purges daily', async () => {
      jest.useFakeTimers({ now: T0, doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate'] });
      const running = open({ dailyPurge: true });
      try {
        await running.write(user, { old: true }, 0);
        now = T0 + 61 * DAY;
        jest.advanceTimersByTime(DAY);
        expect(inspector.record(user)).toBeUndefined();
      } finally {
        running.close();
        jest.useRealTimers();
      }
    });

    it('asks for a refresh write once the record is a day old, so a record in use never expires', async () => {
      await store.write(user, { a: 1 }, 0);
      now = T0 + DAY - 1;
      expect((await store.read(user)).refreshDue).toBeUndefined();
      now = T0 + DAY + 1;
      expect((await store.read(user)).refreshDue).toBe(true);
      await store.write(user, { a: 1 }, 1);
      expect((await store.read(user)).refreshDue).toBeUndefined();
    });
  });

  describe('migration of the retired file store', () => {
    it('moves JSON records and set-aside copies into the database on first open, and removes every file, lock and temp file', async () => {
      const legacyDir = await mkdtemp(join(tmpdir(), 'legacy-'));
      const alice = 'amzn1.ask.account.ALICE';
      const bob = 'amzn1.ask.account.BOB';
      const file = (id: string, suffix = '.json') => join(legacyDir, `${sha256(id)}${suffix}`);
      await writeFile(file(alice), JSON.stringify({ id: alice, version: 4, attributes: { onsetAt: '2026-11-20T08:00:00.000Z' } }));
      await writeFile(file(bob), '{"id":"amzn1.ask.account.BOB","version":2,"attri');
      await writeFile(file(alice, '.unreadable-20261101T000000000Z.json'), 'old broken copy');
      await writeFile(file(alice, '.lock'), '12345');
      await writeFile(file(alice, '.json.4242-abcdef012345.tmp'), '{"half":');
      await writeFile(join(legacyDir, 'notes.txt'), 'not ours');
      const recent = new Date(T0 - DAY);
      await utimes(file(alice), recent, recent);
      const migrated = new SqliteRecordStore(legacyDir, { clock: () => now });
      const look = new SqliteInspector(legacyDir);
      try {
        expect((await readdir(legacyDir)).filter((name) => !name.startsWith(DATABASE_FILE)).sort()).toEqual(['notes.txt']);
        await expect(migrated.read(alice)).resolves.toEqual({ attributes: { onsetAt: '2026-11-20T08:00:00.000Z' }, version: 4 });
        // Bob's unreadable file is set aside as it was; Bob starts fresh.
        await expect(migrated.read(bob)).resolves.toEqual({ attributes: {}, version: 0 });
        const asides = look.all().filter((row) => row.id.startsWith('aside#file-'));
        expect(asides.map((row) => row.body).sort()).toEqual(['old broken copy', '{"id":"amzn1.ask.account.BOB","version":2,"attri']);
        // A purge finds the migrated copies too.
        await migrated.purge(alice);
        await migrated.purge(bob);
        expect(look.all().filter((row) => row.id.startsWith('aside#'))).toEqual([]);
        expect(await readFile(join(legacyDir, 'notes.txt'), 'utf8')).toBe('not ours');
      } finally {
        look.close();
        migrated.close();
        await rm(legacyDir, { recursive: true, force: true });
      }
    });
  });
});
