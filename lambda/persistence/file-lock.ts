/**
 * A lock file per user record, so the file store's read-compare-write is atomic across async requests and
 * across processes sharing the folder (a console and a local server, say). Created with O_EXCL; a lock older
 * than STALE_LOCK_MS is taken to be left by a crashed process and removed.
 */
import { open, stat, unlink } from 'node:fs/promises';
import { StoreTimeoutError } from './record-store';

/** Holding the lock takes milliseconds; anything this old was left behind. */
const STALE_LOCK_MS = 5000;
const RETRY_MS = 5;

export async function withFileLock<T>(lockPath: string, waitMs: number, work: () => Promise<T>): Promise<T> {
  await acquire(lockPath, waitMs);
  try {
    return await work();
  } finally {
    await unlink(lockPath).catch(ignoreMissing);
  }
}

async function acquire(lockPath: string, waitMs: number): Promise<void> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const handle = await open(lockPath, 'wx');
      await handle.writeFile(String(process.pid)).finally(() => handle.close());
      return;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }
    if (await removeIfStale(lockPath)) continue;
    if (Date.now() >= deadline) throw new StoreTimeoutError(`record stayed locked for ${waitMs} ms (${lockPath})`);
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
}

async function removeIfStale(lockPath: string): Promise<boolean> {
  try {
    const { mtimeMs } = await stat(lockPath);
    if (Date.now() - mtimeMs < STALE_LOCK_MS) return false;
    await unlink(lockPath);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return true; // released meanwhile: try again at once
    throw error;
  }
}

export function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
}

export function ignoreMissing(error: unknown): void {
  if (errorCode(error) !== 'ENOENT') throw error;
}
