/** purge(): everything stored about one user goes, on both stores, a tombstone stays; nobody else's data is touched. */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, PutItemCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDbPersistenceAdapter, createUserTable } from '../../lambda/persistence/dynamo-adapter';
import { DATABASE_FILE, SqliteRecordStore } from '../../lambda/persistence/sqlite-store';
import { SqliteInspector } from '../support/sqlite-inspect';
import { dynamoRecordKey } from '../support/dynamo-keys';
import { RunningDynalite, TEST_CREDENTIALS, TEST_REGION, startDynalite } from '../support/dynalite';

const TABLE = 'purge-test';

describe('DynamoDbPersistenceAdapter.purge', () => {
  let server: RunningDynalite;
  let client: DynamoDBClient;
  let store: DynamoDbPersistenceAdapter;

  beforeAll(async () => {
    server = await startDynalite();
    client = server.client();
    await createUserTable(client, TABLE);
    store = new DynamoDbPersistenceAdapter({ tableName: TABLE, endpoint: server.endpoint, region: TEST_REGION, credentials: TEST_CREDENTIALS, clock: () => now });
  });
  afterAll(async () => {
    store.destroy();
    client.destroy();
    await server.destroy();
  });

  let now = Date.parse('2026-11-21T15:00:00Z');
  const items = async () => {
    const { Items = [] } = await client.send(new ScanCommand({ TableName: TABLE, ConsistentRead: true }));
    return Items.sort((a, b) => ((a.id?.S ?? '') < (b.id?.S ?? '') ? -1 : 1));
  };
  const keyOf = (id: string) => dynamoRecordKey(client, TABLE, id);
  const corrupt = async (id: string) =>
    client.send(new PutItemCommand({ TableName: TABLE, Item: { id: { S: await keyOf(id) }, version: { N: '1' }, attributes: { S: 'x' } } }));

  it('leaves only a tombstone of the record, every set-aside copy and their list gone, and nothing of anyone else touched', async () => {
    const user = 'amzn1.ask.account.PURGE-1';
    const other = 'amzn1.ask.account.PURGE-10';
    await store.read(user); // the table's user key
    for (const id of [user, other]) {
      await corrupt(id);
      await store.quarantine(id);
      await corrupt(id);
      now += 1; // a distinct quarantine timestamp
      await store.quarantine(id);
      await store.write(id, { fresh: true }, 0);
    }
    const userKey = await keyOf(user);
    const otherKey = await keyOf(other);
    const before = await items();
    expect(before.filter((item) => item.id?.S?.startsWith(`aside#${userKey}#`))).toHaveLength(2);
    expect(before.map((item) => item.id?.S)).toContain(`asides#${userKey}`);

    await store.purge(user);

    const after = await items();
    const mine = after.filter((item) => item.id?.S?.includes(userKey));
    expect(mine).toEqual([
      { id: { S: userKey }, version: { N: '2' }, deletedAt: { N: String(now) }, expiresAt: { N: String(Math.floor(now / 1000) + 86_400) } },
    ]);
    expect(after.filter((item) => item.id?.S?.includes(otherKey))).toEqual(before.filter((item) => item.id?.S?.includes(otherKey)));
  });

  it('leaves just a tombstone for a user with no data', async () => {
    const before = await items();
    await store.purge('amzn1.ask.account.NOBODY');
    const added = (await items()).filter((item) => !before.some((old) => old.id?.S === item.id?.S));
    expect(added).toEqual([expect.objectContaining({ id: { S: await keyOf('amzn1.ask.account.NOBODY') }, deletedAt: expect.anything() })]);
  });
});

describe('SqliteRecordStore.purge', () => {
  let dir: string;
  let store: SqliteRecordStore;
  let look: SqliteInspector;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'purge-'));
    store = new SqliteRecordStore(dir);
    look = new SqliteInspector(dir);
  });
  afterEach(async () => {
    look.close();
    store.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** Every byte of the database's files, the write-ahead log included. */
  const onDisk = async (): Promise<string> => {
    const names = (await readdir(dir)).filter((name) => name.startsWith(DATABASE_FILE));
    return Buffer.concat(await Promise.all(names.map((name) => readFile(join(dir, name))))).toString('latin1');
  };

  it('deletes the record and every set-aside copy, leaves a tombstone, and nothing of anyone else', async () => {
    const user = 'amzn1.ask.account.PURGE-FILE';
    const other = 'amzn1.ask.account.OTHER';
    for (const id of [user, other]) {
      look.plant(id, 'not json');
      await store.quarantine(id);
      await store.write(id, { fresh: true }, 0);
    }
    const othersBefore = look.all().filter((row) => row.id.includes(look.keyOf(other)));
    expect(othersBefore).toHaveLength(2);

    await store.purge(user);

    expect(look.asides(user)).toEqual([]);
    expect(look.record(user)).toMatchObject({ body: null, deleted: 1 });
    expect(look.all().filter((row) => row.id.includes(look.keyOf(other)))).toEqual(othersBefore);
    await expect(store.read(user)).resolves.toEqual({ attributes: {}, version: 2, deleted: true });
  });

  it('leaves no byte of the user’s data in the database files, the write-ahead log included', async () => {
    const user = 'amzn1.ask.account.SECRET';
    const marker = 'onset-marker-7f3a9c';
    look.plant(user, `{"broken ${marker}-aside`);
    await store.quarantine(user);
    for (let version = 0; version < 5; version++) await store.write(user, { note: `${marker}-${version}` }, version);
    await store.write('amzn1.ask.account.NEIGHBOUR', { note: 'kept' }, 0);
    expect(await onDisk()).toContain(marker);

    await store.purge(user);

    const bytes = await onDisk();
    expect(bytes).not.toContain(marker);
    expect(bytes).not.toContain(user);
    await expect(store.read('amzn1.ask.account.NEIGHBOUR')).resolves.toEqual({ attributes: { note: 'kept' }, version: 1 });
  });

  it('does nothing but leave a tombstone for a user with no data', async () => {
    await expect(store.purge('amzn1.ask.account.NOBODY')).resolves.toBeUndefined();
    expect(look.record('amzn1.ask.account.NOBODY')).toMatchObject({ version: 1, deleted: 1 });
  });
});
