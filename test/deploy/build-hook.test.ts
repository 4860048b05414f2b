/**
 * hooks/build.sh run the way ASK CLI v2 runs it during `ask deploy`: the CLI copies code.default.src (./lambda)
 * to .ask/lambda, and from there runs `<project>/hooks/build.sh "<project>/.ask/lambda/build.zip" false`, then
 * uploads the zip. Run here on a copy of the project, so the real lambda/dist is not rebuilt under other tests.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readZip } from '../support/zip';

const ROOT = path.resolve(__dirname, '..', '..');
/** What the build reads: the type-check covers lambda, tools, test and scripts, and imports content JSON. */
const PROJECT_PARTS = ['package.json', 'tsconfig.json', 'ask-resources.json', 'lambda', 'tools', 'test', 'scripts', 'content', 'interaction-models', 'skill-package', 'hooks'];

function copyProject(withModules: boolean): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'ask-project-'));
  for (const part of PROJECT_PARTS) {
    cpSync(path.join(ROOT, part), path.join(copy, part), {
      recursive: true,
      filter: (source) => !source.startsWith(path.join(ROOT, 'lambda', 'dist')) && !source.startsWith(path.join(ROOT, 'skill-package', 'interactionModels')),
    });
  }
  if (withModules) symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  // What ASK CLI does before calling the hook (CodeBuilder._setUpBuildFolder).
  cpSync(path.join(copy, 'lambda'), path.join(copy, '.ask', 'lambda'), { recursive: true });
  return copy;
}

function runHook(project: string): Promise<{ status: number | null; output: string; zip: string }> {
  const zip = path.join(project, '.ask', 'lambda', 'build.zip');
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(project, 'hooks', 'build.sh'), [zip, 'false'], {
      cwd: path.join(project, '.ask', 'lambda'),
      env: { ...process.env, PRIVACY_POLICY_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output, zip }));
  });
}

describe('hooks/build.sh, as ask deploy runs it', () => {
  const projects: string[] = [];
  afterAll(() => projects.forEach((project) => rmSync(project, { recursive: true, force: true })));

  it('is an executable bash script, with a PowerShell twin for Windows', () => {
    expect(statSync(path.join(ROOT, 'hooks', 'build.sh')).mode & 0o111).not.toBe(0);
    expect(readFileSync(path.join(ROOT, 'hooks', 'build.sh'), 'utf8')).toMatch(/^#!\/usr\/bin\/env bash\n/);
    expect(existsSync(path.join(ROOT, 'hooks', 'build.ps1'))).toBe(true);
  });

  it('type-checks, bundles, refreshes the skill package and leaves the zip where the CLI asked', async () => {
    const project = copyProject(true);
    projects.push(project);
    const { status, output, zip } = await runHook(project);
    if (status !== 0) throw new Error(`hooks/build.sh failed (${status}):\n${output}`);

    const entries = readZip(zip);
    expect(entries.map((entry) => entry.name)).toEqual(['index.js', 'index.js.map']);
    expect(entries[0].data.equals(readFileSync(path.join(project, 'lambda', 'dist', 'index.js')))).toBe(true);
    expect(entries[0].data.toString('utf8')).toContain('handler');

    const built = path.join(project, 'skill-package', 'interactionModels', 'custom', 'en-US.json');
    expect(readFileSync(built).equals(readFileSync(path.join(ROOT, 'interaction-models', 'en-US.json')))).toBe(true);
  }, 180_000);

  it('stops with a clear message when npm ci has not been run', async () => {
    const project = copyProject(false);
    projects.push(project);
    const { status, output, zip } = await runHook(project);
    expect(status).not.toBe(0);
    expect(output).toContain('run `npm ci`');
    expect(existsSync(zip)).toBe(false);
  });
});
