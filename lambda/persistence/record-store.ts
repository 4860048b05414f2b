/**
 * The storage contract both stores (DynamoDB, local files) implement: one record per user, guarded by a
 * version number so two requests for the same user cannot silently overwrite each other.
 */

export interface VersionedRecord {
  attributes: Record<string, unknown>;
  /** 0 = no record yet. */
  version: number;
}

export interface UserRecordStore {
  /** Throws UnreadableRecordError when a record exists but cannot be understood. */
  read(userId: string): Promise<VersionedRecord>;
  /** Writes only if the stored version still equals expectedVersion; returns the new version. Throws VersionConflictError otherwise. */
  write(userId: string, attributes: Record<string, unknown>, expectedVersion: number): Promise<number>;
  delete(userId: string): Promise<void>;
}

export interface QuarantiningStore {
  /** Moves the user's stored record aside (kept, not deleted) so the user can start fresh. No record: does nothing. */
  quarantine(userId: string): Promise<void>;
}

export interface PurgingStore {
  /**
   * Deletes everything stored about the user: the record and any copies quarantine kept aside (the user's data
   * deletion request, e.g. disabling the skill). No data: does nothing.
   */
  purge(userId: string): Promise<void>;
}

export class VersionConflictError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'VersionConflictError';
  }
}

/** A stored record exists but is not a valid record; `raw` is its text, kept for whoever rescues it. */
export class UnreadableRecordError extends Error {
  readonly raw: string;
  constructor(message: string, raw: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'UnreadableRecordError';
    this.raw = raw;
  }
}

/** The store did not answer in time; the skill must still answer Alexa within 8 s. */
export class StoreTimeoutError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'StoreTimeoutError';
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isStoredVersion(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
}

export function assertUserId(userId: unknown): asserts userId is string {
  if (typeof userId !== 'string' || userId.length === 0) throw new Error('user id must be a non-empty string');
}

export function assertExpectedVersion(version: unknown): asserts version is number {
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
    throw new Error(`expected version must be a whole number >= 0, got ${String(version)}`);
  }
}

/**
 * Both stores keep what JSON keeps (Dates become strings, undefined fields vanish), so a record reads back
 * the same from DynamoDB as from a file. Throws on values JSON cannot carry faithfully (NaN, BigInt, cycles).
 */
export function toStorableAttributes(attributes: Record<string, unknown>): Record<string, unknown> {
  if (!isPlainObject(attributes)) throw new TypeError('attributes must be a plain object');
  const text = JSON.stringify(attributes, rejectNonFinite);
  const copy: unknown = JSON.parse(text);
  if (!isPlainObject(copy)) throw new TypeError('attributes must serialize to a JSON object');
  return copy;
}

function rejectNonFinite(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError(`cannot store the number ${value}`);
  return value;
}

/** Sortable, file-name-safe UTC time to the millisecond, e.g. 20250102T030405678Z. */
export function quarantineTimestamp(now: Date = new Date()): string {
  return now.toISOString().replace(/[-:.]/g, '');
}
