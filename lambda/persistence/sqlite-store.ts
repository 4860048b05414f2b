/**
 * The embedded store (no SKILL_TABLE): SQLite through better-sqlite3, one database in SKILL_DATA_DIR
 * (`skill.sqlite`, with its -wal and -shm files). One table keyed like the DynamoDB table (keys.ts); WAL mode and
 * a busy timeout let several processes share the folder; every read-compare-write, quarantine and purge is one
 * IMMEDIATE transaction, so it is whole or not at all, even when the process is killed half way.
 *
 * secure_delete overwrites freed bytes, and a purge ends with a WAL checkpoint that truncates the log, so once
 * purge() resolves no byte of the user's data is left in the database files.
 *
 * Loaded only when no DynamoDB table is configured (index.ts requires it lazily). In the built skill better-sqlite3's
 * JavaScript is one file beside the bundle (scripts/bundle.mjs), and its native addon is found by its path, never by
 * the `bindings` package's search of the disk: 3-4 ms of the embedded store's cold start instead of 9-12 ms for its
 * dozen files from node_modules, measured here. Lambda (always with a table) loads neither.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { callAllowanceMs, TurnBudget } from '../kernel/turn-budget';
import { RecordStoreAdapter } from './adapter-base';
import { asideKey, asidePrefix, HASH_KEY_ITEM, legacyAsidePrefix, newHashKey, recordKey } from './keys';
import { migrateLegacyFiles } from './legacy-files';
import {
  StoreClock,
  StoreTimeoutError,
  UnreadableRecordError,
  VersionConflictError,
  VersionedRecord,
  assertExpectedVersion,
  assertUserId,
  isPlainObject,
  isRefreshDue,
  isStoredVersion,
  quarantineTimestamp,
  recordExpiry,
  toStorableAttributes,
  tombstoneExpiry,
} from './record-store';

export const DATABASE_FILE = 'skill.sqlite';
/** Longest a call waits for another process's transaction (they take microseconds) outside a turn's budget. */
export const DEFAULT_BUSY_TIMEOUT_MS = 2000;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface SqliteRecordStoreOptions {
  clock?: StoreClock;
  busyTimeoutMs?: number;
  /** Purge expired records every day while open (a long-running process); off for short-lived ones. */
  dailyPurge?: boolean;
}

interface Row {
  version: number;
  body: string | null;
  deleted: number;
  expires_at: number | null;
}

/** The native addon's file (scripts/bundle-options.js keeps it external), found as Node finds any module. */
const sqliteAddon = (): string => require.resolve('better-sqlite3/build/Release/better_sqlite3.node');

/** Raise it with every change to SCHEMA (kept in the database's user_version). */
const SCHEMA_VERSION = 1;
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS items (
    id TEXT PRIMARY KEY NOT NULL,
    version INTEGER NOT NULL,
    body TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    expires_at INTEGER
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS items_by_expiry ON items (expires_at) WHERE expires_at IS NOT NULL;
`;

export class SqliteRecordStore extends RecordStoreAdapter {
  private readonly db: Database.Database;
  private readonly now: StoreClock;
  private readonly busyTimeoutMs: number;
  private busyTimeoutSet = -1;
  private readonly hashKey: string;
  private readonly dailyPurge?: NodeJS.Timeout;
  private readonly statements: ReturnType<typeof prepare>;

  constructor(
    readonly dataDir: string,
    options: SqliteRecordStoreOptions = {},
  ) {
    super();
    if (!dataDir) throw new Error('dataDir is required');
    this.now = options.clock ?? Date.now;
    this.busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, DATABASE_FILE), { timeout: this.busyTimeoutMs, nativeBinding: sqliteAddon() });
    try {
      this.db.pragma('journal_mode = WAL');
      // A killed process loses nothing committed (WAL); only a power cut could lose the last commits.
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('secure_delete = ON');
      // The schema is written once per database: an open of a current one neither parses it nor writes it again.
      if (this.db.pragma('user_version', { simple: true }) !== SCHEMA_VERSION) {
        this.db
          .transaction(() => {
            this.db.exec(SCHEMA);
            this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
          })
          .immediate();
      }
      this.statements = prepare(this.db);
      this.hashKey = this.readHashKey();
      migrateLegacyFiles(this.db, dataDir, { hashKey: this.hashKey, now: this.now() });
      this.purgeExpired();
    } catch (error) {
      this.db.close();
      throw error;
    }
    if (options.dailyPurge) {
      this.dailyPurge = setInterval(() => this.purgeExpiredQuietly(), DAY_MS);
      this.dailyPurge.unref();
    }
  }

  async read(userId: string, budget?: TurnBudget): Promise<VersionedRecord> {
    assertUserId(userId);
    return this.guarded(budget, () => {
      const row = this.statements.get.get(this.keyOf(userId)) as Row | undefined;
      return row ? this.toRecord(row) : { attributes: {}, version: 0 };
    });
  }

  async write(userId: string, attributes: Record<string, unknown>, expectedVersion: number, budget?: TurnBudget): Promise<number> {
    assertUserId(userId);
    assertExpectedVersion(expectedVersion);
    const body = JSON.stringify(toStorableAttributes(attributes));
    const key = this.keyOf(userId);
    return this.guarded(budget, () =>
      this.db
        .transaction(() => {
          const row = this.statements.get.get(key) as Row | undefined;
          const stored = row?.version ?? 0;
          if (stored !== expectedVersion) {
            throw new VersionConflictError(`record of user is at version ${stored}, not ${expectedVersion}`);
          }
          if (row && !row.deleted && isLive(row, this.now()) && parseBody(row.body) === undefined) {
            throw new VersionConflictError('stored record is unreadable; quarantine it first');
          }
          this.statements.put.run(key, expectedVersion + 1, body, recordExpiry(this.now()));
          return expectedVersion + 1;
        })
        .immediate(),
    );
  }

  /** Moves the record to `aside#<key>#<timestamp>`, bytes untouched, and frees the user to start fresh. */
  async quarantine(userId: string, budget?: TurnBudget): Promise<void> {
    assertUserId(userId);
    const key = this.keyOf(userId);
    this.guarded(budget, () =>
      this.db
        .transaction(() => {
          const row = this.statements.get.get(key) as Row | undefined;
          if (!row || row.deleted) return;
          const stamp = quarantineTimestamp(new Date(this.now()));
          for (let n = 1; ; n++) {
            const aside = asideKey(key, n === 1 ? stamp : `${stamp}-${n}`);
            if (this.statements.get.get(aside)) continue; // same millisecond as an earlier quarantine
            this.statements.insert.run(aside, row.version, row.body, recordExpiry(this.now()));
            break;
          }
          this.statements.remove.run(key);
        })
        .immediate(),
    );
  }

  /** The record and every set-aside copy go, a tombstone takes the record's place; then the WAL is truncated. */
  async purge(userId: string, budget?: TurnBudget): Promise<void> {
    assertUserId(userId);
    const key = this.keyOf(userId);
    this.guarded(budget, () => {
      this.db
        .transaction(() => {
          const row = this.statements.get.get(key) as Row | undefined;
          this.statements.tombstone.run(key, (row?.version ?? 0) + 1, tombstoneExpiry(this.now()));
          for (const prefix of [asidePrefix(key), legacyAsidePrefix(userId)]) {
            this.statements.removeRange.run(prefix, rangeEnd(prefix));
          }
        })
        .immediate();
      this.truncateLog();
    });
  }

  /** Deletes every record, copy and tombstone past its expiry. Runs at open, and daily with `dailyPurge`. */
  purgeExpired(): number {
    const { changes } = this.statements.removeExpired.run(Math.floor(this.now() / 1000));
    if (changes > 0) this.truncateLog();
    return changes;
  }

  close(): void {
    clearInterval(this.dailyPurge);
    if (this.db.open) this.db.close();
  }

  private purgeExpiredQuietly(): void {
    try {
      this.purgeExpired();
    } catch {
      // Busy or closed: tomorrow's run, or the next open, deletes them.
    }
  }

  /** Copies of deleted pages live on in the WAL until a checkpoint; TRUNCATE also empties the file. */
  private truncateLog(): void {
    for (let attempt = 0; attempt < 20; attempt++) {
      const [result] = this.db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>;
      if (result?.busy === 0) return;
    }
    throw new StoreTimeoutError('another process kept the write-ahead log busy; the deletion is not yet complete');
  }

  private toRecord(row: Row): VersionedRecord {
    if (row.deleted) return { attributes: {}, version: row.version, deleted: true };
    if (!isLive(row, this.now())) return { attributes: {}, version: row.version };
    const raw = row.body ?? '';
    if (!isStoredVersion(row.version)) throw new UnreadableRecordError('stored record has no valid version', raw);
    const attributes = parseBody(row.body);
    if (!attributes) throw new UnreadableRecordError('stored record is not a JSON object', raw);
    const record: VersionedRecord = { attributes, version: row.version };
    if (row.expires_at !== null && isRefreshDue(row.expires_at, this.now())) record.refreshDue = true;
    return record;
  }

  private keyOf(userId: string): string {
    return recordKey(this.hashKey, userId);
  }

  private readHashKey(): string {
    // Read before writing: an open of an existing database then neither writes nor draws a new random key.
    const existing = this.statements.get.get(HASH_KEY_ITEM) as Row | undefined;
    if (existing?.body) return existing.body;
    this.statements.insertMeta.run(HASH_KEY_ITEM, newHashKey());
    const row = this.statements.get.get(HASH_KEY_ITEM) as Row | undefined;
    if (!row?.body) throw new Error('the store has no user key');
    return row.body;
  }

  /** Each call waits for other processes at most what is left of the turn's budget. */
  private guarded<T>(budget: TurnBudget | undefined, work: () => T): T {
    const waitMs = Math.floor(callAllowanceMs(budget, this.busyTimeoutMs));
    if (waitMs <= 0) throw new StoreTimeoutError('the turn has no time left for the store');
    if (waitMs !== this.busyTimeoutSet) {
      this.db.pragma(`busy_timeout = ${waitMs}`);
      this.busyTimeoutSet = waitMs;
    }
    try {
      return work();
    } catch (error) {
      if (isBusy(error)) throw new StoreTimeoutError(`the database stayed locked for ${waitMs} ms`, { cause: error });
      throw error;
    }
  }
}

function prepare(db: Database.Database) {
  return {
    get: db.prepare('SELECT version, body, deleted, expires_at FROM items WHERE id = ?'),
    put: db.prepare(
      `INSERT INTO items (id, version, body, deleted, expires_at) VALUES (?, ?, ?, 0, ?)
       ON CONFLICT (id) DO UPDATE SET version = excluded.version, body = excluded.body, deleted = 0, expires_at = excluded.expires_at`,
    ),
    insert: db.prepare('INSERT INTO items (id, version, body, deleted, expires_at) VALUES (?, ?, ?, 0, ?)'),
    insertMeta: db.prepare('INSERT OR IGNORE INTO items (id, version, body, deleted, expires_at) VALUES (?, 1, ?, 0, NULL)'),
    tombstone: db.prepare(
      `INSERT INTO items (id, version, body, deleted, expires_at) VALUES (?, ?, NULL, 1, ?)
       ON CONFLICT (id) DO UPDATE SET version = excluded.version, body = NULL, deleted = 1, expires_at = excluded.expires_at`,
    ),
    remove: db.prepare('DELETE FROM items WHERE id = ?'),
    removeRange: db.prepare('DELETE FROM items WHERE id >= ? AND id < ?'),
    removeExpired: db.prepare('DELETE FROM items WHERE expires_at IS NOT NULL AND expires_at <= ?'),
  };
}

/** Keys that start with `prefix`, which ends in '#': up to (not including) the same text ending in '$'. */
function rangeEnd(prefix: string): string {
  return `${prefix.slice(0, -1)}$`;
}

function isLive(row: Row, nowMs: number): boolean {
  return row.expires_at === null || row.expires_at * 1000 > nowMs;
}

function parseBody(body: string | null): Record<string, unknown> | undefined {
  if (body === null) return undefined;
  try {
    const parsed: unknown = JSON.parse(body);
    return isPlainObject(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function isBusy(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
}
