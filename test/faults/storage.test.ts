/**
 * The store fails, and the user still gets an answer, in speech, with nothing already stored lost or half
 * replaced. Each fault is real: dynalite (a DynamoDB implementation) stopped and restarted under the skill's own
 * DynamoDB adapter and the AWS SDK; DynamoDB's throttling and errors from a fault proxy in front of dynalite; the
 * embedded SQLite store with its database held by another process.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDbPersistenceAdapter, createUserTable } from '../../lambda/persistence/dynamo-adapter';
import { DATABASE_FILE, SqliteRecordStore } from '../../lambda/persistence/sqlite-store';
import { SqliteInspector } from '../support/sqlite-inspect';
import { dynamoRecordKey } from '../support/dynamo-keys';
import Database from 'better-sqlite3';
import type { SkillStore } from '../../lambda/kernel/user-store';
import { RunningDynalite, TEST_CREDENTIALS, TEST_REGION, startDynalite } from '../support/dynalite';
import { FaultProxy, startFaultProxy } from '../support/dynamo-fault-proxy';
import { hookedStore } from '../support/store-wrappers';
import { transcript } from '../support/transcript';
import { RETURNING_USER } from '../support/users';

const NOTE = "I can't reach my notes right now, so I may not remember this next time.";
const FRESH_START = "I couldn't read what I had saved for you, so we're starting fresh.";
const TABLE = 'brc-fault-users';


let users = 0;
const newUser = (): string => `amzn1.ask.account.FAULT-${++users}`;

async function seeded(store: SkillStore, attributes: Record<string, unknown> = RETURNING_USER): Promise<string> {
  const userId = newUser();
  await store.write(userId, attributes, 0);
  return userId;
}

describe('DynamoDB stopped mid-conversation, then restarted', () => {
  let dynalite: RunningDynalite;
  let client: DynamoDBClient;
  let store: DynamoDbPersistenceAdapter;

  beforeAll(async () => {
    dynalite = await startDynalite({ persistent: true });
    client = dynalite.client();
    await createUserTable(client, TABLE);
    store = new DynamoDbPersistenceAdapter({ tableName: TABLE, endpoint: dynalite.endpoint, region: TEST_REGION, credentials: TEST_CREDENTIALS });
  });
  afterEach(() => dynalite.start());
  afterAll(async () => {
    store.destroy();
    client.destroy();
    await dynalite.destroy();
  });

  it('answers from what the session knows while the store is down, says so, and finds everything when it is back', async () => {
    const userId = await seeded(store);
    const { alexa } = transcript({ store, userId });
    expect((await alexa.say('open back relief coach')).speech).toMatch(/^(Welcome back|Hi again|Good to hear from you)\. It's day 2, so it's still ice time\./);

    await dynalite.stop();
    const status = await alexa.say('where am i in my recovery');
    expect(status.speech).toMatch(new RegExp(`^${NOTE} .*day 2`));
    const pain = await alexa.say('my pain is a four');
    // The trend is read against yesterday's 6, which only the session knows right now.
    expect(pain.speech).toMatch(new RegExp(`^${NOTE} Thanks, I've noted 4 out of ten\\. That's down from 6`));
    expect(pain.waitingForAnswer).toBe(true);

    await dynalite.start();
    const after = await alexa.say('how long do I keep ice on');
    expect(after.speech).not.toContain(NOTE);
    expect(after.speech).toMatch(/15 to 20 minutes/);
    // Nothing lost, nothing half written: the record is exactly as it was (the 4 was not kept, as the user heard).
    await expect(store.read(userId)).resolves.toEqual({ attributes: RETURNING_USER, version: 1 });
  });

  it('a new session while the store is down: starts safely from nothing, says so, and overwrites nothing', async () => {
    const userId = await seeded(store);
    await dynalite.stop();
    const { alexa } = transcript({ store, userId });
    const launch = await alexa.say('open back relief coach');
    expect(launch.speech).toMatch(new RegExp(`^${NOTE} Welcome to Back Relief Coach\\..*not medical advice`));
    expect(launch.waitingForAnswer).toBe(true);
    await dynalite.start();
    await expect(store.read(userId)).resolves.toEqual({ attributes: RETURNING_USER, version: 1 });
  });

  it('a store that stops between the read and the write: one retry, then the answer goes out with a note', async () => {
    let writes = 0;
    const failing = hookedStore(store, {
      async beforeWrite() {
        writes += 1;
        await dynalite.stop();
      },
    });
    const userId = await seeded(store);
    const { alexa } = transcript({ store: failing, userId });
    await alexa.say('open back relief coach');
    const pain = await alexa.say('my pain is a four');
    expect(pain.speech).toMatch(new RegExp(`^${NOTE} Thanks, I've noted 4 out of ten\\.`));
    expect(writes).toBe(2);

    await dynalite.start();
    await expect(store.read(userId)).resolves.toEqual({ attributes: RETURNING_USER, version: 1 });
    // Back up: the next report is stored on top of the untouched record.
    const { alexa: later } = transcript({ store, userId });
    await later.say('open back relief coach');
    expect((await later.say('my pain is a three')).speech).not.toContain(NOTE);
    const { attributes, version } = await store.read(userId);
    expect(version).toBe(2);
    expect(attributes.pain).toEqual([...RETURNING_USER.pain, { score: 3, at: '2026-11-21T15:00:00.000Z' }]);
  });
});

describe('DynamoDB throttled, failing or hanging (fault proxy in front of dynalite)', () => {
  let dynalite: RunningDynalite;
  let client: DynamoDBClient;
  let proxy: FaultProxy;
  let store: DynamoDbPersistenceAdapter;

  beforeAll(async () => {
    dynalite = await startDynalite();
    client = dynalite.client();
    await createUserTable(client, TABLE);
    proxy = await startFaultProxy(dynalite.endpoint);
    store = new DynamoDbPersistenceAdapter({ tableName: TABLE, endpoint: proxy.endpoint, region: TEST_REGION, credentials: TEST_CREDENTIALS });
  });
  afterEach(() => proxy.clear());
  afterAll(async () => {
    store.destroy();
    client.destroy();
    await proxy.close();
    await dynalite.destroy();
  });

  /** A user in an open session, the store healthy for the launch. */
  async function inSession(budgetMs?: number) {
    const userId = await seeded(store);
    const t = transcript({ store, userId, skill: { budgetMs } });
    await t.alexa.say('open back relief coach');
    return { ...t, userId };
  }

  it('throttled reads: answers from the session, says it cannot remember right now, and writes nothing', async () => {
    const { alexa, userId } = await inSession();
    proxy.inject('GetItem', 'throttle');
    const writesBefore = proxy.requests.PutItem ?? 0;
    const ice = await alexa.say('how long do I keep ice on');
    expect(ice.speech).toMatch(new RegExp(`^${NOTE} .*15 to 20 minutes`));
    const pain = await alexa.say('my pain is a four');
    expect(pain.speech).toMatch(new RegExp(`^${NOTE} Thanks, I've noted 4 out of ten\\. That's down from 6`));
    expect(proxy.faults.GetItem).toBeGreaterThanOrEqual(2);
    expect(proxy.requests.PutItem ?? 0).toBe(writesBefore);
    proxy.clear();
    await expect(store.read(userId)).resolves.toEqual({ attributes: RETURNING_USER, version: 1 });
  });

  it('a read that hangs is cut off within the turn budget, and the answer comes from the session with a note', async () => {
    const { alexa } = await inSession(1000);
    proxy.inject('GetItem', 'hang');
    const writesBefore = proxy.requests.PutItem ?? 0;
    const turn = await alexa.say('where am i in my recovery');
    expect(turn.speech).toMatch(new RegExp(`^${NOTE} .*day 2`));
    expect(proxy.faults.GetItem).toBeGreaterThanOrEqual(1);
    expect(proxy.requests.PutItem ?? 0).toBe(writesBefore);
  });

  it('a write that fails once is retried, and the user hears no note', async () => {
    const { alexa, userId } = await inSession();
    // Both of the AWS SDK's own attempts fail (500), so the skill's one retry is what saves it.
    proxy.inject('PutItem', 'error500', 2);
    const pain = await alexa.say('my pain is a four');
    expect(pain.speech).toMatch(/^Thanks, I've noted 4 out of ten\./);
    expect(proxy.faults.PutItem).toBe(2);
    const { attributes, version } = await store.read(userId);
    expect(version).toBe(2);
    expect(attributes.pain).toEqual([...RETURNING_USER.pain, { score: 4, at: '2026-11-21T15:00:00.000Z' }]);
  });

  it('a throttled write is retried and saved', async () => {
    const { alexa, userId } = await inSession();
    proxy.inject('PutItem', 'throttle', 1);
    expect((await alexa.say('my pain is a four')).speech).not.toContain(NOTE);
    expect((await store.read(userId)).version).toBe(2);
  });

  it('writes that keep failing: the answer goes out with a note, and the stored record is untouched', async () => {
    const { alexa, userId } = await inSession();
    proxy.inject('PutItem', 'throttle');
    const pain = await alexa.say('my pain is a four');
    expect(pain.speech).toMatch(new RegExp(`^${NOTE} Thanks, I've noted 4 out of ten\\.`));
    proxy.clear();
    await expect(store.read(userId)).resolves.toEqual({ attributes: RETURNING_USER, version: 1 });
  });

  it('a write applied whose reply was lost is not applied twice', async () => {
    const { alexa, userId } = await inSession();
    proxy.inject('PutItem', 'loseReply', 1);
    const pain = await alexa.say('my pain is a four');
    expect(pain.speech).not.toContain(NOTE);
    const { attributes, version } = await store.read(userId);
    expect(version).toBe(2);
    expect(attributes.pain).toEqual([...RETURNING_USER.pain, { score: 4, at: '2026-11-21T15:00:00.000Z' }]);
  });

  it('a goodbye whose write fails says so after the goodbye', async () => {
    const userId = newUser();
    const { alexa } = transcript({ store, userId, healthConsent: 'unanswered' });
    // A one-shot from a brand-new user (an answer that does not need the onset): the first-use disclaimer is
    // noted, and that write fails.
    proxy.inject('PutItem', 'error500');
    const turn = await alexa.say('ask back relief coach how should i lie down');
    expect(turn.sessionEnded).toBe(true);
    expect(turn.speech).toMatch(new RegExp(`knees bent.* ${NOTE}$`));
    proxy.clear();
    await expect(store.read(userId)).resolves.toEqual({ attributes: {}, version: 0 });
  });
});

describe('the embedded SQLite store failing', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'brc-faults-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('its database held by another process: the answer comes with a note; the record is intact and the next write goes through', async () => {
    const store = new SqliteRecordStore(dir, { busyTimeoutMs: 100 });
    const holder = new Database(path.join(dir, DATABASE_FILE));
    try {
      const userId = await seeded(store);
      const { alexa } = transcript({ store, userId });
      await alexa.say('open back relief coach');
      holder.exec('BEGIN IMMEDIATE');
      const pain = await alexa.say('my pain is a four');
      expect(pain.speech).toMatch(new RegExp(`^${NOTE} Thanks, I've noted 4 out of ten\\.`));
      holder.exec('ROLLBACK');
      await expect(store.read(userId)).resolves.toEqual({ attributes: RETURNING_USER, version: 1 });
      expect((await alexa.say('my pain is a three')).speech).not.toContain(NOTE);
    } finally {
      holder.close();
      store.close();
    }
  });
});

describe('a record the skill cannot read', () => {
  it('(SQLite) is kept aside as it was, and the user gets a fresh start with a spoken note', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'brc-faults-'));
    const store = new SqliteRecordStore(dir);
    const look = new SqliteInspector(dir);
    try {
      const userId = newUser();
      const corrupt = '{"version":1,"onsetAt":"2026-11-2';
      look.plant(userId, corrupt, 3);
      const t = transcript({ store, userId });
      const launch = await t.alexa.say('open back relief coach');
      expect(launch.speech).toMatch(new RegExp(`^${FRESH_START} Welcome to Back Relief Coach\\.`));
      expect(look.asides(userId)).toEqual([corrupt]);
      // The fresh record is a valid state, written beside the copy, not over it.
      expect((await t.stored()).disclaimerHeardAt).toBe('2026-11-21T15:00:00.000Z');
      expect((await t.alexa.say('no')).speech).not.toContain(FRESH_START);
    } finally {
      look.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('(DynamoDB) is kept aside as it was, and the user gets a fresh start with a spoken note', async () => {
    const dynalite = await startDynalite();
    const client = dynalite.client();
    const store = new DynamoDbPersistenceAdapter({ tableName: TABLE, endpoint: dynalite.endpoint, region: TEST_REGION, credentials: TEST_CREDENTIALS });
    try {
      await createUserTable(client, TABLE);
      const userId = newUser();
      await store.read(userId); // the table's user key
      // Valid JSON, but not a state: pain scores of 42 and no usable onset.
      const item = {
        id: { S: await dynamoRecordKey(client, TABLE, userId) },
        version: { N: '4' },
        attributes: { M: { version: { N: '1' }, onsetAt: { S: 'tuesday' }, pain: { L: [{ M: { score: { N: '42' } } }] } } },
      };
      await client.send(new PutItemCommand({ TableName: TABLE, Item: item }));
      const t = transcript({ store, userId });
      expect((await t.alexa.say('open back relief coach')).speech).toMatch(new RegExp(`^${FRESH_START} Welcome to Back Relief Coach\\.`));
      const key = item.id.S;
      const { Item: index } = await client.send(new GetItemCommand({ TableName: TABLE, Key: { id: { S: `asides#${key}` } } }));
      const asideId = index?.ids?.SS?.[0] ?? '';
      const { Item: aside } = await client.send(new GetItemCommand({ TableName: TABLE, Key: { id: { S: asideId } } }));
      expect({ ...aside, id: item.id, expiresAt: undefined }).toEqual({ ...item, expiresAt: undefined });
      expect((await store.read(userId)).version).toBe(1);
    } finally {
      store.destroy();
      client.destroy();
      await dynalite.destroy();
    }
  });

  it('from a newer build (a deployment in progress) is left alone: answered with a note, not reset', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'brc-faults-'));
    const store = new SqliteRecordStore(dir);
    const look = new SqliteInspector(dir);
    try {
      const newer = { ...RETURNING_USER, version: 2, painLog: 'a shape this build does not know' };
      const userId = await seeded(store, newer);
      const { alexa } = transcript({ store, userId });
      const launch = await alexa.say('open back relief coach');
      expect(launch.speech).toMatch(new RegExp(`^${NOTE}`));
      expect(launch.speech).not.toContain(FRESH_START);
      await alexa.say('my pain is a four');
      await expect(store.read(userId)).resolves.toEqual({ attributes: newer, version: 1 });
      expect(look.asides(userId)).toEqual([]);
    } finally {
      look.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
