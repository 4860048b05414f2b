/**
 * Error stacks in the logs name the source files and lines, read through the bundle's source map only when an
 * error is logged (lambda/kernel/stack-map.ts): here a small bundle built as the Lambda bundle is, which throws.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { originalStack } from '../../lambda/kernel/stack-map';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const BUNDLE_OPTIONS = require('../../scripts/bundle-options.js') as Record<string, unknown>;

describe('stack traces through the source map', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stack-map-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const source = join(dir, 'src', 'failing.ts');
  const bundle = join(dir, 'dist', 'index.js');
  const { plugins: _plugins, ...options } = BUNDLE_OPTIONS;
  mkdirSync(join(dir, 'src'));
  writeFileSync(source, ['export function fail(): never {', '  const reason = "the store is down";', '  throw new Error(reason);', '}', ''].join('\n'));
  buildSync({ ...options, entryPoints: [source], outfile: bundle, logLevel: 'silent' });

  // Thrown in a plain Node process: jest maps the stacks of code it runs itself.
  const rawStack = (): string =>
    spawnSync(process.execPath, ['-e', `try { require(${JSON.stringify(bundle)}).fail() } catch (error) { process.stdout.write(error.stack) }`], { encoding: 'utf8' }).stdout;

  it('names the source file and line of a frame in a mapped bundle file', () => {
    const stack = rawStack();
    expect(stack).toContain(bundle);
    const mapped = originalStack(stack, join(dir, 'dist'));
    expect(mapped).toMatch(/src\/failing\.ts:3:\d+/);
    expect(mapped).not.toContain(bundle);
  });

  it('leaves frames outside the bundle, and a stack with no mapped file, as they are', () => {
    const stack = rawStack();
    expect(originalStack(stack, join(dir, 'elsewhere'))).toBe(stack);
    const plain = 'Error: x\n    at f (/var/task/other.js:1:10)';
    expect(originalStack(plain, '/var/task')).toBe(plain);
  });
});
