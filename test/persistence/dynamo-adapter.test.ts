import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { DynamoDBClient, GetItemCommand, PutItemCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import type { RequestEnvelope } from 'ask-sdk-model';
import { DynamoDbPersistenceAdapter, createUserTable } from '../../lambda/persistence/dynamo-adapter';
import { DynamoDbError, GetItemCommand as LiteGetItemCommand, createDynamoDbClient } from '../../lambda/persistence/dynamo-client';
import { StoreTimeoutError, UnreadableRecordError, VersionConflictError } from '../../lambda/persistence/record-store';
import { RunningDynalite, TEST_CREDENTIALS, TEST_REGION, startDynalite } from '../support/dynalite';

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
    });
  });

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

  it('keeps the version at the top level of the item, next to the attributes map', async () => {
    const user = newUser();
    await store.write(user, { a: 1 }, 0);
    const { Item } = await client.send(new GetItemCommand({ TableName: TABLE, Key: { id: { S: user } } }));
    expect(Item).toEqual({ id: { S: user }, version: { N: '1' }, attributes: { M: { a: { N: '1' } } } });
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

  it('deletes a record, and deleting a missing one is fine', async () => {
    const user = newUser();
    await store.write(user, { a: 1 }, 0);
    await store.delete(user);
    await expect(store.read(user)).resolves.toEqual({ attributes: {}, version: 0 });
    await expect(store.delete(user)).resolves.toBeUndefined();
    await expect(store.write(user, { again: true }, 0)).resolves.toBe(1);
  });

  it.each([
    ['attributes that are not a map', { version: { N: '3' }, attributes: { S: 'oops' } }],
    ['no version', { attributes: { M: {} } }],
    ['a version that is not a number', { version: { S: '3' }, attributes: { M: {} } }],
    ['a string set, which JSON cannot hold', { version: { N: '1' }, attributes: { M: { tags: { SS: ['a', 'b'] } } } }],
  ])('reads an item with %s as unreadable, keeping the raw item', async (_what, fields) => {
    const user = newUser();
    await client.send(new PutItemCommand({ TableName: TABLE, Item: { id: { S: user }, ...fields } }));
    const error: unknown = await store.read(user).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableRecordError);
    expect(JSON.parse((error as UnreadableRecordError).raw)).toEqual({ id: { S: user }, ...fields });
  });

  it('quarantines an unreadable item under <userId>#unreadable#<timestamp> and frees the user', async () => {
    const user = newUser();
    const corrupt = { id: { S: user }, version: { N: '4' }, attributes: { S: 'not a map' }, extra: { B: new Uint8Array([1, 2, 3]) } };
    await client.send(new PutItemCommand({ TableName: TABLE, Item: corrupt }));

    await store.quarantine(user);

    await expect(store.read(user)).resolves.toEqual({ attributes: {}, version: 0 });
    const { Items = [] } = await client.send(new ScanCommand({ TableName: TABLE }));
    const aside = Items.filter((item) => item.id?.S?.startsWith(`${user}#unreadable#`));
    expect(aside).toHaveLength(1);
    expect(aside[0].id.S).toMatch(/#unreadable#\d{8}T\d{9}Z$/);
    expect({ ...aside[0], id: corrupt.id }).toEqual(corrupt);
    await expect(store.write(user, { fresh: true }, 0)).resolves.toBe(1);
  });

  it('quarantining a user without a record does nothing', async () => {
    const user = newUser();
    await expect(store.quarantine(user)).resolves.toBeUndefined();
    const { Items = [] } = await client.send(new ScanCommand({ TableName: TABLE }));
    expect(Items.some((item) => item.id?.S?.startsWith(user))).toBe(false);
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
    await client.send(new PutItemCommand({ TableName: TABLE, Item: { id: { S: user }, attributes: { S: 'x' } } }));
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
    const { Item } = await given.send(new LiteGetItemCommand({ TableName: TABLE, Key: { id: { S: user } } }));
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
      const started = Date.now();
      await expect(store.write('user', { a: 2 }, 1)).rejects.toThrow();
      await expect(store.read('user')).rejects.toThrow();
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      store.destroy();
      client.destroy();
      await server.destroy();
    }
  });

  it('times out in about a second when the server accepts but never answers', async () => {
    const sockets = new Set<Socket>();
    const closed = new Set<Socket>();
    const silent: Server = createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => closed.add(socket)).resume(); // read (and ignore) the request, so its end is seen
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    const store = new DynamoDbPersistenceAdapter({ tableName: TABLE, endpoint: `http://127.0.0.1:${port}`, region: TEST_REGION, credentials: TEST_CREDENTIALS });
    try {
      for (const attempt of [() => store.read('user'), () => store.write('user', { a: 1 }, 0)]) {
        const started = Date.now();
        const error: unknown = await attempt().catch((e: unknown) => e);
        const elapsed = Date.now() - started;
        expect(error).toBeInstanceOf(StoreTimeoutError);
        expect(elapsed).toBeGreaterThanOrEqual(900);
        expect(elapsed).toBeLessThan(1600);
      }
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
