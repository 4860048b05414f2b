/**
 * The Lambda bundle (lambda/dist/index.js, what hooks/build.sh zips) loads and answers in a fresh Node process
 * that has only what AWS Lambda provides: Node's own modules and the AWS SDK v3 (@aws-sdk/*). Anything else the
 * bundle tried to require from outside itself would be missing in Lambda, so the test refuses it and lists it.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createUserTable, DynamoDbPersistenceAdapter } from '../../lambda/persistence/dynamo-adapter';
import { envelope, FAKE_SKILL_ID, intentRequest, launchRequest, newSessionId, stamp } from '../../tools/simulator/envelope';
import { RunningDynalite, startDynalite, TEST_CREDENTIALS, TEST_REGION } from '../support/dynalite';
import { LAMBDA_ZIP_ENTRIES, readZip } from '../support/zip';

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'lambda', 'dist');
const BUNDLE = path.join(DIST, 'index.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { LAMBDA_FILES } = require('../../scripts/zip-lambda.js') as { LAMBDA_FILES: string[] };
const TABLE = 'bundle-test-users';
const USER = 'amzn1.ask.account.BUNDLE-USER-XYZZY';

/** Fails any require from the bundle that Lambda would not satisfy; reports what the bundle required. */
const GUARD = `
const Module = require('node:module');
const path = require('node:path');
const bundleDir = __dirname;
const seen = new Set();
const beside = new Set();
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  const fromBundle = parent && parent.filename && path.dirname(parent.filename) === bundleDir;
  if (fromBundle && request.startsWith('./') && !['./guard.js', './index.js'].includes(request)) beside.add(request.slice(2));
  if (fromBundle && !Module.isBuiltin(request) && !request.startsWith('./')) {
    seen.add(request);
    if (!request.startsWith('@aws-sdk/')) throw new Error('AWS Lambda does not provide ' + request);
  }
  return resolve.call(this, request, parent, ...rest);
};
process.on('exit', () => process.stderr.write('REQUIRED ' + JSON.stringify([...seen]) + '\\n' + 'BESIDE ' + JSON.stringify([...beside].sort()) + '\\n'));
`;

/** Loads the bundle as Lambda does and calls its handler once with the event in EVENT. */
const RUNNER = `
require('./guard.js');
const bundle = require('./index.js');
if (typeof bundle.handler !== 'function') throw new Error('index.js exports no handler');
bundle.handler(JSON.parse(process.env.EVENT), { awsRequestId: 'local-test' }).then(
  (response) => process.stdout.write('RESPONSE ' + JSON.stringify(response) + '\\n'),
  (error) => { process.stdout.write('REJECTED ' + error.message + '\\n'); process.exitCode = 3; },
);
`;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  required: string[];
  /** The files beside the bundle that it loaded, in name order. */
  beside: string[];
  response?: { response: { outputSpeech?: { ssml?: string } } };
  logLines: Array<Record<string, unknown>>;
}

describe('the Lambda bundle in a fresh Node with only what Lambda provides', () => {
  let dir: string;
  let dynalite: RunningDynalite;

  beforeAll(async () => {
    if (!existsSync(BUNDLE)) throw new Error('lambda/dist/index.js is missing: run `npm run bundle` (npm test does)');
    dir = mkdtempSync(path.join(tmpdir(), 'lambda-task-'));
    for (const file of LAMBDA_FILES) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      copyFileSync(path.join(DIST, file), path.join(dir, file));
    }
    writeFileSync(path.join(dir, 'guard.js'), GUARD);
    writeFileSync(path.join(dir, 'runner.js'), RUNNER);
    dynalite = await startDynalite();
    const client = dynalite.client();
    await createUserTable(client, TABLE);
    client.destroy();
  });

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await dynalite.destroy();
  });

  /** Async, so this process (which also runs dynalite) keeps answering while the child runs. */
  async function run(env: Record<string, string | undefined>, event: unknown): Promise<Run> {
    const child = await runNode(['runner.js'], {
      cwd: dir,
      // Lambda's environment, not this one: no NODE_OPTIONS, no LOG_LEVEL, no project folders. NODE_PATH plays the
      // runtime's own node_modules, where the AWS SDK lives; the guard lets only @aws-sdk/* be taken from there.
      env: {
        PATH: process.env.PATH,
        NODE_PATH: path.join(ROOT, 'node_modules'),
        LAMBDA_TASK_ROOT: dir,
        AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
        AWS_LAMBDA_FUNCTION_NAME: 'back-relief-coach-test',
        AWS_REGION: 'us-east-1',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        EVENT: JSON.stringify(event),
        ...env,
      },
    });
    const requiredLine = child.stderr.split('\n').find((line) => line.startsWith('REQUIRED '));
    const besideLine = child.stderr.split('\n').find((line) => line.startsWith('BESIDE '));
    const responseLine = child.stdout.split('\n').find((line) => line.startsWith('RESPONSE '));
    const logLines = child.stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    return {
      status: child.status,
      stdout: child.stdout,
      stderr: child.stderr,
      required: requiredLine ? (JSON.parse(requiredLine.slice('REQUIRED '.length)) as string[]) : [],
      beside: besideLine ? (JSON.parse(besideLine.slice('BESIDE '.length)) as string[]) : [],
      response: responseLine ? JSON.parse(responseLine.slice('RESPONSE '.length)) : undefined,
      logLines,
    };
  }

  const launch = (skillId = FAKE_SKILL_ID) =>
    envelope(
      { skillId, userId: USER, deviceId: 'amzn1.ask.device.BUNDLE', locale: 'en-US', supportedInterfaces: {}, apiEndpoint: 'http://127.0.0.1:9', apiAccessToken: 't' },
      launchRequest(stamp('en-US', new Date())),
      { sessionId: newSessionId(), new: true, attributes: {} },
    );

  const configured = () => ({ SKILL_TABLE: TABLE, SKILL_ID: FAKE_SKILL_ID, DYNAMODB_ENDPOINT: dynalite.endpoint });

  it('answers a launch, storing the user in DynamoDB, requiring nothing from outside the bundle', async () => {
    const result = await run(configured(), launch());
    expect(result.stderr.replace(/^(REQUIRED|BESIDE) .*$/gm, '').trim()).toBe('');
    expect(result.status).toBe(0);
    // The DynamoDB client is in the bundle: not even Lambda's copy of the AWS SDK is loaded.
    expect(result.required).toEqual([]);
    // A launch calls no Alexa API and counts no dates: of the files beside the bundle it loads only the client and
    // the content it speaks.
    expect(result.beside).toEqual(['aws-lite.js', 'content/en-US/core.js']);
    expect(result.response?.response.outputSpeech?.ssml).toContain('Back Relief Coach');
    const store = new DynamoDbPersistenceAdapter({ tableName: TABLE, endpoint: dynalite.endpoint, region: TEST_REGION, credentials: TEST_CREDENTIALS });
    try {
      const record = await store.read(USER);
      expect(record.version).toBeGreaterThan(0);
      expect(record.attributes).toHaveProperty('disclaimerHeardAt');
    } finally {
      store.destroy();
    }
  });

  it("speaks a Spanish launch from es-ES's core content beside itself, and parses no other file of content", async () => {
    const spanish = envelope(
      { skillId: FAKE_SKILL_ID, userId: 'amzn1.ask.account.BUNDLE-ES', deviceId: 'amzn1.ask.device.BUNDLE', locale: 'es-ES', supportedInterfaces: {}, apiEndpoint: 'http://127.0.0.1:9', apiAccessToken: 't' },
      launchRequest(stamp('es-ES', new Date())),
      { sessionId: newSessionId(), new: true, attributes: {} },
    );
    const result = await run(configured(), spanish);
    expect(result.status).toBe(0);
    expect(result.beside).toEqual(['aws-lite.js', 'content/es-ES/core.js']);
    expect(result.response?.response.outputSpeech?.ssml).toContain('Alivio de Espalda');
  });

  it('logs the request as one JSON line on stdout, without the user id', async () => {
    const result = await run(configured(), launch());
    expect(result.logLines).toEqual([
      expect.objectContaining({ level: 'INFO', message: 'request', service: 'back-relief-coach', requestType: 'LaunchRequest', outcome: 'ok', coldStart: true }),
    ]);
    expect(result.stdout).not.toContain(USER);
    expect(result.stdout).not.toContain('XYZZY');
  });

  it('refuses a request for another skill', async () => {
    const result = await run(configured(), launch('amzn1.ask.skill.99999999-9999-4999-8999-999999999999'));
    expect(result.status).toBe(3);
    expect(result.stdout).toMatch(/REJECTED .*skill id/i);
  });

  it.each([
    ['SKILL_TABLE', { SKILL_TABLE: undefined }],
    ['SKILL_ID', { SKILL_ID: undefined }],
  ])('will not load inside Lambda without %s', async (name, missing) => {
    const result = await run({ ...configured(), ...missing }, launch());
    expect(result.status).not.toBe(0);
    expect(result.response).toBeUndefined();
    expect(result.stderr).toContain(`${name} must`);
  });

  it('takes luxon (luxon.js) and ask-sdk-model (ask-sdk-model.js) from beside itself, on the first turn that counts dates and calls an Alexa API', async () => {
    const onset = envelope(
      { skillId: FAKE_SKILL_ID, userId: 'amzn1.ask.account.BUNDLE-ONSET', deviceId: 'amzn1.ask.device.BUNDLE', locale: 'en-US', supportedInterfaces: {}, apiEndpoint: 'http://127.0.0.1:9', apiAccessToken: 't' },
      intentRequest(stamp('en-US', new Date()), 'SetOnsetIntent', { onsetAgo: { value: 'P2D' } }),
      { sessionId: newSessionId(), new: false, attributes: {} },
    );
    const result = await run(configured(), onset);
    expect(result.stderr.replace(/^(REQUIRED|BESIDE) .*$/gm, '').trim()).toBe('');
    expect(result.status).toBe(0);
    expect(result.required).toEqual([]);
    // The onset asks the device's time zone (Alexa's settings API, refused here: the locale's zone is taken).
    expect(result.beside).toEqual(['ask-sdk-model.js', 'aws-lite.js', 'content/en-US/core.js', 'luxon.js']);
    expect(result.response?.response.outputSpeech?.ssml).toMatch(/\bday 3\b/);
  });

  it('finds beside itself every file it or its libraries require (better-sqlite3.js aside: only the embedded store loads it)', () => {
    const requiredBeside = LAMBDA_FILES.filter((file) => file.endsWith('.js')).flatMap((file) =>
      [...readFileSync(path.join(dir, file), 'utf8').matchAll(/require\("\.\/([^"]+)"\)/g)].map(([, name]) => name),
    );
    expect(requiredBeside).toEqual(expect.arrayContaining(['luxon.js', 'aws-lite.js', 'aws-lite-aws.js', 'aws-lite-xml.js', 'ask-sdk-model.js']));
    expect(requiredBeside.filter((name) => name !== 'better-sqlite3.js' && !LAMBDA_FILES.includes(name))).toEqual([]);
  });

  it("has aws-lite's AWS-JSON marshaller and XML parser beside it, working there, for a call that would need them", async () => {
    const script = `
      const aws = require('./aws-lite-aws.js');
      const { XMLParser } = require('./aws-lite-xml.js');
      process.stdout.write(JSON.stringify([aws.marshall({ day: 3 }), new XMLParser().parse('<a>1</a>')]));
    `;
    const child = await runNode(['-e', script], { cwd: dir, env: { PATH: process.env.PATH } });
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toEqual([{ day: { N: '3' } }, { a: 1 }]);
  });

  it('is small, and carries nothing of the web service', async () => {
    expect(LAMBDA_FILES.filter((file) => file.endsWith('.js')).reduce((size, file) => size + statSync(path.join(DIST, file)).size, 0)).toBeLessThan(1_000_000);
    const result = await run(configured(), launch());
    expect(result.required).not.toContain('express');
    expect(result.required).not.toContain('ask-sdk-express-adapter');
  });

  it('never requires better-sqlite3 with a table (its JavaScript is bundled for the embedded store; its native addon stays outside)', async () => {
    const text = readFileSync(BUNDLE, 'utf8');
    expect(text.match(/require(\.resolve)?\("better-sqlite3[^"]*"\)/g) ?? []).toEqual(['require.resolve("better-sqlite3/build/Release/better_sqlite3.node")']);
    const result = await run(configured(), launch());
    expect(result.required.filter((request) => request.includes('sqlite'))).toEqual([]);
  });
});

function runNode(args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

describe('scripts/zip-lambda.js', () => {
  it('zips the content files the bundle writes, both from one list (scripts/content-files.js)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { CONTENT_FILES } = require('../../scripts/content-files.js') as { CONTENT_FILES: Array<{ source: string; bundled: string }> };
    const bundled = CONTENT_FILES.map((file) => file.bundled);
    expect(LAMBDA_FILES.filter((file) => file.startsWith('content/'))).toEqual(bundled);
    const written = readdirSync(path.join(DIST, 'content'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(DIST, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
    expect(written.sort()).toEqual([...bundled].sort());
    expect(CONTENT_FILES.map((file) => file.source).sort()).toEqual(
      readdirSync(path.join(ROOT, 'content', 'locales')).flatMap((locale) => readdirSync(path.join(ROOT, 'content', 'locales', locale)).map((name) => `content/locales/${locale}/${name}`)).sort(),
    );
  });

  it('zips the bundle, the libraries beside it and their source maps as world-readable files, the same bytes every time', () => {
    if (!existsSync(BUNDLE)) throw new Error('lambda/dist/index.js is missing: run `npm run bundle` (npm test does)');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { zipLambda } = require('../../scripts/zip-lambda.js') as { zipLambda(zipPath: string): string[] };
    const dir = mkdtempSync(path.join(tmpdir(), 'zip-lambda-'));
    try {
      const first = path.join(dir, 'a', 'build.zip');
      const second = path.join(dir, 'b', 'build.zip');
      expect(zipLambda(first)).toEqual(LAMBDA_ZIP_ENTRIES);
      zipLambda(second);
      const entries = readZip(first);
      expect(entries.map((entry) => entry.name)).toEqual([...LAMBDA_FILES].sort());
      for (const entry of entries) expect(entry.data.equals(readFileSync(path.join(DIST, entry.name)))).toBe(true);
      for (const entry of entries) expect(entry.mode & 0o777).toBe(0o644);
      expect(readFileSync(first).equals(readFileSync(second))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
