/**
 * The reliability figures of `npm run bench`: how many turns of one user at the same moment stay lossless on
 * each store, and the worst turn when every store call is held 950 ms (a slow-store proxy in front of dynalite),
 * the record is unreadable and the Alexa API hangs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDbPersistenceAdapter } from '../../lambda/persistence/dynamo-adapter';
import { SqliteRecordStore } from '../../lambda/persistence/sqlite-store';
import type { SkillStore } from '../../lambda/kernel/user-store';
import { LocalAlexa } from '../../tools/local-alexa';
import type { RunningDynalite } from '../../test/support/dynalite';
import { dynamoRecordKey } from '../../test/support/dynamo-keys';
import { startFaultProxy } from '../../test/support/dynamo-fault-proxy';
import { painTurn, parallelSkill, reportAtOnce, storedScores } from '../../test/support/parallel-turns';
import { intentRequest, stamp } from '../../tools/simulator/envelope';
import { RETURNING_USER } from '../../test/support/users';

/** Pain history keeps 20 entries; one is seeded, so up to 19 turns can be checked entry by entry. */
export const PARALLEL_LEVELS = [2, 5, 10, 15, 19];
const NOTE = "I can't reach my notes";
// The tests' returning user (pinned dates before PARALLEL_NOW, health details kept with consent): a seed made from
// the wall clock, without consent, kept no pain score at all, so every turn counted as lost.
const SEED = RETURNING_USER;

export interface ParallelLevel {
  turns: number;
  lossless: boolean;
  lost: number;
  notes: number;
}

/** Each level: `turns` skill instances, each with its own store connection, report at once. */
export async function parallelLevels(open: () => SkillStore, prefix: string): Promise<ParallelLevel[]> {
  const levels: ParallelLevel[] = [];
  for (const turns of PARALLEL_LEVELS) {
    const userId = `amzn1.ask.account.BENCH-${prefix}-${turns}`;
    await open().write(userId, SEED, 0);
    const scores = Array.from({ length: turns }, (_, i) => i % 11);
    const said = await reportAtOnce(scores.map(() => open()), userId, scores);
    const stored = storedScores((await open().read(userId)).attributes).slice(1);
    const missing = [...scores];
    for (const score of stored) {
      const at = missing.indexOf(score);
      if (at >= 0) missing.splice(at, 1);
    }
    const notes = said.filter((speech) => speech.includes(NOTE)).length;
    levels.push({ turns, lossless: missing.length === 0 && notes === 0, lost: missing.length, notes });
  }
  return levels;
}

export async function sqliteParallelLevels(work: string): Promise<ParallelLevel[]> {
  const dir = mkdtempSync(path.join(work, 'parallel-'));
  const opened: SqliteRecordStore[] = [];
  try {
    return await parallelLevels(() => {
      const store = new SqliteRecordStore(dir);
      opened.push(store);
      return store;
    }, 'SQLITE');
  } finally {
    for (const store of opened) store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function dynamoParallelLevels(dynalite: RunningDynalite, table: string): Promise<ParallelLevel[]> {
  const opened: DynamoDbPersistenceAdapter[] = [];
  try {
    return await parallelLevels(() => {
      const store = new DynamoDbPersistenceAdapter({ tableName: table, endpoint: dynalite.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
      opened.push(store);
      return store;
    }, 'DYNAMO');
  } finally {
    for (const store of opened) store.destroy();
  }
}

/** Wall times (ms) of `runs` turns, each against a slow store, an unreadable record and a hanging Alexa API. */
export async function slowStoreTurns(dynalite: RunningDynalite, table: string, runs: number, slowMs = 950): Promise<number[]> {
  const proxy = await startFaultProxy(dynalite.endpoint);
  const local = await LocalAlexa.start();
  const store = new DynamoDbPersistenceAdapter({ tableName: table, endpoint: proxy.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const client = dynalite.client();
  const skill = parallelSkill(store);
  const times: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const userId = `amzn1.ask.account.BENCH-SLOW-${run}`;
      proxy.clear();
      await store.read(userId); // the table's user key
      const key = await dynamoRecordKey(client, table, userId);
      await client.send(new PutItemCommand({ TableName: table, Item: { id: { S: key }, version: { N: '2' }, attributes: { S: 'garbled' } } }));
      proxy.slow(slowMs);
      local.failNext('hang');
      // "It started this morning": the turn needs the user's time zone, from the Alexa API that hangs.
      const request = painTurn(userId, 4);
      request.request = intentRequest(stamp('en-US', new Date()), 'SetOnsetIntent', { onsetTime: { value: 'MO' } });
      request.context.System.apiEndpoint = local.endpoint;
      const started = performance.now();
      await skill.invoke(request);
      times.push(performance.now() - started);
    }
  } finally {
    proxy.clear();
    client.destroy();
    store.destroy();
    await local.close();
    await proxy.close();
  }
  return times;
}
