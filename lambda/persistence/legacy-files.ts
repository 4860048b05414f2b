/**
 * The embedded store used to be a folder of JSON files: `<sha256 of the user id>.json` records, set-aside copies
 * `<sha256>.unreadable-<stamp>.json`, `<sha256>.lock` locks and `<sha256>.json.<pid>-<hex>.tmp` temp files. When
 * the SQLite store opens a folder that still has them, their records move into the database in one transaction,
 * then the files are deleted. Keys are derived from the files, so two processes migrating at once insert the
 * same rows (the second insert is ignored), and a migration cut short is finished by the next open.
 */
import { readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { asideKey, legacyFileHash, recordKey } from './keys';
import { isPlainObject, isStoredVersion, quarantineTimestamp, recordExpiry } from './record-store';

const RECORD = /^([0-9a-f]{64})\.json$/;
const ASIDE = /^([0-9a-f]{64})\.unreadable-([0-9TZ-]+)\.json$/;
const LEFTOVER = /^[0-9a-f]{64}\.(lock|json\.[0-9]+-[0-9a-f]+\.tmp)$/;

export interface MigrationContext {
  hashKey: string;
  now: number;
}

/** Returns how many files were moved into the database or removed. */
export function migrateLegacyFiles(db: Database.Database, dataDir: string, context: MigrationContext): number {
  const names = readdirSync(dataDir).filter((name) => RECORD.test(name) || ASIDE.test(name) || LEFTOVER.test(name));
  if (names.length === 0) return 0;
  const insert = db.prepare('INSERT OR IGNORE INTO items (id, version, body, deleted, expires_at) VALUES (?, ?, ?, 0, ?)');
  db.transaction(() => {
    for (const name of names) {
      const file = readIfThere(join(dataDir, name));
      if (!file) continue;
      const record = RECORD.exec(name);
      const aside = ASIDE.exec(name);
      if (record) {
        const parsed = parseRecord(file.text, record[1]);
        if (parsed) insert.run(recordKey(context.hashKey, parsed.id), parsed.version, parsed.body, recordExpiry(file.mtimeMs));
        // Unreadable, or not the user its name says: kept aside as it was, as the file store would have done.
        else insert.run(legacyAside(record[1], quarantineTimestamp(new Date(file.mtimeMs))), 0, file.text, recordExpiry(context.now));
      } else if (aside) {
        insert.run(legacyAside(aside[1], aside[2]), 0, file.text, recordExpiry(context.now));
      }
    }
  }).immediate();
  // Only after the rows are committed: a crash before this line leaves files that the next open migrates again.
  for (const name of names) unlinkIfThere(join(dataDir, name));
  return names.length;
}

function legacyAside(fileHash: string, stamp: string): string {
  return asideKey(`file-${fileHash}`, stamp);
}

function parseRecord(text: string, fileHash: string): { id: string; version: number; body: string } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isPlainObject(parsed) || typeof parsed.id !== 'string' || legacyFileHash(parsed.id) !== fileHash) return undefined;
  if (!isStoredVersion(parsed.version) || !isPlainObject(parsed.attributes)) return undefined;
  return { id: parsed.id, version: parsed.version, body: JSON.stringify(parsed.attributes) };
}

function readIfThere(path: string): { text: string; mtimeMs: number } | undefined {
  try {
    return { mtimeMs: statSync(path).mtimeMs, text: readFileSync(path, 'utf8') };
  } catch (error) {
    if (isMissing(error)) return undefined; // another process migrated it meanwhile
    throw error;
  }
}

function unlinkIfThere(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}
