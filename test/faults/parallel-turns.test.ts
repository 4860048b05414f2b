/**
 * Ten turns of one user at the same moment, each reporting a different pain score: every report must be in the
 * stored record afterwards, and nobody hears "I can't reach my notes". Conflicting writes are replayed on the
 * fresher record, with jitter, until they land. On the embedded SQLite store and on DynamoDB (dynalite); in one
 * process (ten skill instances), and across five processes of two turns each, all started together.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { DynamoDbPersistenceAdapter, createUserTable } from '../../lambda/persistence/dynamo-adapter';
import { SqliteRecordStore } from '../../lambda/persistence/sqlite-store';
import type { SkillStore } from '../../lambda/kernel/user-store';
import { RunningDynalite, TEST_CREDENTIALS, TEST_REGION, startDynalite } from '../support/dynalite';
import { reportAtOnce, storedScores } from '../support/parallel-turns';
import { RETURNING_USER } from '../support/users';

const ROOT = path.resolve(__dirname, '..', '..');
const NOTE = "I can't reach my notes";
const TURNS = 10;
const PROCESSES = 5;
const SCORES = Array.from({ length: TURNS }, (_, i) => i + 1);
const TABLE = 'brc-parallel';

interface Backend {
  /** A store of its own, as a separate container or process would have. */
  open(): SkillStore;
  workerEnv: Record<string, string>;
  close(): Promise<void>;
}

const BACKENDS: Array<[string, () => Promise<Backend>]> = [
  [
    'the embedded SQLite store',
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'brc-parallel-'));
      const opened: SqliteRecordStore[] = [];
      return {
        open: () => {
          const store = new SqliteRecordStore(dir);
          opened.push(store);
          return store;
        },
        workerEnv: { STORE: 'sqlite', DATA_DIR: dir },
        close: async () => {
          for (const store of opened) store.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  ],
  [
    'DynamoDB (dynalite)',
    async () => {
      const dynalite: RunningDynalite = await startDynalite();
      const client = dynalite.client();
      await createUserTable(client, TABLE);
      client.destroy();
      const opened: DynamoDbPersistenceAdapter[] = [];
      return {
        open: () => {
          const store = new DynamoDbPersistenceAdapter({ tableName: TABLE, endpoint: dynalite.endpoint, region: TEST_REGION, credentials: TEST_CREDENTIALS });
          opened.push(store);
          return store;
        },
        workerEnv: { STORE: 'dynamo', ENDPOINT: dynalite.endpoint, TABLE },
        close: async () => {
          for (const store of opened) store.destroy();
          await dynalite.destroy();
        },
      };
    },
  ],
];

let workerBundle: string;
let bundleDir: string;
beforeAll(async () => {
  bundleDir = mkdtempSync(path.join(tmpdir(), 'brc-worker-'));
  workerBundle = path.join(bundleDir, 'turn-worker.js');
  await build({
    entryPoints: [path.join(ROOT, 'test/support/turn-worker.ts')],
    outfile: workerBundle,
    bundle: true,
    platform: 'node',
    target: 'node20',
    external: ['better-sqlite3', '@aws-sdk/*'],
    logLevel: 'warning',
  });
});
afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));

describe.each(BACKENDS)('%s', (_name, make) => {
  let backend: Backend;
  let users = 0;
  beforeAll(async () => {
    backend = await make();
  });
  afterAll(() => backend.close());

  async function seededUser(): Promise<string> {
    const userId = `amzn1.ask.account.PARALLEL-${++users}`;
    await backend.open().write(userId, RETURNING_USER, 0);
    return userId;
  }

  it(`${TURNS} turns of one user at once, in one process: every report is kept, and no one hears a note`, async () => {
    const userId = await seededUser();
    const stores = SCORES.map(() => backend.open());
    const said = await reportAtOnce(stores, userId, SCORES);
    for (const speech of said) expect(speech).not.toContain(NOTE);
    const { attributes, version } = await backend.open().read(userId);
    expect(storedScores(attributes).slice(1).sort((a, b) => a - b)).toEqual(SCORES);
    expect(version).toBe(1 + TURNS);
  });

  it(`${TURNS} turns of one user at once, across ${PROCESSES} processes: every report is kept`, async () => {
    const userId = await seededUser();
    const perProcess = TURNS / PROCESSES;
    const workers = Array.from({ length: PROCESSES }, (_, p) =>
      startWorker({ ...backend.workerEnv, USER_ID: userId, SCORES: SCORES.slice(p * perProcess, (p + 1) * perProcess).join(',') }),
    );
    await Promise.all(workers.map((worker) => worker.ready));
    for (const worker of workers) worker.go();
    const said = (await Promise.all(workers.map((worker) => worker.done))).flat();
    expect(said).toHaveLength(TURNS);
    for (const speech of said) expect(speech).not.toContain(NOTE);
    const { attributes, version } = await backend.open().read(userId);
    expect(storedScores(attributes).slice(1).sort((a, b) => a - b)).toEqual(SCORES);
    expect(version).toBe(1 + TURNS);
  });
});

function startWorker(env: Record<string, string>) {
  const child = spawn(process.execPath, [workerBundle], {
    env: { PATH: process.env.PATH, NODE_PATH: path.join(ROOT, 'node_modules'), AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => void (err += chunk.toString()));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.startsWith('ready\n')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`worker exited (${code}) before it was ready: ${err}`)));
  });
  const done = new Promise<string[]>((resolve, reject) => {
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`worker exited with ${code}: ${err}`));
      resolve(JSON.parse(out.slice('ready\n'.length).trim()) as string[]);
    });
  });
  return { ready, done, go: () => child.stdin.write('go\n') };
}
