/**
 * The storage contract both stores (DynamoDB, embedded SQLite) implement: one record per user, guarded by a
 * version number so two requests for the same user cannot silently overwrite each other.
 *
 * Deleting a user's data leaves a tombstone in place of the record: no data, a higher version (so a write
 * prepared before the deletion fails its condition) and a one-day expiry. A record nobody wrote for
 * RECORD_LIFETIME_DAYS is deleted by the store (DynamoDB TTL, or the embedded store's purge).
 */

import type { TurnBudget } from '../kernel/turn-budget';

export const RECORD_LIFETIME_DAYS = 60;
export const TOMBSTONE_LIFETIME_DAYS = 1;
/** A record read this much after its last write should be written again, to keep it from expiring while in use. */
export const REFRESH_AFTER_MS = 24 * 60 * 60 * 1000;
export const DAY_SECONDS = 24 * 60 * 60;

export interface VersionedRecord {
  attributes: Record<string, unknown>;
  /** 0 = nothing stored yet. */
  version: number;
  /** Present (true) when the user's data was deleted: attributes are empty, and a write at `version` starts anew. */
  deleted?: true;
  /** Present (true) when the record was last written over a day ago: a write keeps it from expiring. */
  refreshDue?: true;
}

/** Epoch milliseconds: the stores' idea of now, injectable so tests can pin it. */
export type StoreClock = () => number;

/**
 * Every call takes the turn's budget (kernel/turn-budget): inside a turn it may take what is left of it, and a
 * store that forwards calls must pass it on. Outside a turn (tools, tests) there is none, and the store's own limit
 * holds.
 */
export interface UserRecordStore {
  /** Throws UnreadableRecordError when a record exists but cannot be understood. */
  read(userId: string, budget?: TurnBudget): Promise<VersionedRecord>;
  /**
   * Writes only if the stored version still equals expectedVersion; returns the new version. Throws
   * VersionConflictError otherwise (including when the user's data was deleted after the read).
   */
  write(userId: string, attributes: Record<string, unknown>, expectedVersion: number, budget?: TurnBudget): Promise<number>;
}

export interface QuarantiningStore {
  /** Moves the user's stored record aside (kept, not deleted) so the user can start fresh. No record: does nothing. */
  quarantine(userId: string, budget?: TurnBudget): Promise<void>;
}

export interface PurgingStore {
  /**
   * THE one way to delete a user's data (SkillDisabled, "forget me", ASK's deleteAttributes): the record and every
   * copy quarantine kept aside go, and a tombstone keyed by a keyed hash of the user id stays for a day, so a
   * turn still in flight cannot write the record back. When it resolves, none of the user's data is left on disk.
   * Safe to repeat.
   */
  purge(userId: string, budget?: TurnBudget): Promise<void>;
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

/** Alexa's ids are about 200 characters; anything far longer is not one. */
export const MAX_USER_ID_LENGTH = 4096;

export function assertUserId(userId: unknown): asserts userId is string {
  if (typeof userId !== 'string' || userId.length === 0 || userId.length > MAX_USER_ID_LENGTH) {
    throw new Error(`user id must be a string of 1 to ${MAX_USER_ID_LENGTH} characters`);
  }
}

export function assertExpectedVersion(version: unknown): asserts version is number {
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
    throw new Error(`expected version must be a whole number >= 0, got ${String(version)}`);
  }
}

/** Epoch seconds (DynamoDB's TTL unit) when a record written at `nowMs` expires unless written again. */
export function recordExpiry(nowMs: number): number {
  return Math.floor(nowMs / 1000) + RECORD_LIFETIME_DAYS * DAY_SECONDS;
}

export function tombstoneExpiry(nowMs: number): number {
  return Math.floor(nowMs / 1000) + TOMBSTONE_LIFETIME_DAYS * DAY_SECONDS;
}

/** Whether a record that expires at `expiresAt` (epoch s) was written more than REFRESH_AFTER_MS before `nowMs`. */
export function isRefreshDue(expiresAt: number, nowMs: number): boolean {
  return expiresAt * 1000 - nowMs < RECORD_LIFETIME_DAYS * DAY_SECONDS * 1000 - REFRESH_AFTER_MS;
}

/**
 * Both stores keep what JSON keeps (Dates become strings, undefined fields vanish), so a record reads back
 * the same from DynamoDB as from SQLite. Throws on values JSON cannot carry faithfully (NaN, BigInt, cycles).
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
