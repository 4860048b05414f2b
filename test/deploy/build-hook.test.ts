/**
 * hooks/build.sh run the way ASK CLI v2 runs it during `ask deploy`: the CLI copies code.default.src (./lambda)
 * to .ask/lambda, and from there runs `<project>/hooks/build.sh "<project>/.ask/lambda/build.zip" false`, then
 * uploads the zip. Run here on a copy of the project, so the real lambda/dist is not rebuilt under other tests.
 * The CLI uploaded the skill package before the hook runs, so the hook never changes it: a stale package stops it.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LAMBDA_ZIP_ENTRIES, readZip } from '../support/zip';

const ROOT = path.resolve(__dirname, '..', '..');
/** What the build reads: the type-check covers lambda, tools, test and scripts, and imports content JSON. */
const PROJECT_PARTS = ['package.json', 'tsconfig.json', 'ask-resources.json', 'lambda', 'tools', 'test', 'scripts', 'content', 'interaction-models', 'icons', 'skill-package', 'hooks'];
/** What packaging generates: left out of the copy, as on a clone before `npm ci`. */
const GENERATED = [path.join('lambda', 'dist'), path.join('skill-package', 'interactionModels'), path.join('skill-package', 'assets')];

function copyProject(withModules: boolean): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'ask-project-'));
  for (const part of PROJECT_PARTS) {
    cpSync(path.join(ROOT, part), path.join(copy, part), {
      recursive: true,
      filter: (source) => !GENERATED.some((generated) => source.startsWith(path.join(ROOT, generated))),
    });
  }
  if (withModules) symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  // What ASK CLI does before calling the hook (CodeBuilder._setUpBuildFolder).
  cpSync(path.join(copy, 'lambda'), path.join(copy, '.ask', 'lambda'), { recursive: true });
  return copy;
}

/** What `npm run package` does before `ask deploy`. */
function packageProject(project: string, env: NodeJS.ProcessEnv = {}): void {
  execFileSync(process.execPath, [path.join(project, 'scripts', 'package-skill.js')], { cwd: project, env: { ...process.env, ...DEPLOY_ENV, ...env }, stdio: 'pipe' });
}

/** No deploy-time settings from the developer's own shell. */
const DEPLOY_ENV = { PRIVACY_POLICY_URL: '', TERMS_OF_USE_URL: '', HEALTH_RECORDS: '' };

/** Every file under the skill package, with its bytes, to show the hook left it alone. */
function packageFiles(project: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(path.relative(project, full), readFileSync(full).toString('base64'));
    }
  };
  walk(path.join(project, 'skill-package'));
  return files;
}

function runHook(project: string, env: NodeJS.ProcessEnv = {}): Promise<{ status: number | null; output: string; zip: string }> {
  const zip = path.join(project, '.ask', 'lambda', 'build.zip');
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(project, 'hooks', 'build.sh'), [zip, 'false'], {
      cwd: path.join(project, '.ask', 'lambda'),
      env: { ...process.env, ...DEPLOY_ENV, ...env },
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

  it('type-checks, bundles and leaves the zip where the CLI asked, without touching a packaged skill', async () => {
    const project = copyProject(true);
    projects.push(project);
    packageProject(project);
    const packaged = packageFiles(project);
    const { status, output, zip } = await runHook(project);
    if (status !== 0) throw new Error(`hooks/build.sh failed (${status}):\n${output}`);

    const entries = readZip(zip);
    expect(entries.map((entry) => entry.name)).toEqual(LAMBDA_ZIP_ENTRIES);
    for (const entry of entries) expect(entry.data.equals(readFileSync(path.join(project, 'lambda', 'dist', entry.name)))).toBe(true);
    expect(entries.find((entry) => entry.name === 'index.js')?.data.toString('utf8')).toContain('handler');
    expect(packageFiles(project)).toEqual(packaged);
  }, 180_000);

  it('stops before building when the package is out of date, says how to deploy, and leaves the package as it was', async () => {
    const project = copyProject(true);
    projects.push(project);
    const unpackaged = packageFiles(project);
    const { status, output, zip } = await runHook(project);
    expect(status).not.toBe(0);
    expect(output).toContain('skill-package: out of date for HEALTH_RECORDS=consent: skill-package/interactionModels/custom/');
    expect(output).toContain('npm run deploy');
    expect(existsSync(zip)).toBe(false);
    expect(existsSync(path.join(project, 'lambda', 'dist'))).toBe(false);
    expect(packageFiles(project)).toEqual(unpackaged);
  });

  it('stops when the deploy asks for another HEALTH_RECORDS mode than the package declares, and passes in the packaged one', async () => {
    const project = copyProject(true);
    projects.push(project);
    packageProject(project, { HEALTH_RECORDS: 'consent' });
    const offRun = await runHook(project, { HEALTH_RECORDS: 'off', PRIVACY_POLICY_URL: '' });
    expect(offRun.status).not.toBe(0);
    expect(offRun.output).toContain('out of date for HEALTH_RECORDS=off: skill-package/skill.json, ask-resources.json');
    expect(existsSync(offRun.zip)).toBe(false);

    packageProject(project, { HEALTH_RECORDS: 'off' });
    // A bare `ask deploy` after `HEALTH_RECORDS=off npm run package` checks against the packaged mode.
    const { stdout } = await new Promise<{ stdout: string }>((resolve, reject) =>
      execFile(process.execPath, [path.join(project, 'scripts', 'package-skill.js'), '--check'], { cwd: project, env: { ...process.env, ...DEPLOY_ENV } }, (error, out) =>
        error ? reject(error) : resolve({ stdout: out }),
      ),
    );
    expect(stdout).toContain('skill-package: up to date (HEALTH_RECORDS=off)');
  });

  it('stops with a clear message when npm ci has not been run', async () => {
    const project = copyProject(false);
    projects.push(project);
    const { status, output, zip } = await runHook(project);
    expect(status).not.toBe(0);
    expect(output).toContain('run `npm ci`');
    expect(existsSync(zip)).toBe(false);
  });
});
