/**
 * `npm run bench`: the skill's performance figures, in one run, printed side by side with their targets.
 *
 * - Cold start: a new Node process loads a bundle and answers a LaunchRequest (a returning user), timed from
 *   spawning the process to its answer; median of BENCH_COLD_RUNS runs (default 15), the bundles taking turns so
 *   that machine noise falls on all of them alike. Ours (embedded store, and DynamoDB on dynalite in Lambda mode,
 *   which loads the DynamoDB client and writes the request log line as every Lambda cold start does) against
 *   Amazon's hello-world skill bundled with the same esbuild options.
 *   BENCH_BASELINE=<another build's lambda/dist/index.js> adds that build to the same interleaved runs (an earlier
 *   commit, say), so a change is measured against it under the same load: on a shared machine, the fair before.
 * - Warm turns: p50 and p99 latency of the handler over the realistic mix (scripts/bench/mix.ts), in one warm
 *   process per store, the bundle loaded once; embedded store and dynalite (a local DynamoDB, other process).
 * - Storage reads and writes per turn, by kind of turn: the same mix on the skill built from source with a
 *   counting wrapper around the store. "Idle writes" are writes of a record identical to the one read.
 * - Bundle size, and peak memory (max RSS) of the cold-start processes and of the warm process.
 * - The DynamoDB client: a fresh process that loads a client and reads one item (the table's hash key) from dynalite, for the store's
 *   client (aws-lite, bundled) against the AWS SDK v3 client bundled and minified, and loaded from node_modules as
 *   Lambda's runtime copy would be (scripts/bench/dynamo-clients/).
 * - Reliability (scripts/bench/robustness.ts): how many turns of one user at the same moment stay lossless on
 *   each store, and the worst of BENCH_SLOW_RUNS turns (default 5) behind a slow-store proxy (950 ms a call) in
 *   front of dynalite, with an unreadable record and a hanging Alexa API, against the 6 s turn budget.
 *
 * A benchmark, not a test: it prints the figures and whether each meets its target, and exits 0 either way.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions } from 'esbuild';
import { SqliteRecordStore } from '../lambda/persistence/sqlite-store';
import { DynamoDbPersistenceAdapter, createUserTable } from '../lambda/persistence/dynamo-adapter';
import { buildSkill } from '../lambda/kernel/build-skill';
import type { SkillStore } from '../lambda/kernel/user-store';
import { sameFacts } from '../lambda/kernel/user-store';
import { envelope, launchRequest, newSessionId, stamp } from '../tools/simulator/envelope';
import { startDynalite } from '../test/support/dynalite';
import { kindOf, runMix, TimedTurn } from './bench/mix';
import { dynamoParallelLevels, ParallelLevel, slowStoreTurns, sqliteParallelLevels } from './bench/robustness';
import { TURN_BUDGET_MS } from '../lambda/kernel/turn-budget';
import { HASH_KEY_ITEM } from '../lambda/persistence/keys';

const ROOT = path.resolve(__dirname, '..');
const SKILL_BUNDLE = path.join(ROOT, 'lambda/dist/index.js');
/** The JavaScript Lambda gets: the bundle and the libraries it loads from beside it on first use (scripts/bundle.mjs). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const LAMBDA_SCRIPTS = (require('./zip-lambda.js') as { LAMBDA_FILES: string[] }).LAMBDA_FILES.filter((file) => file.endsWith('.js')).map((file) => path.join(ROOT, 'lambda/dist', file));
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 15);
const WARM_USERS = Number(process.env.BENCH_USERS ?? 60);
const TABLE = 'brc-bench-users';
const RETURNING_USER = 'amzn1.ask.account.BENCH-COLD';
const BENCH_SKILL_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-000000000000';
const SLOW_RUNS = Number(process.env.BENCH_SLOW_RUNS ?? 5);
const BASELINE = process.env.BENCH_BASELINE ? path.resolve(process.env.BENCH_BASELINE) : undefined;

type ColdKind = 'hello' | 'embedded' | 'dynalite' | 'baselineEmbedded' | 'baselineDynalite';

/** The options scripts/bundle.mjs bundles lambda/index.ts with, so the hello-world bundle is made the same way. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const BUNDLE_OPTIONS = require('./bundle-options.js') as BuildOptions;

const TARGETS = { coldRatio: 1.2, coldRatioDynamo: 1.5, warmP99Ms: 5, readsPerTurn: 1, writesPerTurn: 1, idleWrites: 0, bundleBytes: 1_000_000 };

interface ColdRun {
  wallMs: number;
  loadMs: number;
  firstAnswerMs: number;
  sinceProcessStartMs: number;
  maxRssKb: number;
  cpuMs: number;
  loadCpuMs: number;
  firstAnswerCpuMs: number;
}

async function main(): Promise<void> {
  const loadBefore = loadavg();
  const work = mkdtempSync(path.join(tmpdir(), 'brc-bench-'));
  const dynalite = await startDynalite();
  try {
    process.stderr.write('bench: building the hello-world skill and the warm driver...\n');
    const helloBundle = path.join(work, 'hello-world.js');
    await build({ ...BUNDLE_OPTIONS, entryPoints: [path.join(__dirname, 'bench/hello-world.ts')], outfile: helloBundle });
    // The warm driver (simulator and mix) as plain JavaScript, so the warm process carries no TypeScript compiler.
    const warmDriver = path.join(work, 'warm-child.js');
    await build({ ...BUNDLE_OPTIONS, minify: false, sourcemap: false, entryPoints: [path.join(__dirname, 'bench/warm-child.ts')], outfile: warmDriver, logLevel: 'error' });
    const coldChild = path.join(__dirname, 'bench/cold-start-child.js');

    const client = dynalite.client();
    await createUserTable(client, TABLE);
    client.destroy();
    const dynamoEnv = { SKILL_TABLE: TABLE, DYNAMODB_ENDPOINT: dynalite.endpoint, AWS_REGION: 'us-east-1' };
    // The production path's cold start as Lambda runs it: readConfig sees Lambda, so the request log is on and its
    // line is written (Lambda's logger, the user tag), as in every real cold start.
    // Node's options too, as the template gives them to the function (--enable-source-maps would cost a fifth).
    const lambdaEnv = { ...dynamoEnv, AWS_LAMBDA_FUNCTION_NAME: 'back-relief-coach-bench', SKILL_ID: BENCH_SKILL_ID, ...templateNodeOptions() };
    const dynamo = new DynamoDbPersistenceAdapter({ tableName: TABLE, endpoint: dynalite.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    await dynamo.write(RETURNING_USER, returningUser(), 0);
    dynamo.destroy();

    const launchFile = path.join(work, 'launch.json');
    writeFileSync(launchFile, JSON.stringify(launchEnvelope()));

    process.stderr.write(`bench: cold starts (${COLD_RUNS} runs of each)...\n`);
    const cold: Record<ColdKind, ColdRun[]> = { hello: [], embedded: [], dynalite: [], baselineEmbedded: [], baselineDynalite: [] };
    const kinds: ColdKind[] = BASELINE ? ['hello', 'embedded', 'dynalite', 'baselineEmbedded', 'baselineDynalite'] : ['hello', 'embedded', 'dynalite'];
    for (let run = 0; run < COLD_RUNS; run += 1) {
      const dataDir = mkdtempSync(path.join(work, 'cold-'));
      const seed = new SqliteRecordStore(dataDir);
      await seed.write(RETURNING_USER, returningUser(), 0);
      seed.close();
      const order = run % 2 === 0 ? kinds : [...kinds].reverse();
      for (const which of order) {
        const bundle = which === 'hello' ? helloBundle : which.startsWith('baseline') && BASELINE ? BASELINE : SKILL_BUNDLE;
        const env = which === 'dynalite' || which === 'baselineDynalite' ? lambdaEnv : { SKILL_DATA_DIR: dataDir };
        cold[which].push(await coldStart(coldChild, bundle, launchFile, env));
      }
    }

    process.stderr.write('bench: warm turns on the embedded store...\n');
    const warmEmbedded = await warm(warmDriver, { SKILL_DATA_DIR: mkdtempSync(path.join(work, 'warm-')) });
    process.stderr.write('bench: warm turns on dynalite...\n');
    const warmDynalite = await warm(warmDriver, dynamoEnv);
    // The control: the same driver and turns against hello world (its intent reflector answers every intent), so
    // what the machine adds to the tail shows beside ours.
    process.stderr.write('bench: warm turns on hello world (control)...\n');
    const warmHello = await warm(warmDriver, {}, helloBundle);

    process.stderr.write('bench: counting storage calls per turn...\n');
    const counts = await countStorage(mkdtempSync(path.join(work, 'count-')));

    process.stderr.write(`bench: DynamoDB clients, load and one read (${COLD_RUNS} runs of each)...\n`);
    const clients = await compareClients(work, dynalite.endpoint);
    process.stderr.write('bench: parallel turns of one user...\n');
    const parallel = { sqlite: await sqliteParallelLevels(work), dynalite: await dynamoParallelLevels(dynalite, TABLE) };
    process.stderr.write(`bench: ${SLOW_RUNS} turns behind the slow-store proxy...\n`);
    const slowTurns = await slowStoreTurns(dynalite, TABLE, SLOW_RUNS);

    report({
      cold,
      clients,
      warmEmbedded,
      warmDynalite,
      warmHello,
      counts,
      parallel,
      slowTurns,
      bundleBytes: LAMBDA_SCRIPTS.reduce((sum, file) => sum + statSync(file).size, 0),
      bundleGzip: gzipSync(Buffer.concat(LAMBDA_SCRIPTS.map((file) => readFileSync(file)))).length,
      entryBytes: statSync(SKILL_BUNDLE).size,
      helloBytes: statSync(helloBundle).size,
      helloGzip: gzipSync(readFileSync(helloBundle)).length,
      loadBefore,
    });
  } finally {
    await dynalite.destroy();
    rmSync(work, { recursive: true, force: true });
  }
}

function returningUser(): Record<string, unknown> {
  const now = Date.now();
  return {
    version: 1,
    onsetAt: new Date(now - 30 * 3_600_000).toISOString(),
    timeZone: 'America/New_York',
    pain: [{ score: 6, at: new Date(now - 20 * 3_600_000).toISOString() }],
    disclaimerHeardAt: new Date(now - 30 * 3_600_000).toISOString(),
    safetyCheckAt: new Date(now - 30 * 3_600_000).toISOString(),
  };
}

function launchEnvelope() {
  const device = {
    skillId: BENCH_SKILL_ID,
    userId: RETURNING_USER,
    deviceId: 'amzn1.ask.device.BENCH',
    locale: 'en-US',
    supportedInterfaces: {},
    apiEndpoint: 'http://127.0.0.1:9',
    apiAccessToken: 'bench',
  };
  return envelope(device, launchRequest(stamp('en-US', new Date())), { sessionId: newSessionId(), new: true, attributes: {} });
}

/** The zip's scripts by name, the content files (one per locale and namespace) counted as one folder. */
function zipScriptsNamed(): string {
  const names = LAMBDA_SCRIPTS.map((file) => path.relative(path.join(ROOT, 'lambda/dist'), file));
  const content = names.filter((name) => name.startsWith('content/'));
  return [...names.filter((name) => !name.startsWith('content/')), `content/ (${content.length} files)`].join(' + ');
}

/** The NODE_OPTIONS the CloudFormation template sets for the Lambda function, if any. */
function templateNodeOptions(): { NODE_OPTIONS?: string } {
  const template = readFileSync(path.join(ROOT, 'infrastructure/cfn-deployer/skill-stack.yaml'), 'utf8');
  const options = /^\s+NODE_OPTIONS:\s*(\S.*?)\s*$/m.exec(template)?.[1];
  return options ? { NODE_OPTIONS: options } : {};
}

/** Only what the child needs: no NODE_OPTIONS, no ts-node, no AWS settings of the machine. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...extra };
}

/**
 * Spawns a child that prints one JSON line, last; the wall time runs from the spawn to the first byte it writes
 * (a cold start in Lambda mode writes its request log line first, as the answer is ready).
 */
function timedChild<Line>(args: string[], env: NodeJS.ProcessEnv): Promise<{ wallMs: number; line: Line }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const proc = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let wallMs: number | undefined;
    proc.stdout.on('data', (chunk: Buffer) => {
      wallMs ??= performance.now() - started;
      out += chunk.toString();
    });
    proc.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    proc.on('close', (code) => {
      if (code !== 0 || wallMs === undefined) return reject(new Error(`${args.join(' ')} failed (${code}): ${err}`));
      resolve({ wallMs, line: JSON.parse(out.trim().split('\n').at(-1) ?? '') as Line });
    });
  });
}

async function coldStart(child: string, bundle: string, launchFile: string, env: Record<string, string>): Promise<ColdRun> {
  const { wallMs, line } = await timedChild<Omit<ColdRun, 'wallMs'> & { spoke: boolean }>([child, bundle, launchFile], childEnv(env));
  if (!line.spoke) throw new Error(`${bundle} answered the LaunchRequest without speech`);
  const { spoke: _spoke, ...figures } = line;
  return { wallMs, ...figures };
}

interface WarmResult {
  turns: TimedTurn[];
  maxRssKb: number;
  heapUsedBytes: number;
}

function warm(driver: string, env: Record<string, string>, bundle = SKILL_BUNDLE): Promise<WarmResult> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--expose-gc', driver], {
      env: childEnv({ ...env, BENCH_USERS: String(WARM_USERS), BRC_SKILL_BUNDLE: bundle }),
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    proc.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    proc.on('close', (code) => (code === 0 ? resolve(JSON.parse(out.trim()) as WarmResult) : reject(new Error(`warm run failed (${code}): ${err}`))));
  });
}

interface ClientRun {
  wallMs: number;
  loadMs: number;
  firstCallMs: number;
  cpuMs: number;
}

interface ClientVariant {
  name: string;
  bundleBytes: number;
  runs: ClientRun[];
}

/**
 * The store's DynamoDB client against the AWS SDK's, each in fresh processes: spawn, load the client, read one
 * item (the table's hash key) from dynalite. The SDK twice: bundled and minified like ours, and left in
 * node_modules as Lambda's runtime copy would be loaded.
 */
async function compareClients(work: string, endpoint: string): Promise<ClientVariant[]> {
  const source = path.join(__dirname, 'bench/dynamo-clients');
  const variants = [
    { name: 'aws-lite, bundled (ours)', entry: 'aws-lite.ts', external: [] as string[] },
    { name: '@aws-sdk/client-dynamodb, bundled + minified', entry: 'aws-sdk.ts', external: [] as string[] },
    { name: '@aws-sdk/client-dynamodb from node_modules', entry: 'aws-sdk.ts', external: ['@aws-sdk/*'] },
  ];
  const built: Array<ClientVariant & { file: string }> = [];
  for (const [index, variant] of variants.entries()) {
    const file = path.join(work, `client-${index}.js`);
    await build({ ...BUNDLE_OPTIONS, sourcemap: false, entryPoints: [path.join(source, variant.entry)], outfile: file, external: variant.external, logLevel: 'error' });
    built.push({ name: variant.name, bundleBytes: statSync(file).size, runs: [], file });
  }
  const child = path.join(__dirname, 'bench/client-child.js');
  // NODE_PATH plays Lambda's runtime folder for the variant that leaves the SDK outside its bundle.
  const env = childEnv({ NODE_PATH: path.join(ROOT, 'node_modules') });
  for (let run = 0; run < COLD_RUNS; run += 1) {
    const order = run % 2 === 0 ? built : [...built].reverse();
    // The table's hash-key item: records are keyed by a keyed hash of the user id (keys.ts), this one by a fixed id.
    for (const variant of order) variant.runs.push(await clientStart(child, [variant.file, endpoint, TABLE, HASH_KEY_ITEM], env));
  }
  return built.map(({ name, bundleBytes, runs }) => ({ name, bundleBytes, runs }));
}

async function clientStart(child: string, args: string[], env: NodeJS.ProcessEnv): Promise<ClientRun> {
  const { wallMs, line } = await timedChild<Omit<ClientRun, 'wallMs'> & { found: boolean }>([child, ...args], env);
  if (!line.found) throw new Error(`${args[0]} did not find the table's hash-key item`);
  return { wallMs, loadMs: line.loadMs, firstCallMs: line.firstCallMs, cpuMs: line.cpuMs };
}

interface KindCount {
  turns: number;
  reads: number;
  writes: number;
  maxReads: number;
  maxWrites: number;
  idleWrites: number;
}

/** The mix on the skill built from source, with every store call counted, turn by turn. */
async function countStorage(dataDir: string): Promise<Map<string, KindCount>> {
  const inner = new SqliteRecordStore(dataDir);
  const tally = { reads: 0, writes: 0, idleWrites: 0 };
  const lastRead = new Map<string, unknown>();
  const store: SkillStore = {
    async read(userId, budget) {
      tally.reads += 1;
      const record = await inner.read(userId, budget);
      lastRead.set(userId, record.attributes);
      return record;
    },
    async write(userId, attributes, expectedVersion, budget) {
      tally.writes += 1;
      if (lastRead.has(userId) && sameFacts(lastRead.get(userId), attributes)) tally.idleWrites += 1;
      return inner.write(userId, attributes, expectedVersion, budget);
    },
    quarantine: (userId, budget) => inner.quarantine(userId, budget),
    purge: (userId, budget) => inner.purge(userId, budget),
  };
  const skill = buildSkill({ store });
  const kinds = new Map<string, KindCount>();
  await runMix({
    users: 12,
    userPrefix: 'COUNT',
    invoke: async (request) => {
      const before = { ...tally };
      const response = await skill.invoke(request);
      const kind = kindOf(request);
      const entry = kinds.get(kind) ?? { turns: 0, reads: 0, writes: 0, maxReads: 0, maxWrites: 0, idleWrites: 0 };
      const reads = tally.reads - before.reads;
      const writes = tally.writes - before.writes;
      entry.turns += 1;
      entry.reads += reads;
      entry.writes += writes;
      entry.maxReads = Math.max(entry.maxReads, reads);
      entry.maxWrites = Math.max(entry.maxWrites, writes);
      entry.idleWrites += tally.idleWrites - before.idleWrites;
      kinds.set(kind, entry);
      return response;
    },
  });
  return kinds;
}

// ---------------------------------------------------------------------------------------------
// The report

function median(values: number[]): number {
  return percentile(values, 50);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;
const mb = (kbytes: number): string => `${(kbytes / 1024).toFixed(1)} MB`;
const verdict = (ok: boolean): string => (ok ? 'meets' : 'MISSES');

function table(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd()).join('\n');
}

interface Figures {
  cold: Record<ColdKind, ColdRun[]>;
  clients: ClientVariant[];
  warmEmbedded: WarmResult;
  warmDynalite: WarmResult;
  warmHello: WarmResult;
  counts: Map<string, KindCount>;
  parallel: Record<'sqlite' | 'dynalite', ParallelLevel[]>;
  slowTurns: number[];
  bundleBytes: number;
  bundleGzip: number;
  /** lambda/dist/index.js alone: what every cold start compiles. */
  entryBytes: number;
  helloBytes: number;
  helloGzip: number;
  loadBefore: number[];
}

function report(f: Figures): void {
  const coldRow = (name: string, runs: ColdRun[]) => [
    name,
    ms(median(runs.map((run) => run.wallMs))),
    ms(median(runs.map((run) => run.loadMs))),
    ms(median(runs.map((run) => run.firstAnswerMs))),
    ms(median(runs.map((run) => run.cpuMs))),
    `${ms(median(runs.map((run) => run.loadCpuMs)))} + ${ms(median(runs.map((run) => run.firstAnswerCpuMs)))}`,
    mb(Math.max(...runs.map((run) => run.maxRssKb))),
  ];
  const hello = median(f.cold.hello.map((run) => run.wallMs));
  const ours = median(f.cold.embedded.map((run) => run.wallMs));
  const oursDynamo = median(f.cold.dynalite.map((run) => run.wallMs));
  const inProcess = (runs: ColdRun[]) => median(runs.map((run) => run.loadMs + run.firstAnswerMs));
  const ratio = ours / hello;
  const ratioDynamo = oursDynamo / hello;
  const cpuRatio = (runs: ColdRun[]) => median(runs.map((run) => run.cpuMs)) / median(f.cold.hello.map((run) => run.cpuMs));

  const warmRow = (name: string, result: WarmResult) => {
    const latencies = result.turns.map((turn) => turn.ms);
    const cpu = result.turns.map((turn) => turn.cpuMs);
    return [
      name,
      String(latencies.length),
      ms(percentile(latencies, 50)),
      ms(percentile(latencies, 99)),
      ms(Math.max(...latencies)),
      ms(percentile(cpu, 50)),
      ms(percentile(cpu, 99)),
      mb(result.maxRssKb),
    ];
  };
  const embeddedP99 = percentile(f.warmEmbedded.turns.map((turn) => turn.ms), 99);

  const kinds = [...f.counts].sort((a, b) => a[0].localeCompare(b[0]));
  const maxReads = Math.max(...kinds.map(([, count]) => count.maxReads));
  const maxWrites = Math.max(...kinds.map(([, count]) => count.maxWrites));
  const idle = kinds.reduce((sum, [, count]) => sum + count.idleWrites, 0);

  const lines: string[] = [];
  lines.push(
    `Back Relief Coach benchmark, Node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), ${new Date().toISOString()}`,
    `load average when it started ${f.loadBefore.map((load) => load.toFixed(2)).join(' ')}, when it ended ${loadavg().map((load) => load.toFixed(2)).join(' ')} ` +
      '(other work on the machine shows in wall times, above all in p99; CPU times are the turn\'s own)',
    '',
  );
  lines.push(`Cold start: new process, load bundle, answer a LaunchRequest (median of ${COLD_RUNS})`);
  lines.push(
    table([
      ['bundle', 'spawn to answer', 'require()', 'first answer', 'process CPU', 'CPU: require + answer', 'peak RSS'],
      coldRow('hello world', f.cold.hello),
      coldRow('ours, embedded store', f.cold.embedded),
      coldRow('ours, DynamoDB (dynalite), as in Lambda', f.cold.dynalite),
      ...(BASELINE ? [coldRow('baseline, embedded store', f.cold.baselineEmbedded), coldRow('baseline, DynamoDB', f.cold.baselineDynalite)] : []),
    ]),
  );
  if (BASELINE) {
    const against = (runs: ColdRun[]) => (median(runs.map((run) => run.wallMs)) / hello).toFixed(2);
    lines.push(`baseline (${BASELINE}), same runs: ${against(f.cold.baselineEmbedded)}x hello world on the embedded store, ${against(f.cold.baselineDynalite)}x on DynamoDB`);
  }
  lines.push(
    `ratio ours / hello world: ${ratio.toFixed(2)} on the embedded store (target <= ${TARGETS.coldRatio}: ${verdict(ratio <= TARGETS.coldRatio)}), ` +
      `${ratioDynamo.toFixed(2)} on DynamoDB (target <= ${TARGETS.coldRatioDynamo}: ${verdict(ratioDynamo <= TARGETS.coldRatioDynamo)}); ` +
      `in-process part (require + first answer) ${ms(inProcess(f.cold.embedded))} and ${ms(inProcess(f.cold.dynalite))} vs ${ms(inProcess(f.cold.hello))}`,
    `by process CPU instead of wall time (steadier on a busy machine): ${cpuRatio(f.cold.embedded).toFixed(2)}x on the embedded store, ` +
      `${cpuRatio(f.cold.dynalite).toFixed(2)}x on DynamoDB`,
    '',
  );
  lines.push(`DynamoDB client: new process, load the client, read one item from dynalite (median of ${COLD_RUNS})`);
  lines.push(
    table([
      ['client', 'spawn to item', 'require()', 'first call', 'process CPU', 'bundle'],
      ...f.clients.map((client) => [
        client.name,
        ms(median(client.runs.map((run) => run.wallMs))),
        ms(median(client.runs.map((run) => run.loadMs))),
        ms(median(client.runs.map((run) => run.firstCallMs))),
        ms(median(client.runs.map((run) => run.cpuMs))),
        client.name.includes('node_modules') ? 'outside' : kb(client.bundleBytes),
      ]),
    ]),
    '',
  );
  lines.push(`Warm turns: the realistic mix, ${WARM_USERS} users, handler latency`);
  lines.push(
    table([
      ['store', 'turns', 'p50', 'p99', 'max', 'CPU p50', 'CPU p99', 'peak RSS'],
      warmRow('embedded (SQLite)', f.warmEmbedded),
      warmRow('DynamoDB (dynalite)', f.warmDynalite),
      warmRow('hello world (control)', f.warmHello),
    ]),
  );
  lines.push(`p99 on the embedded store: ${ms(embeddedP99)} (target <= ${TARGETS.warmP99Ms} ms: ${verdict(embeddedP99 <= TARGETS.warmP99Ms)})`);
  // Where the tail is: turns that write (an SQLite transaction in WAL mode) or not.
  const writing = new Set([...f.counts].filter(([, count]) => count.writes > 0).map(([kind]) => kind));
  const split = (result: WarmResult, writes: boolean) => result.turns.filter((turn) => writing.has(turn.kind) === writes).map((turn) => turn.ms);
  lines.push(
    `embedded store, kinds of turn that never write: p50 ${ms(percentile(split(f.warmEmbedded, false), 50))}, p99 ${ms(percentile(split(f.warmEmbedded, false), 99))}; ` +
      `kinds that may write: p50 ${ms(percentile(split(f.warmEmbedded, true), 50))}, p99 ${ms(percentile(split(f.warmEmbedded, true), 99))}`,
    '',
  );
  lines.push('Storage calls per turn, by kind of turn (same for both stores: the logic is the same)');
  lines.push(
    table([
      ['kind of turn', 'turns', 'reads/turn', 'writes/turn', 'max reads', 'max writes', 'idle writes'],
      ...kinds.map(([kind, count]) => [
        kind,
        String(count.turns),
        (count.reads / count.turns).toFixed(2),
        (count.writes / count.turns).toFixed(2),
        String(count.maxReads),
        String(count.maxWrites),
        String(count.idleWrites),
      ]),
    ]),
  );
  lines.push(
    `at most ${maxReads} read and ${maxWrites} write per turn (target <= 1 and <= 1: ${verdict(maxReads <= 1 && maxWrites <= 1)}); ` +
      `writes that changed nothing: ${idle} (target 0: ${verdict(idle === 0)})`,
    '',
  );
  const losslessUpTo = (levels: ParallelLevel[]) => {
    let best = 0;
    for (const level of levels) {
      if (!level.lossless) break;
      best = level.turns;
    }
    return best;
  };
  const levelCell = (level: ParallelLevel) => (level.lossless ? 'lossless' : `${level.lost} lost, ${level.notes} notes`);
  lines.push('Parallel turns of one user at the same moment (each its own skill instance and store connection)');
  lines.push(
    table([
      ['store', ...f.parallel.sqlite.map((level) => `${level.turns} at once`), 'lossless up to'],
      ['embedded (SQLite)', ...f.parallel.sqlite.map(levelCell), String(losslessUpTo(f.parallel.sqlite))],
      ['DynamoDB (dynalite)', ...f.parallel.dynalite.map(levelCell), String(losslessUpTo(f.parallel.dynalite))],
    ]),
    '',
  );
  const worstSlow = Math.max(...f.slowTurns);
  lines.push(
    `Slow store (950 ms a call, proxy before dynalite), unreadable record, hanging Alexa API: worst of ${f.slowTurns.length} turns ` +
      `${ms(worstSlow)}, median ${ms(median(f.slowTurns))} (budget ${TURN_BUDGET_MS} ms: ${verdict(worstSlow <= TURN_BUDGET_MS)}; Alexa waits 8 s)`,
    '',
  );
  lines.push('Bundle');
  lines.push(
    table([
      ['bundle', 'size', 'gzipped'],
      [`ours, the Lambda zip's JavaScript (${zipScriptsNamed()})`, kb(f.bundleBytes), kb(f.bundleGzip)],
      ['  of which index.js, compiled at every cold start', kb(f.entryBytes), ''],
      ['hello world', kb(f.helloBytes), kb(f.helloGzip)],
    ]),
  );
  lines.push(`ours: ${kb(f.bundleBytes)} (target <= ${kb(TARGETS.bundleBytes)}: ${verdict(f.bundleBytes <= TARGETS.bundleBytes)})`, '');
  lines.push(
    `Peak memory: cold start ${mb(Math.max(...f.cold.embedded.map((run) => run.maxRssKb)))} (hello world ${mb(Math.max(...f.cold.hello.map((run) => run.maxRssKb)))}); ` +
      `warm process after ${f.warmEmbedded.turns.length} turns ${mb(f.warmEmbedded.maxRssKb)} on SQLite, ${mb(f.warmDynalite.maxRssKb)} on DynamoDB ` +
      `(the warm process also holds the simulator that drives it); heap in use ${mb(f.warmEmbedded.heapUsedBytes / 1024)}`,
    '',
  );
  const targets: Array<[string, string, boolean]> = [
    [`cold start, embedded store, <= ${TARGETS.coldRatio}x hello world`, `${ratio.toFixed(2)}x`, ratio <= TARGETS.coldRatio],
    [`cold start, DynamoDB, <= ${TARGETS.coldRatioDynamo}x hello world`, `${ratioDynamo.toFixed(2)}x`, ratioDynamo <= TARGETS.coldRatioDynamo],
    [`warm p99, embedded store, <= ${TARGETS.warmP99Ms} ms`, ms(embeddedP99), embeddedP99 <= TARGETS.warmP99Ms],
    [`bundle <= ${kb(TARGETS.bundleBytes)}`, kb(f.bundleBytes), f.bundleBytes <= TARGETS.bundleBytes],
    ['at most one read and one write per turn', `${maxReads} and ${maxWrites}`, maxReads <= TARGETS.readsPerTurn && maxWrites <= TARGETS.writesPerTurn],
    ['no write on a turn that changes nothing', `${idle} idle writes`, idle <= TARGETS.idleWrites],
  ];
  lines.push('Targets');
  lines.push(table([['target', 'measured', ''], ...targets.map(([name, measured, met]) => [name, measured, met ? 'met' : 'MISSED'])]));
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
