/**
 * Loading the bundled skill (lambda/dist/skill.js) with a V8 code cache (skill.js.cache, made at bundle time after
 * a warm-up launch): V8 then neither parses nor compiles what the warm-up ran, which is most of a cold start's
 * own work (`npm run bench` shows the skill with and without it).
 *
 * The cache is only taken for the exact build it was made from: skill.js ends with its build id (a hash of its
 * text), and the cache file starts with the same id. V8 itself rejects a cache made by another V8 version or
 * with other V8 flags (then the skill compiles as it would without one): in Lambda, the cache helps only when it
 * was made by the same Node version as Lambda's runtime, started the same way.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Script } from 'node:vm';

export const SKILL_FILE = 'skill.js';
export const CACHE_SUFFIX = '.cache';
/** The last line of skill.js (after its source-map comment, so no line moves): `//# skill-build=<hex>`. */
export const BUILD_ID_MARK = '//# skill-build=';

/** The CommonJS wrapper on a line of its own, so that line 1 of skill.js is line 1 of the script (lineOffset -1). */
const WRAPPER_HEAD = '(function (exports, require, module, __filename, __dirname) {\n';
const WRAPPER_TAIL = '\n})';

export interface CompiledSkill {
  script: Script;
  file: string;
  /** The build id at the end of skill.js, if it has one. */
  buildId?: string;
  /** Whether V8 took the cache. */
  cacheUsed: boolean;
}

export function buildIdOf(source: string): string | undefined {
  const at = source.lastIndexOf(BUILD_ID_MARK);
  if (at < 0) return undefined;
  const id = source.slice(at + BUILD_ID_MARK.length).trim();
  return /^[0-9a-f]{16,64}$/.test(id) ? id : undefined;
}

/** The cache file: `<build id>\n` then V8's cached data. */
export function cacheFileContents(buildId: string, cachedData: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${buildId}\n`, 'latin1'), cachedData]);
}

function cachedDataFor(cacheFile: string, buildId: string | undefined): Buffer | undefined {
  if (!buildId) return undefined;
  let contents: Buffer;
  try {
    contents = readFileSync(cacheFile);
  } catch {
    return undefined; // no cache shipped: compile as usual
  }
  const head = `${buildId}\n`;
  return contents.subarray(0, head.length).toString('latin1') === head ? contents.subarray(head.length) : undefined;
}

/** Compiles skill.js in `dir`, with its cache when there is one for this very build (`useCache` false: never). */
export function compileSkill(dir: string, useCache = true): CompiledSkill {
  const file = path.join(dir, SKILL_FILE);
  const source = readFileSync(file, 'utf8');
  const buildId = buildIdOf(source);
  const cachedData = useCache ? cachedDataFor(file + CACHE_SUFFIX, buildId) : undefined;
  const script = new Script(WRAPPER_HEAD + source + WRAPPER_TAIL, { filename: file, lineOffset: -1, cachedData });
  return { script, file, buildId, cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
}

/** Runs the compiled skill as Node runs a CommonJS module, and returns its exports (a new instance each call). */
export function runSkill(compiled: CompiledSkill): Record<string, unknown> {
  const wrapper = compiled.script.runInThisContext() as (...args: unknown[]) => void;
  const module = { exports: {} as Record<string, unknown>, filename: compiled.file };
  wrapper.call(module.exports, module.exports, createRequire(compiled.file), module, compiled.file, path.dirname(compiled.file));
  return module.exports;
}
