/**
 * Data deletion: AlexaSkillEvent.SkillDisabled with userInformationPersistenceStatus NOT_PERSISTED deletes
 * everything stored about the user (the record and any copy quarantine kept aside), through the real skill, on
 * both stores the skill runs on: DynamoDB (dynalite) and the embedded SQLite store. Nothing is written back after;
 * only a tombstone that names nobody stays, for a day.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, PutItemCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { createRecordStore, SkillRecordStore } from '../../lambda/persistence';
import { createUserTable, DynamoDbPersistenceAdapter } from '../../lambda/persistence/dynamo-adapter';
import { buildSkill } from '../../lambda/kernel/build-skill';
import { SkillConversation } from '../../tools/simulator/conversation';
import { FAKE_SKILL_ID } from '../../tools/simulator/envelope';
import { RunningDynalite, startDynalite } from '../support/dynalite';
import { loadModel } from '../support/model';
import { skillDisabledEvent } from '../support/raw-requests';
import { dynamoRecordKey } from '../support/dynamo-keys';
import { SqliteInspector } from '../support/sqlite-inspect';
import type { SqliteRecordStore } from '../../lambda/persistence/sqlite-store';

const TABLE = 'skill-disabled-test';
const NOW = new Date('2026-11-21T15:00:00Z');

interface Backend {
  store: SkillRecordStore;
  /** Puts a record the skill cannot read, as a corrupted or hand-edited one would be. */
  plantUnreadable(userId: string): Promise<void>;
  /** The user's data as stored: their record (not a tombstone) and set-aside copies, by key. */
  storedFor(userId: string): Promise<string[]>;
  close(): Promise<void>;
}

async function dynamoBackend(persistent = false): Promise<Backend & { server: RunningDynalite }> {
  const server = await startDynalite({ persistent });
  const client: DynamoDBClient = server.client();
  await createUserTable(client, TABLE);
  const store = createRecordStore({ table: TABLE, dynamoEndpoint: server.endpoint, dataDir: 'unused', inLambda: false, healthRecords: 'consent' });
  return {
    server,
    store,
    async plantUnreadable(userId) {
      await store.read(userId); // the table's user key exists from the first use on
      const key = await dynamoRecordKey(client, TABLE, userId);
      await client.send(new PutItemCommand({ TableName: TABLE, Item: { id: { S: key }, attributes: { S: 'garbled' } } }));
    },
    async storedFor(userId) {
      const key = await dynamoRecordKey(client, TABLE, userId);
      const { Items = [] } = await client.send(new ScanCommand({ TableName: TABLE, ConsistentRead: true }));
      return Items.filter((item) => (item.id?.S === key && item.deletedAt === undefined) || item.id?.S?.includes(`#${key}`)).map(
        (item) => item.id?.S ?? '',
      );
    },
    async close() {
      (store as DynamoDbPersistenceAdapter).destroy();
      client.destroy();
      await server.destroy();
    },
  };
}

async function sqliteBackend(): Promise<Backend> {
  const dir = await mkdtemp(join(tmpdir(), 'skill-disabled-'));
  const store = createRecordStore({ dataDir: dir, inLambda: false, healthRecords: 'consent' });
  const look = new SqliteInspector(dir);
  return {
    store,
    async plantUnreadable(userId) {
      look.plant(userId, '{ not json');
    },
    async storedFor(userId) {
      const key = look.keyOf(userId);
      return look
        .all()
        .filter((row) => (row.id === key && !row.deleted) || row.id.includes(`#${key}`))
        .map((row) => row.id);
    },
    async close() {
      look.close();
      (store as SqliteRecordStore).close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

describe.each([
  ['DynamoDB (dynalite)', () => dynamoBackend()],
  ['the embedded SQLite store', sqliteBackend],
])('disabling the skill, on %s', (_name, makeBackend) => {
  let backend: Backend;
  let user = 0;
  const newUser = () => `amzn1.ask.account.DISABLE-${++user}`;

  beforeAll(async () => {
    backend = await makeBackend();
  });
  afterAll(async () => {
    await backend.close();
  });

  const skill = () => buildSkill({ store: backend.store, clock: { now: () => NOW }, pickVariant: () => 0, skillId: FAKE_SKILL_ID });

  /** A user who had a corrupted record (kept aside), started fresh, agreed to keeping health details, and told the skill their onset and pain. */
  async function userWithHistory(userId: string): Promise<void> {
    await backend.plantUnreadable(userId);
    const alexa = new SkillConversation({
      model: loadModel('en-US'),
      locale: 'en-US',
      userId,
      invoke: (envelope) => skill().invoke(envelope),
      now: () => NOW,
      timeZone: 'America/New_York',
      apiEndpoint: 'http://127.0.0.1:9',
    });
    await alexa.say('open back relief coach');
    await alexa.say('no');
    await alexa.say('yes');
    await alexa.say('it started yesterday');
    await alexa.say('seven out of ten');
    const record = await backend.store.read(userId);
    expect(record.version).toBeGreaterThan(0);
    expect(record.attributes).toHaveProperty('onsetAt');
    expect((await backend.storedFor(userId)).length).toBeGreaterThanOrEqual(2); // the record and the copy kept aside
  }

  it('with NOT_PERSISTED deletes the record and every copy kept aside, and writes nothing back', async () => {
    const userId = newUser();
    const bystander = newUser();
    await userWithHistory(userId);
    await userWithHistory(bystander);
    const before = await backend.storedFor(bystander);

    const { response } = await skill().invoke(skillDisabledEvent('NOT_PERSISTED', { userId, now: NOW }));

    expect(response.outputSpeech).toBeUndefined();
    expect(await backend.storedFor(userId)).toEqual([]);
    await expect(backend.store.read(userId)).resolves.toMatchObject({ attributes: {}, deleted: true });
    expect((await backend.storedFor(bystander)).sort()).toEqual(before.sort());
  });

  it('with PERSISTED keeps the data: the user keeps the same id and gets their progress back on re-enabling', async () => {
    const userId = newUser();
    await userWithHistory(userId);
    const before = await backend.storedFor(userId);
    await skill().invoke(skillDisabledEvent('PERSISTED', { userId, now: NOW }));
    expect((await backend.storedFor(userId)).sort()).toEqual(before.sort());
  });

  it('without a persistence status keeps the data (only an explicit NOT_PERSISTED deletes)', async () => {
    const userId = newUser();
    await userWithHistory(userId);
    const before = await backend.storedFor(userId);
    await skill().invoke(skillDisabledEvent(undefined, { userId, now: NOW }));
    expect((await backend.storedFor(userId)).sort()).toEqual(before.sort());
  });

  it('for a user with no data does nothing and succeeds', async () => {
    const userId = newUser();
    await expect(skill().invoke(skillDisabledEvent('NOT_PERSISTED', { userId, now: NOW }))).resolves.toHaveProperty('response');
    expect(await backend.storedFor(userId)).toEqual([]);
  });

  it('is refused for another skill id, deleting nothing', async () => {
    const userId = newUser();
    await userWithHistory(userId);
    const before = await backend.storedFor(userId);
    const forOther = skillDisabledEvent('NOT_PERSISTED', { userId, now: NOW, skillId: 'amzn1.ask.skill.11111111-2222-4333-8444-555555555555' });
    await expect(skill().invoke(forOther)).rejects.toThrow();
    expect((await backend.storedFor(userId)).sort()).toEqual(before.sort());
  });
});

describe('a deletion that fails', () => {
  it('is not passed off as done: the invocation fails, so Lambda reports it and it is logged as failed', async () => {
    const backend = await dynamoBackend(true); // keeps its data over the outage
    try {
      const userId = 'amzn1.ask.account.DISABLE-FAILS';
      await backend.store.write(userId, { version: 1, pain: [] }, 0);
      await backend.server.stop();
      const lines: Array<Record<string, unknown>> = [];
      const sink = { info: () => undefined, warn: () => undefined, error: (_m: string, line: Record<string, unknown>) => void lines.push(line) };
      const skill = buildSkill({ store: backend.store, skillId: FAKE_SKILL_ID, log: sink });
      await expect(skill.invoke(skillDisabledEvent('NOT_PERSISTED', { userId, now: NOW }))).rejects.toThrow();
      expect(lines).toEqual([expect.objectContaining({ requestType: 'AlexaSkillEvent.SkillDisabled', outcome: 'failed' })]);
      await backend.server.start();
      expect(await backend.storedFor(userId)).toEqual([await dynamoRecordKey(backend.server.client(), TABLE, userId)]);
    } finally {
      await backend.close();
    }
  });
});
