import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { DynamoDBClient, GetItemCommand, PutItemCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import type { RequestEnvelope } from 'ask-sdk-model';
import { DynamoDbPersistenceAdapter, createUserTable } from '../../lambda/persistence/dynamo-adapter';
import { DynamoDbError, GetItemCommand as LiteGetItemCommand, createDynamoDbClient } from '../../lambda/persistence/dynamo-client';
import { StoreTimeoutError, UnreadableRecordError, VersionConflictError } from '../../lambda/persistence/record-store';
import { RunningDynalite, TEST_CREDENTIALS, TEST_REGION, startDynalite } from '../support/dynalite';
import { dynamoRecordKey } from '../support/dynamo-keys';

const TABLE = 'users-test';

function envelopeFor(userId: string): RequestEnvelope {
  return { context: { System: { user: { userId } } } } as unknown as RequestEnvelope;
}

describe('DynamoDbPersistenceAdapter on dynalite', () => {
  let server: RunningDynalite;
  let client: DynamoDBClient;
  let store: DynamoDbPersistenceAdapter;
  let n = 0;
  const newUser = (): string => `amzn1.ask.account.user-${++n}`;

  beforeAll(async () => {
    server = await startDynalite();
    client = server.client();
    await createUserTable(client, TABLE);
    store = new DynamoDbPersistenceAdapter({
      tableName: TABLE,
      endpoint: server.endpoint,
      region: TEST_REGION,
      credentials: TEST_CREDENTIALS,
      clock: () => now,
    });
    await store.read('amzn1.ask.account.first-use'); // creates the table's user key
  });
  let now = Date.parse('2026-11-21T15:00:00Z');
  const keyOf = (userId: string) => dynamoRecordKey(client, TABLE, userId);

  afterAll(async () => {
    store.destroy();
    client.destroy();
    await server.destroy();
  });

  it('reads a missing user as version 0 with no attributes', async () => {
    await expect(store.read(newUser())).resolves.toEqual({ attributes: {}, version: 0 });
  });

  it('round-trips JSON attributes and counts versions up', async () => {
    const user = newUser();
    const attributes = { onsetAt: '2025-01-02T03:04:05.000Z', pain: [{ score: 7 }, { score: 5.5 }], heard: true, note: '', none: null, nested: { ok: 'ünïcode ✓' } };
    await expect(store.write(user, attributes, 0)).resolves.toBe(1);
    await expect(store.read(user)).resolves.toEqual({ attributes, version: 1 });
    await expect(store.write(user, { pain: [] }, 1)).resolves.toBe(2);
    await expect(store.read(user)).resolves.toEqual({ attributes: { pain: [] }, version: 2 });
  });

  it('stores like JSON: Dates become strings, undefined fields vanish', async () => {
    const user = newUser();
    await store.write(user, { at: new Date('2025-01-01T00:00:00Z'), gone: undefined, list: [1, 'two'] }, 0);
    await expect(store.read(user)).resolves.toEqual({ attributes: { at: '2025-01-01T00:00:00.000Z', list: [1, 'two'] }, version: 1 });
  });

  it('keys the item by a keyed hash of the user id, with the version and the TTL next to the attributes map', async () => {
    const user = newUser();
    await store.write(user, { a: 1 }, 0);
    const key = await keyOf(user);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    const { Item } = await client.send(new GetItemCommand({ TableName: TABLE, Key: { id: { S: key } } }));
    const expiresAt = String(Math.floor(now / 1000) + 60 * 86_400);
    expect(Item).toEqual({ id: { S: key }, version: { N: '1' }, attributes: { M: { a: { N: '1' } } }, expiresAt: { N: expiresAt } });
    const { Items = [] } = await client.send(new ScanCommand({ TableName: TABLE }));
    expect(Items.some((item) => item.id?.S?.includes(user))).toBe(false);
  });

  it('keeps ids apart that differ only in a lone surrogate (UTF-8 would make them one)', async () => {
    await store.write('amzn1.ask.account.\uD800', { who: 'first' }, 0);
    await expect(store.read('amzn1.ask.account.\uDBFF')).resolves.toEqual({ attributes: {}, version: 0 });
  });

  it('reads a record past its TTL as gone (DynamoDB deletes expired items only within days), and asks for refreshes', async () => {
    const user = newUser();
    await store.write(user, { a: 1 }, 0);
    const written = now;
    try {
      now = written + 86_400_000 + 1;
      await expect(store.read(user)).resolves.toEqual({ attributes: { a: 1 }, version: 1, refreshDue: true });
      now = written + 60 * 86_400_000;
      await expect(store.read(user)).resolves.toEqual({ attributes: {}, version: 1 });
      await expect(store.write(user, { b: 2 }, 1)).resolves.toBe(2);
    } finally {
      now = written;
    }
  });

  it('lets only one of two writers with the same expected version win', async () => {
    for (const expected of [0, 1]) {
      const user = newUser();
      if (expected === 1) await store.write(user, { start: true }, 0);
      const results = await Promise.allSettled([
        store.write(user, { writer: 'a' }, expected),
        store.write(user, { writer: 'b' }, expected),
      ]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0].reason).toBeInstanceOf(VersionConflictError);
      expect((await store.read(user)).version).toBe(expected + 1);
    }
  });

  it('refuses a stale version and a first write over an existing record', async () => {
    const user = newUser();
    await store.write(user, { v: 1 }, 0);
    await store.write(user, { v: 2 }, 1);
    await expect(store.write(user, { v: 'stale' }, 1)).rejects.toBeInstanceOf(VersionConflictError);
    await expect(store.write(user, { v: 'fresh' }, 0)).rejects.toBeInstanceOf(VersionConflictError);
    await expect(store.read(user)).resolves.toEqual({ attributes: { v: 2 }, version: 2 });
  });

  it('purges a record into a tombstone: a write prepared before fails, a fresh turn starts anew', async () => {
    const user = newUser();
    await store.write(user, { a: 1 }, 0);
    await store.purge(user);
    await expect(store.read(user)).resolves.toEqual({ attributes: {}, version: 2, deleted: true });
    await expect(store.write(user, { late: true }, 1)).rejects.toBeInstanceOf(VersionConflictError);
    await expect(store.purge(user)).resolves.toBeUndefined();
    const { Item } = await client.send(new GetItemCommand({ TableName: TABLE, Key: { id: { S: await keyOf(user) } } }));
    expect(Item).toEqual({
      id: { S: await keyOf(user) },
      version: { N: '3' },
      deletedAt: { N: String(now) },
      expiresAt: { N: String(Math.floor(now / 1000) + 86_400) },
    });
    await expect(store.write(user, { again: true }, 3)).resolves.toBe(4);
    await expect(store.read(user)).resolves.toEqual({ attributes: { again: true }, version: 4 });
  });

  it('a purge of a user with nothing stored still leaves a tombstone, so an in-flight first write fails', async () => {
    const user = newUser();
    await store.purge(user);
    await expect(store.write(user, { late: true }, 0)).rejects.toBeInstanceOf(VersionConflictError);
  });

  it.each([
    ['attributes that are not a map', { version: { N: '3' }, attributes: { S: 'oops' } }],
    ['no version', { attributes: { M: {} } }],
    ['a version that is not a number', { version: { S: '3' }, attributes: { M: {} } }],
    ['a string set, which JSON cannot hold', { version: { N: '1' }, attributes: { M: { tags: { SS: ['a', 'b'] } } } }],
  ])('reads an item with %s as unreadable, keeping the raw item', async (_what, fields) => {
    const user = newUser();
    const key = await keyOf(user);
    await client.send(new PutItemCommand({ TableName: TABLE, Item: { id: { S: key }, ...fields } }));
    const error: unknown = await store.read(user).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableRecordError);
    expect(JSON.parse((error as UnreadableRecordError).raw)).toEqual({ id: { S: key }, ...fields });
  });

  it('quarantines an unreadable item under aside#<key>#<timestamp>, a namespace no record key reaches, and frees the user', async () => {
    const user = newUser();
    const key = await keyOf(user);
    const corrupt = { id: { S: key }, version: { N: '4' }, attributes: { S: 'not a map' }, extra: { B: new Uint8Array([1, 2, 3]) } };
    await client.send(new PutItemCommand({ TableName: TABLE, Item: corrupt }));

    await store.quarantine(user);

    await expect(store.read(user)).resolves.toEqual({ attributes: {}, version: 0 });
    const { Items = [] } = await client.send(new ScanCommand({ TableName: TABLE }));
    const aside = Items.filter((item) => item.id?.S?.startsWith(`aside#${key}#`));
    expect(aside).toHaveLength(1);
    expect(aside[0].id.S).toBe(`aside#${key}#20261121T150000000Z`);
    expect({ ...aside[0], id: corrupt.id }).toEqual({ ...corrupt, expiresAt: { N: String(Math.floor(now / 1000) + 60 * 86_400) } });
    await expect(store.write(user, { fresh: true }, 0)).resolves.toBe(1);
  });

  it('quarantining a user without a record does nothing', async () => {
    const user = newUser();
    await expect(store.quarantine(user)).resolves.toBeUndefined();
    const { Items = [] } = await client.send(new ScanCommand({ TableName: TABLE }));
    const key = await keyOf(user);
    expect(Items.some((item) => item.id?.S?.includes(key))).toBe(false);
  });

  it('serves ASK through getAttributes, saveAttributes and deleteAttributes', async () => {
    const user = newUser();
    const envelope = envelopeFor(user);
    await expect(store.getAttributes(envelope)).resolves.toEqual({});
    await store.saveAttributes(envelope, { first: 1 });
    await store.saveAttributes(envelope, { second: 2 }); // last writer wins, whatever the version
    await expect(store.getAttributes(envelope)).resolves.toEqual({ second: 2 });
    expect((await store.read(user)).version).toBe(2);
    await store.deleteAttributes(envelope);
    await expect(store.getAttributes(envelope)).resolves.toEqual({});
  });

  it('will not save over an unreadable record through ASK either', async () => {
    const user = newUser();
    await client.send(new PutItemCommand({ TableName: TABLE, Item: { id: { S: await keyOf(user) }, attributes: { S: 'x' } } }));
    await expect(store.saveAttributes(envelopeFor(user), { a: 1 })).rejects.toBeInstanceOf(UnreadableRecordError);
  });

  it('rejects an envelope without a user id', async () => {
    await expect(store.getAttributes({} as RequestEnvelope)).rejects.toThrow('no user id');
  });

  it('works on a caller-supplied client, and leaves it usable after destroy()', async () => {
    const given = createDynamoDbClient({ endpoint: server.endpoint, region: TEST_REGION, credentials: TEST_CREDENTIALS });
    const user = newUser();
    const other = new DynamoDbPersistenceAdapter({ tableName: TABLE, client: given });
    await other.write(user, { via: 'given client' }, 0);
    other.destroy();
    await expect(store.read(user)).resolves.toEqual({ attributes: { via: 'given client' }, version: 1 });
    const { Item } = await given.send(new LiteGetItemCommand({ TableName: TABLE, Key: { id: { S: await keyOf(user) } } }));
    expect(Item?.version).toEqual({ N: '1' });
  });

  it('names DynamoDB errors as DynamoDB does', async () => {
    const given = createDynamoDbClient({ endpoint: server.endpoint, region: TEST_REGION, credentials: TEST_CREDENTIALS });
    const error: unknown = await given.send(new LiteGetItemCommand({ TableName: 'no-such-table', Key: { id: { S: 'x' } } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DynamoDbError);
    expect(error).toMatchObject({ name: 'ResourceNotFoundException', statusCode: 400 });
  });
});

describe('DynamoDbPersistenceAdapter when the store is down', () => {
  it('fails fast with an error when dynalite is stopped', async () => {
    const server = await startDynalite();
    const client = server.client();
    await createUserTable(client, TABLE);
    const store = new DynamoDbPersistenceAdapter({ tableName: TABLE, endpoint: server.endpoint, region: TEST_REGION, credentials: TEST_CREDENTIALS });
    try {
      await store.write('user', { a: 1 }, 0);
      await server.stop();
      await expect(store.write('user', { a: 2 }, 1)).rejects.toThrow();
      await expect(store.read('user')).rejects.toThrow();
    } finally {
      store.destroy();
      client.destroy();
      await server.destroy();
    }
  });

  it('gives up with StoreTimeoutError at its limit when the server accepts but never answers; in a turn, at what is left of the budget', async () => {
    const sockets = new Set<Socket>();
    const closed = new Set<Socket>();
    const silent: Server = createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => closed.add(socket)).resume(); // read (and ignore) the request, so its end is seen
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    const store = new DynamoDbPersistenceAdapter({ tableName: TABLE, endpoint: `http://127.0.0.1:${port}`, region: TEST_REGION, credentials: TEST_CREDENTIALS, timeoutMs: 300 });
    try {
      for (const attempt of [() => store.read('user'), () => store.write('user', { a: 1 }, 0)]) {
        const error: unknown = await attempt().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(StoreTimeoutError);
        expect((error as Error).message).toMatch(/within 300 ms/);
      }
      // Inside a turn whose budget is spent, the store is not even asked.
      const spent = { remainingMs: () => 0 };
      const error: unknown = await store.read('user', spent).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreTimeoutError);
      expect((error as Error).message).toMatch(/no time left/);
      // With some budget left, the call gets exactly that, not the adapter's own limit.
      const some = { remainingMs: () => 120 };
      const cut: unknown = await store.read('user', some).catch((e: unknown) => e);
      expect((cut as Error).message).toMatch(/within 120 ms/);
      expect(sockets.size).toBeGreaterThan(0); // it really connected and waited
      // The deadline aborted the request, not just stopped waiting for it: the client closed its connections.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(closed.size).toBe(sockets.size);
    } finally {
      store.destroy();
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
