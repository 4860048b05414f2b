/** purge(): everything stored about one user goes, on both stores; nobody else's data is touched. */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, PutItemCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDbPersistenceAdapter, createUserTable } from '../../lambda/persistence/dynamo-adapter';
import { FileRecordStore } from '../../lambda/persistence/file-adapter';
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
    store = new DynamoDbPersistenceAdapter({ tableName: TABLE, endpoint: server.endpoint, region: TEST_REGION, credentials: TEST_CREDENTIALS });
  });
  afterAll(async () => {
    store.destroy();
    client.destroy();
    await server.destroy();
  });

  const ids = async (): Promise<string[]> => {
    const { Items = [] } = await client.send(new ScanCommand({ TableName: TABLE, ConsistentRead: true }));
    return Items.map((item) => item.id?.S ?? '').sort();
  };
  const corrupt = (id: string) =>
    client.send(new PutItemCommand({ TableName: TABLE, Item: { id: { S: id }, version: { N: '1' }, attributes: { S: 'x' } } }));

  it('deletes the record, every quarantined copy and the list of copies, and nothing of anyone else', async () => {
    const user = 'amzn1.ask.account.PURGE-1';
    const other = 'amzn1.ask.account.PURGE-10'; // shares a prefix with user
    for (const id of [user, other]) {
      await corrupt(id);
      await store.quarantine(id);
      await corrupt(id);
      await new Promise((resolve) => setTimeout(resolve, 2)); // a distinct quarantine timestamp
      await store.quarantine(id);
      await store.write(id, { fresh: true }, 0);
    }
    const before = await ids();
    expect(before.filter((id) => id.startsWith(`${user}#unreadable#`))).toHaveLength(2);
    expect(before).toContain(`${user}#quarantined`);

    await store.purge(user);

    const after = await ids();
    expect(after.filter((id) => id === user || id.startsWith(`${user}#`))).toEqual([]);
    expect(after).toEqual(before.filter((id) => id === other || id.startsWith(`${other}#`)));
  });

  it('does nothing for a user with no data', async () => {
    const before = await ids();
    await store.purge('amzn1.ask.account.NOBODY');
    expect(await ids()).toEqual(before);
  });
});

describe('FileRecordStore.purge', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'purge-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const hash = (userId: string) => createHash('sha256').update(userId, 'utf8').digest('hex');

  it('deletes the record, quarantined copies and leftover temp files, and nothing of anyone else', async () => {
    const store = new FileRecordStore(dir);
    const user = 'amzn1.ask.account.PURGE-FILE';
    const other = 'amzn1.ask.account.OTHER';
    for (const id of [user, other]) {
      await writeFile(join(dir, `${hash(id)}.json`), 'not json');
      await store.quarantine(id);
      await store.write(id, { fresh: true }, 0);
      await writeFile(join(dir, `${hash(id)}.json.1234-abcdef.tmp`), '{"half":');
    }
    expect((await readdir(dir)).filter((name) => name.startsWith(hash(user)))).toHaveLength(3);

    await store.purge(user);

    const left = await readdir(dir);
    expect(left.filter((name) => name.startsWith(hash(user)))).toEqual([]);
    expect(left.filter((name) => name.startsWith(hash(other)))).toHaveLength(3);
  });

  it('does nothing for a user with no data, even before the folder exists', async () => {
    const store = new FileRecordStore(join(dir, 'not-yet'));
    await expect(store.purge('amzn1.ask.account.NOBODY')).resolves.toBeUndefined();
  });
});
