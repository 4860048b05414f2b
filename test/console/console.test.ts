/**
 * Drives the real console (tools/console/main.ts) with piped input against the built skill bundle.
 * `npm test` builds the bundle first; run alone, the test is skipped only when the bundle is missing.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const BUNDLE = join(ROOT, 'lambda', 'dist', 'index.js');
const built = existsSync(BUNDLE);
const describeBuilt = built ? describe : describe.skip;
if (!built) {
  console.warn(`test/console skipped: ${BUNDLE} does not exist (run "npm run bundle" first; "npm test" builds it).`);
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runConsole(input: string, args: string[] = [], dataDir?: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, SKILL_DATA_DIR: dataDir ?? '', ...extraEnv };
  // The console must use the embedded store and the simulator's own skill id, whatever the shell has.
  for (const name of ['SKILL_TABLE', 'SKILL_ID', 'DYNAMODB_ENDPOINT', 'AWS_LAMBDA_FUNCTION_NAME']) delete env[name];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'tools/console/main.ts', ...args], {
      cwd: ROOT,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describeBuilt('local console (piped input)', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'brc-console-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  // The clock is pinned (--now, --time-zone): "this morning" is day 1 at any hour the suite runs, 6 am included.
  it.each([
    ['2026-11-21T06:00:00-05:00', 'America/New_York'],
    ['2026-11-21T00:10:00+00:00', 'Europe/London'],
    ['2026-11-21T10:00:00+01:00', 'Europe/Madrid'],
  ])('holds a whole conversation at %s in %s: launch, onset, a question, pain, a red flag', async (now, zone) => {
    const script = [
      'open back relief coach',
      'no',
      'it started this morning',
      'no',
      'how long do I keep ice on',
      'my pain is a six',
      "I can't control my bladder",
    ].join('\n');
    const run = await runConsole(`${script}\n`, ['--now', now, '--time-zone', zone], dataDir);
    expect(run.code).toBe(0);
    const answers = run.stdout.split('\n').filter((line) => line.startsWith('Alexa: '));
    expect(answers).toHaveLength(7);
    expect(answers[2]).toMatch(/day 1\./);
    expect(answers[4]).toMatch(/15 to 20 minutes, never more than 20/);
    expect(answers[5]).toMatch(/6 out of ten/);
    expect(answers[6]).toMatch(/call 911 or get to an emergency department now/i);
    expect(run.stdout).toMatch(/session ended/);
  });

  it('remembers the user across console runs (the embedded store is durable)', async () => {
    // no warning signs; yes to keeping health details; the onset
    await runConsole('open back relief coach\nno\nyes\nit started two days ago\nstop\n', [], dataDir);
    const again = await runConsole('open back relief coach\n', [], dataDir);
    expect(again.stdout).toMatch(/Alexa: (Welcome back|Hi again|Good to hear from you)\. It's day 3\./);
    const otherUser = await runConsole('open back relief coach\n', ['--user', 'sam'], dataDir);
    expect(otherUser.stdout).toMatch(/not medical advice/);
  });

  it('opens the skill, which says it is not medical advice, and exits at the end of input', async () => {
    const run = await runConsole('open back relief coach\n', [], dataDir);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('You: open back relief coach');
    const answer = lines.find((line) => line.startsWith('Alexa: '));
    expect(answer).toMatch(/not medical advice/i);
    expect(run.stderr).not.toMatch(/skill error/);
  });

  it('takes one utterance a line, skips blank lines, and shows the session state', async () => {
    const run = await runConsole('open back relief coach\n\n   \nhelp\nstop\n', ['--user', 'alice'], dataDir);
    expect(run.code).toBe(0);
    const said = run.stdout.split('\n').filter((line) => line.startsWith('You: '));
    expect(said).toEqual(['You: open back relief coach', 'You: help', 'You: stop']);
    expect(run.stdout).toContain('(heard AMAZON.HelpIntent)');
    expect(run.stdout).toMatch(/\(Alexa is listening for your answer\)/);
    expect(run.stdout.trimEnd().split('\n').pop()).toBe('  (session ended)');
  });

  it('says so when --speak cannot find espeak-ng, and still answers', async () => {
    const run = await runConsole('open back relief coach\n', ['--speak'], dataDir, { PATH: '' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('espeak-ng is not on PATH');
    expect(run.stdout).toMatch(/^Alexa: .*not medical advice/im);
  });

  it('shows the options with --help and rejects unknown ones', async () => {
    const help = await runConsole('', ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--locale LOCALE');
    expect(help.stdout).toContain('--speak');
    const wrong = await runConsole('', ['--loud']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('Unknown option --loud');
  });
});
