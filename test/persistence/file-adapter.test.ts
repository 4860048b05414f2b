import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RequestEnvelope } from 'ask-sdk-model';
import { FileRecordStore } from '../../lambda/persistence/file-adapter';
import { StoreTimeoutError, UnreadableRecordError, VersionConflictError } from '../../lambda/persistence/record-store';

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

function envelopeFor(userId: string): RequestEnvelope {
  return { context: { System: { user: { userId } } } } as unknown as RequestEnvelope;
}

describe('FileRecordStore', () => {
  let dir: string;
  let store: FileRecordStore;
  const user = 'amzn1.ask.account.TESTUSER';
  const recordFile = (): string => join(dir, `${sha256(user)}.json`);

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'file-store-'));
    store = new FileRecordStore(dir);
  });

  afterEach(async () => {
    jest.useRealTimers();
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a missing user as version 0 with no attributes', async () => {
    await expect(store.read(user)).resolves.toEqual({ attributes: {}, version: 0 });
  });

  it('round-trips attributes in <sha256>.json and counts versions up', async () => {
    const attributes = { onsetAt: '2025-01-02T03:04:05.000Z', pain: [{ score: 7 }], heard: true, none: null };
    await expect(store.write(user, attributes, 0)).resolves.toBe(1);
    await expect(store.read(user)).resolves.toEqual({ attributes, version: 1 });
    expect(JSON.parse(await readFile(recordFile(), 'utf8'))).toEqual({ id: user, version: 1, attributes });
    await expect(store.write(user, { pain: [] }, 1)).resolves.toBe(2);
    await expect(store.read(user)).resolves.toEqual({ attributes: { pain: [] }, version: 2 });
  });

  it('creates its folder on demand and leaves no temp or lock files behind', async () => {
    const nested = new FileRecordStore(join(dir, 'a', 'b'));
    await nested.write(user, { a: 1 }, 0);
    await nested.write(user, { a: 2 }, 1);
    expect(await readdir(join(dir, 'a', 'b'))).toEqual([`${sha256(user)}.json`]);
  });

  it('is durable: a second instance on the same folder reads what the first wrote', async () => {
    await store.write(user, { kept: 'yes' }, 0);
    await expect(new FileRecordStore(dir).read(user)).resolves.toEqual({ attributes: { kept: 'yes' }, version: 1 });
  });

  it('lets only one of two concurrent writers with the same expected version win, across instances too', async () => {
    const other = new FileRecordStore(dir);
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
  });

  it('refuses a stale version and a first write over an existing record', async () => {
    await store.write(user, { v: 1 }, 0);
    await store.write(user, { v: 2 }, 1);
    await expect(store.write(user, { v: 'stale' }, 1)).rejects.toBeInstanceOf(VersionConflictError);
    await expect(store.write(user, { v: 'fresh' }, 0)).rejects.toBeInstanceOf(VersionConflictError);
    await expect(store.read(user)).resolves.toEqual({ attributes: { v: 2 }, version: 2 });
  });

  it('rejects bad arguments before touching the disk', async () => {
    await expect(store.read('')).rejects.toThrow('user id');
    await expect(store.write(user, { a: 1 }, -1)).rejects.toThrow('expected version');
    await expect(store.write(user, { a: 1 }, 1.5)).rejects.toThrow('expected version');
    await expect(store.write(user, { n: Number.NaN }, 0)).rejects.toThrow('cannot store');
    await expect(readdir(dir)).resolves.toEqual([]);
  });

  it('deletes a record, and deleting a missing one is fine', async () => {
    await store.write(user, { a: 1 }, 0);
    await store.delete(user);
    await expect(store.read(user)).resolves.toEqual({ attributes: {}, version: 0 });
    await expect(store.delete(user)).resolves.toBeUndefined();
    await expect(store.write(user, { again: true }, 0)).resolves.toBe(1);
  });

  describe('an unreadable file', () => {
    const corrupt = Buffer.concat([Buffer.from('{"id":"amzn1.ask.account.TESTUSER","version":3,"attri'), Buffer.from([0xff, 0xfe, 0x00])]);

    it.each([
      ['truncated JSON with bad bytes', corrupt],
      ['JSON that is not an object', Buffer.from('[1,2]')],
      ['a record without a version', Buffer.from(JSON.stringify({ id: user, attributes: {} }))],
      ['a record whose attributes are not an object', Buffer.from(JSON.stringify({ id: user, version: 1, attributes: 'x' }))],
      ['a record of another user id', Buffer.from(JSON.stringify({ id: 'someone else', version: 1, attributes: {} }))],
    ])('%s: read throws UnreadableRecordError carrying the raw text', async (_what, bytes) => {
      await writeFile(recordFile(), bytes);
      const error: unknown = await store.read(user).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnreadableRecordError);
      expect((error as UnreadableRecordError).raw).toBe(bytes.toString('utf8'));
    });

    it('is never overwritten by a write, versioned or through ASK', async () => {
      await writeFile(recordFile(), corrupt);
      await expect(store.write(user, { a: 1 }, 3)).rejects.toBeInstanceOf(VersionConflictError);
      await expect(store.write(user, { a: 1 }, 0)).rejects.toBeInstanceOf(VersionConflictError);
      await expect(store.saveAttributes(envelopeFor(user), { a: 1 })).rejects.toBeInstanceOf(UnreadableRecordError);
      expect(await readFile(recordFile())).toEqual(corrupt);
    });

    it('is kept byte for byte by quarantine, which frees the user to start fresh', async () => {
      jest.useFakeTimers({ now: new Date('2025-06-07T08:09:10.123Z'), doNotFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'nextTick', 'queueMicrotask'] });
      await writeFile(recordFile(), corrupt);
      await store.quarantine(user);
      await writeFile(recordFile(), 'second corrupt copy, same millisecond');
      await store.quarantine(user);

      const aside = `${sha256(user)}.unreadable-20250607T080910123Z`;
      expect((await readdir(dir)).sort()).toEqual([`${aside}-2.json`, `${aside}.json`]);
      expect(await readFile(join(dir, `${aside}.json`))).toEqual(corrupt);
      await expect(store.read(user)).resolves.toEqual({ attributes: {}, version: 0 });
      await expect(store.write(user, { fresh: true }, 0)).resolves.toBe(1);
    });
  });

  it('quarantining a user without a record does nothing', async () => {
    await expect(store.quarantine(user)).resolves.toBeUndefined();
    expect(await readdir(dir)).toEqual([]);
  });

  it('keeps odd user ids apart and inside the folder', async () => {
    const ids = ['../../etc/passwd', 'a/b\\c:d*e?f"g<h>i|j', 'ünïcödé 🦴', ' ', 'x'.repeat(5000), 'amzn1.ask.account.TESTUSER '];
    for (const [i, id] of ids.entries()) await store.write(id, { i }, 0);
    for (const [i, id] of ids.entries()) await expect(store.read(id)).resolves.toEqual({ attributes: { i }, version: 1 });
    const files = await readdir(dir);
    expect(files).toHaveLength(ids.length);
    for (const file of files) expect(file).toMatch(/^[0-9a-f]{64}\.json$/);
  });

  it('gives up with StoreTimeoutError while another writer holds the lock, and clears a stale lock', async () => {
    const impatient = new FileRecordStore(dir, { lockWaitMs: 100 });
    const lock = join(dir, `${sha256(user)}.lock`);
    await writeFile(lock, '12345');
    await expect(impatient.write(user, { a: 1 }, 0)).rejects.toBeInstanceOf(StoreTimeoutError);

    const longAgo = new Date(Date.now() - 60_000);
    await utimes(lock, longAgo, longAgo); // its writer crashed a minute ago
    await expect(impatient.write(user, { a: 1 }, 0)).resolves.toBe(1);
    expect(await readdir(dir)).toEqual([`${sha256(user)}.json`]);
  });

  it('serves ASK through getAttributes, saveAttributes and deleteAttributes', async () => {
    const envelope = envelopeFor(user);
    await expect(store.getAttributes(envelope)).resolves.toEqual({});
    await store.saveAttributes(envelope, { first: 1 });
    await store.saveAttributes(envelope, { second: 2 });
    await expect(store.getAttributes(envelope)).resolves.toEqual({ second: 2 });
    expect((await store.read(user)).version).toBe(2);
    await store.deleteAttributes(envelope);
    await expect(store.getAttributes(envelope)).resolves.toEqual({});
  });
});
