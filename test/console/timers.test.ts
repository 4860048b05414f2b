/**
 * The console runs the skill's timers for real on the local Alexa API: with --time-scale 600 a 20 minute ice
 * session rings after 2 seconds, Alexa asks to continue with the skill, and "yes" is the task launch.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from '../../tools/console/args';

const ROOT = resolve(__dirname, '..', '..');
const built = existsSync(join(ROOT, 'lambda', 'dist', 'index.js'));
const describeBuilt = built ? describe : describe.skip;

function runConsole(input: string, args: string[], dataDir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, SKILL_DATA_DIR: dataDir };
  for (const name of ['SKILL_TABLE', 'SKILL_ID', 'DYNAMODB_ENDPOINT', 'AWS_LAMBDA_FUNCTION_NAME', 'SKILL_TIME_SCALE', 'SKILL_TIME_ORIGIN']) delete env[name];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'tools/console/main.ts', ...args], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('console --time-scale', () => {
  it('reads a positive number', () => {
    expect(parseArgs(['--time-scale', '60'])).toMatchObject({ timeScale: 60 });
    expect(parseArgs(['--time-scale=0.5'])).toMatchObject({ timeScale: 0.5 });
    expect(() => parseArgs(['--time-scale', '0'])).toThrow('--time-scale must be a number over zero');
    expect(parseArgs([])).not.toHaveProperty('timeScale');
  });
});

describeBuilt('console timers (piped input)', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'brc-console-timers-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('runs a whole ice cycle in seconds: timer, task launch, break timer, and the next round', async () => {
    const script = [
      'open back relief coach',
      'no',
      'it started this morning',
      'yes', // keeping health details (the consent question, asked again after the onset)
      'yes', // an ice session
      'yes', // the towel
      'yes', // "Shall I start a 20 minute ice timer?"
      'yes', // Alexa's permission question
      '/wait',
      'yes', // "Would you like to continue with Back Relief Coach?"
      'yes', // the break timer
      'no', // reminders
      '/wait',
      'yes',
      'yes', // the skin
      'yes', // the towel
      'yes', // the next timer
    ].join('\n');
    const run = await runConsole(`${script}\n`, ['--time-scale', '600'], dataDir);
    expect(run.stderr).not.toMatch(/skill error/);
    expect(run.code).toBe(0);
    const out = run.stdout;
    expect(out).toContain('(time runs 600 times faster: a 20 minute timer rings after 2 seconds)');
    expect(out).toContain('[directive] Connections.SendRequest AskFor alexa::alerts:timers:skill:readwrite');
    expect(out).toContain('(the Ice session 1 timer rings)');
    expect(out).toContain("Alexa [Alexa's own words]: Your ice time is up. Would you like to continue with Back Relief Coach?");
    expect(out).toMatch(/Alexa: Time's up: lift the ice off now\./);
    expect(out).toContain('(the Ice break 1 timer rings)');
    expect(out).toMatch(/Alexa: Your break from the ice is over\. Before the next round: is your skin back to its normal color and feeling\?/);
    expect(out.match(/minute ice timer is running|The ice timer is on: 20 minutes/g)).toHaveLength(2);
    // Two 20 minute timers at 600 times ring within jest's time limit: no elapsed time is asserted (a loaded machine).
  });

  it('says when nothing is set to ring', async () => {
    const run = await runConsole('/wait\n', ['--time-scale', '600'], dataDir);
    expect(run.stdout).toContain('(nothing is set to ring)');
  });
});
