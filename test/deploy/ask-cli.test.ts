/**
 * The ASK CLI comes with the project (a pinned devDependency), so a fresh clone deploys with `npm run deploy` and
 * runs any other command as `npx ask ...`, without a global install. ask-cli 2.30.7 left to itself resolves
 * antlr4ts to 0.5.0-dev, which crashes at start; package.json's override pins the release that works.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
  overrides: Record<string, string>;
};

/** `npx --no-install ask ...` from the project root: the project's own CLI or nothing. */
function npxAsk(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npx', ['--no-install', 'ask', ...args], { cwd: ROOT, env: { ...process.env, ASK_SHARE_USAGE: 'false' }, timeout: 80_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('the ASK CLI from the project', () => {
  it('is pinned, with the antlr4ts override installed', () => {
    expect(pkg.devDependencies['ask-cli']).toBe('2.30.7');
    expect(pkg.overrides.antlr4ts).toBe('0.5.0-alpha.4');
    // ask-cli needs antlr4ts through @alexa/acdl: the copy that package loads.
    const acdl = path.dirname(require.resolve('@alexa/acdl/package.json', { paths: [path.join(ROOT, 'node_modules', 'ask-cli')] }));
    const antlr = JSON.parse(readFileSync(require.resolve('antlr4ts/package.json', { paths: [acdl] }), 'utf8')) as { version: string };
    expect(antlr.version).toBe('0.5.0-alpha.4');
  });

  it('runs: npx ask --version', async () => {
    const { code, stdout, stderr } = await npxAsk(['--version']);
    expect({ code, stderr: stderr.replace(/^npm warn.*\n/gim, '') }).toEqual({ code: 0, stderr: '' });
    expect(stdout.trim()).toBe(pkg.devDependencies['ask-cli']);
  }, 90_000);

  it('runs: npx ask deploy --help', async () => {
    const { code, stdout } = await npxAsk(['deploy', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: ask deploy');
    expect(stdout).toContain('--ignore-hash');
  }, 90_000);

  it('is what npm run deploy runs, after packaging the skill', () => {
    expect(pkg.scripts.deploy).toBe('node scripts/package-skill.js && ask deploy');
  });

  it('is how the README deploys: npm run deploy and npx ask, never a global install', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const deploy = readme.slice(readme.indexOf('\n## Deploy'), readme.indexOf('\n## ', readme.indexOf('\n## Deploy') + 1));
    expect(deploy).toContain('npm run deploy');
    expect(deploy).toContain('npx ask configure');
    expect(deploy).not.toMatch(/npm install -g ask-cli|npm i -g ask-cli/);
    // Every ask command the section shows runs through npx (or npm run deploy).
    const commands = [...deploy.matchAll(/`([^`\n]*\bask (?:deploy|configure|smapi|dialog)[^`\n]*)`/g)].map((match) => match[1]);
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) expect(command).toMatch(/\bnpx ask /);
  });
});
