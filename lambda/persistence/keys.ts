/**
 * How both stores key their items. No item is keyed by a user id itself: a user's record (and, once their data
 * is deleted, its tombstone) is keyed by HMAC-SHA256 of the id's raw UTF-16 code units, so two ids that differ
 * only in a lone surrogate never share a record (UTF-8 would turn both into U+FFFD), and a tombstone names nobody.
 * Record keys are 64 hex digits; everything else the stores keep has a '#' in its key, a namespace no record
 * key reaches, whatever the user id.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';

/** The item holding the secret of the keyed hash; created once per table or database, never expires. */
export const HASH_KEY_ITEM = 'meta#user-key';

export function newHashKey(): string {
  return randomBytes(32).toString('base64');
}

export function recordKey(hashKey: string, userId: string): string {
  return createHmac('sha256', Buffer.from(hashKey, 'base64')).update(Buffer.from(userId, 'utf16le')).digest('hex');
}

/** A copy of an unreadable record, set aside: `aside#<record key>#<timestamp>`. */
export function asideKey(record: string, stamp: string): string {
  return `${asidePrefix(record)}${stamp}`;
}

export function asidePrefix(record: string): string {
  return `aside#${record}#`;
}

/** DynamoDB only: the list of a record's set-aside copies, so purge finds them without a scan. */
export function asideIndexKey(record: string): string {
  return `asides#${record}`;
}

/**
 * Copies set aside by the retired file store, whose file names were SHA-256 of the id's UTF-8 bytes:
 * `aside#file-<sha256>#<stamp>`. Purge removes these too.
 */
export function legacyAsidePrefix(userId: string): string {
  return `aside#file-${legacyFileHash(userId)}#`;
}

export function legacyFileHash(userId: string): string {
  return createHash('sha256').update(userId, 'utf8').digest('hex');
}

export function isRecordKey(key: string): boolean {
  return /^[0-9a-f]{64}$/.test(key);
}
