import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SkillConfig } from '../../lambda/config';
import { DynamoDbPersistenceAdapter, createUserTable } from '../../lambda/persistence/dynamo-adapter';
import { DATABASE_FILE, SqliteRecordStore } from '../../lambda/persistence/sqlite-store';
import { createRecordStore } from '../../lambda/persistence';
import { RunningDynalite, startDynalite } from '../support/dynalite';

const ROOT = join(__dirname, '..', '..');

describe('createRecordStore', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'record-store-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('uses the embedded SQLite store in dataDir when no table is configured', async () => {
    const store = createRecordStore({ dataDir: dir, inLambda: false, healthRecords: 'consent' });
    expect(store).toBeInstanceOf(SqliteRecordStore);
    await store.write('user', { a: 1 }, 0);
    expect(await readdir(dir)).toContain(DATABASE_FILE);
    (store as SqliteRecordStore).close();
  });

  describe('with a table', () => {
    let server: RunningDynalite;
    const saved = { ...process.env };
    beforeAll(async () => {
      server = await startDynalite();
      const client = server.client();
      await createUserTable(client, 'skill-users');
      client.destroy();
    });
    afterAll(async () => {
      process.env = saved;
      await server.destroy();
    });

    it('uses DynamoDB at the configured endpoint, with local credentials when none are set', async () => {
      delete process.env.AWS_ACCESS_KEY_ID;
      delete process.env.AWS_SECRET_ACCESS_KEY;
      const config: SkillConfig = { table: 'skill-users', dynamoEndpoint: server.endpoint, dataDir: dir, inLambda: false, healthRecords: 'consent' };
      const store = createRecordStore(config);
      expect(store).toBeInstanceOf(DynamoDbPersistenceAdapter);
      try {
        await store.write('user', { a: 1 }, 0);
        await expect(store.read('user')).resolves.toEqual({ attributes: { a: 1 }, version: 1 });
        expect(await readdir(dir)).toEqual([]); // nothing went to the embedded store
      } finally {
        (store as DynamoDbPersistenceAdapter).destroy();
      }
    });
  });

  it('loads the DynamoDB client only when DynamoDB is chosen, never the AWS SDK, and better-sqlite3 only without a table', () => {
    const probe = (config: string): string =>
      execFileSync(
        process.execPath,
        [
          '-r',
          'ts-node/register/transpile-only',
          '-e',
          `const store = require('./lambda/persistence').createRecordStore(${config});
           const loaded = (name) => Object.keys(require.cache).some((file) => file.includes(name));
           process.stdout.write([loaded('@aws-lite/client'), loaded('@aws-sdk'), loaded('better-sqlite3')].join(' '));
           if (store.close) store.close();`,
        ],
        { cwd: ROOT, encoding: 'utf8', env: { ...process.env, AWS_REGION: 'us-east-1' } },
      );
    expect(probe(`{ dataDir: ${JSON.stringify(dir)}, inLambda: false }`)).toBe('false false true');
    expect(probe(`{ table: 'skill-users', dataDir: 'unused', inLambda: false }`)).toBe('true false false');
  });
});
