/**
 * The embedded store for running without AWS: one JSON file per user, `<sha256(userId)>.json` in dataDir,
 * holding { id, version, attributes } like the DynamoDB item. Writes go to a temp file in the same folder and
 * are renamed over the record, so a crash leaves the old record or the new one, never half of one.
 */
import { createHash, randomBytes } from 'node:crypto';
import { access, mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { RecordStoreAdapter } from './adapter-base';
import { errorCode, ignoreMissing, withFileLock } from './file-lock';
import {
  UnreadableRecordError,
  VersionConflictError,
  VersionedRecord,
  assertExpectedVersion,
  assertUserId,
  isPlainObject,
  isStoredVersion,
  quarantineTimestamp,
  toStorableAttributes,
} from './record-store';

export interface FileRecordStoreOptions {
  /** How long to wait for another writer of the same record before giving up (StoreTimeoutError). */
  lockWaitMs?: number;
}

export class FileRecordStore extends RecordStoreAdapter {
  private readonly lockWaitMs: number;

  constructor(
    readonly dataDir: string,
    options: FileRecordStoreOptions = {},
  ) {
    super();
    if (!dataDir) throw new Error('dataDir is required');
    this.lockWaitMs = options.lockWaitMs ?? 1000;
  }

  async read(userId: string): Promise<VersionedRecord> {
    assertUserId(userId);
    const raw = await readFile(this.recordPath(userId), 'utf8').catch((error: unknown) => {
      if (errorCode(error) === 'ENOENT') return undefined;
      throw error;
    });
    return raw === undefined ? { attributes: {}, version: 0 } : parseRecord(raw, userId);
  }

  async write(userId: string, attributes: Record<string, unknown>, expectedVersion: number): Promise<number> {
    assertUserId(userId);
    assertExpectedVersion(expectedVersion);
    const text = JSON.stringify({ id: userId, version: expectedVersion + 1, attributes: toStorableAttributes(attributes) });
    return this.locked(userId, async () => {
      const stored = await this.read(userId).catch((error: unknown) => {
        if (error instanceof UnreadableRecordError) {
          throw new VersionConflictError('stored record is unreadable; quarantine it first', { cause: error });
        }
        throw error;
      });
      if (stored.version !== expectedVersion) {
        throw new VersionConflictError(`record of user is at version ${stored.version}, not ${expectedVersion}`);
      }
      await this.replaceAtomically(this.recordPath(userId), text);
      return expectedVersion + 1;
    });
  }

  async delete(userId: string): Promise<void> {
    assertUserId(userId);
    await this.locked(userId, () => unlink(this.recordPath(userId)).catch(ignoreMissing));
  }

  /**
   * Deletes every file of the user: the record, quarantined copies (`<hash>.unreadable-*.json`) and temp files a
   * crashed write left behind (`<hash>.json.*.tmp`). All of them start with `<hash>.`; the lock goes when released.
   */
  async purge(userId: string): Promise<void> {
    assertUserId(userId);
    const prefix = `${fileKey(userId)}.`;
    const lock = `${prefix}lock`;
    await this.locked(userId, async () => {
      const names = await readdir(this.dataDir);
      for (const name of names) {
        if (name.startsWith(prefix) && name !== lock) await unlink(join(this.dataDir, name)).catch(ignoreMissing);
      }
    });
  }

  /** Renames the record to `<hash>.unreadable-<timestamp>.json`, bytes untouched. */
  async quarantine(userId: string): Promise<void> {
    assertUserId(userId);
    await this.locked(userId, async () => {
      const stamp = quarantineTimestamp();
      for (let n = 1; ; n++) {
        const aside = join(this.dataDir, `${fileKey(userId)}.unreadable-${stamp}${n === 1 ? '' : `-${n}`}.json`);
        if (await exists(aside)) continue; // same millisecond as an earlier quarantine: never overwrite it
        await rename(this.recordPath(userId), aside).catch(ignoreMissing);
        return;
      }
    });
  }

  private recordPath(userId: string): string {
    return join(this.dataDir, `${fileKey(userId)}.json`);
  }

  private async locked<T>(userId: string, work: () => Promise<T>): Promise<T> {
    await mkdir(this.dataDir, { recursive: true });
    return withFileLock(join(this.dataDir, `${fileKey(userId)}.lock`), this.lockWaitMs, work);
  }

  private async replaceAtomically(path: string, text: string): Promise<void> {
    const temp = `${path}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
    try {
      const handle = await open(temp, 'wx');
      try {
        await handle.writeFile(text, 'utf8');
        await handle.sync(); // the bytes are on disk before the rename makes them the record
      } finally {
        await handle.close();
      }
      await rename(temp, path);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
  }
}

/** Hex, so any user id (slashes, dots, unicode) makes a safe file name. */
function fileKey(userId: string): string {
  return createHash('sha256').update(userId, 'utf8').digest('hex');
}

function parseRecord(raw: string, userId: string): VersionedRecord {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new UnreadableRecordError('stored record is not valid JSON', raw, { cause: error });
  }
  if (!isPlainObject(parsed)) throw new UnreadableRecordError('stored record is not a JSON object', raw);
  if (parsed.id !== userId) throw new UnreadableRecordError('stored record belongs to another user id', raw);
  if (!isStoredVersion(parsed.version)) throw new UnreadableRecordError('stored record has no valid version', raw);
  if (!isPlainObject(parsed.attributes)) throw new UnreadableRecordError('stored record has no attributes object', raw);
  return { attributes: parsed.attributes, version: parsed.version };
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    (error: unknown) => {
      ignoreMissing(error);
      return false;
    },
  );
}
