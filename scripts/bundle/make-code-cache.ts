/**
 * Makes lambda/dist/skill.js.cache (lambda/boot/code-cache.ts): compiles skill.js, runs it as a cold start would,
 * once on the embedded store and once on DynamoDB (dynalite), each answering a LaunchRequest from a new user and
 * from a returning one, then writes V8's code for everything that ran. scripts/bundle.mjs builds this file and
 * runs it in a plain `node` (no flags, no NODE_OPTIONS): V8 takes a cache only under the flags it was made with.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RequestEnvelope } from 'ask-sdk-model';
import { CACHE_SUFFIX, cacheFileContents, compileSkill, runSkill } from '../../lambda/boot/code-cache';
import { SqliteRecordStore } from '../../lambda/persistence/sqlite-store';
import { DynamoDbPersistenceAdapter, createUserTable } from '../../lambda/persistence/dynamo-adapter';
import type { UserRecordStore } from '../../lambda/persistence/record-store';
import { FAKE_SKILL_ID, envelope, launchRequest, newSessionId, stamp } from '../../tools/simulator/envelope';
import { startDynalite, TEST_CREDENTIALS, TEST_REGION } from '../../test/support/dynalite';
import { RETURNING_USER } from '../../test/support/users';

const NEW_USER = 'amzn1.ask.account.CODE-CACHE-NEW';
const KNOWN_USER = 'amzn1.ask.account.CODE-CACHE-RETURNING';
const TABLE = 'brc-code-cache';

function launch(userId: string): RequestEnvelope {
  const device = { skillId: FAKE_SKILL_ID, userId, deviceId: 'amzn1.ask.device.CODE-CACHE', locale: 'en-US', supportedInterfaces: {}, apiEndpoint: 'http://127.0.0.1:9', apiAccessToken: 't' };
  return envelope(device, launchRequest(stamp('en-US', new Date())), { sessionId: newSessionId(), new: true, attributes: {} });
}

/** One instance of the skill, loaded with `env`, answers both launches. */
async function warmUp(compiled: ReturnType<typeof compileSkill>, env: Record<string, string>, seed: UserRecordStore): Promise<void> {
  await seed.write(KNOWN_USER, RETURNING_USER, 0);
  for (const name of ['SKILL_DATA_DIR', 'SKILL_TABLE', 'DYNAMODB_ENDPOINT']) delete process.env[name];
  Object.assign(process.env, env);
  const { handler } = runSkill(compiled) as { handler: (event: RequestEnvelope) => Promise<unknown> };
  for (const userId of [NEW_USER, KNOWN_USER]) await handler(launch(userId));
}

async function main(): Promise<void> {
  const dist = path.resolve(process.argv[2] ?? 'lambda/dist');
  const compiled = compileSkill(dist, false);
  if (!compiled.buildId) throw new Error(`${compiled.file} has no build id`);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'brc-code-cache-'));
  const dynalite = await startDynalite();
  try {
    const sqlite = new SqliteRecordStore(dataDir);
    await warmUp(compiled, { SKILL_DATA_DIR: dataDir }, sqlite);
    sqlite.close();
    const client = dynalite.client();
    await createUserTable(client, TABLE);
    client.destroy();
    const dynamo = new DynamoDbPersistenceAdapter({ tableName: TABLE, endpoint: dynalite.endpoint, region: TEST_REGION, credentials: TEST_CREDENTIALS });
    await warmUp(compiled, { SKILL_TABLE: TABLE, DYNAMODB_ENDPOINT: dynalite.endpoint, AWS_REGION: TEST_REGION }, dynamo);
    dynamo.destroy();
    writeFileSync(compiled.file + CACHE_SUFFIX, cacheFileContents(compiled.buildId, compiled.script.createCachedData()));
  } finally {
    await dynalite.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  // The skill instances' store connections and keep-alive sockets are not closed one by one: the process ends here.
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`code cache: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
