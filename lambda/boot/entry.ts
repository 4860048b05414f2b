/**
 * The AWS Lambda entry point (lambda/dist/index.js, handler `index.handler`): loads the skill (lambda/index.ts,
 * bundled as skill.js) with its V8 code cache (code-cache.ts). Under `node --enable-source-maps` (the local
 * console) it requires skill.js as usual instead, so that stack traces map back to the TypeScript.
 */
import path from 'node:path';
import { compileSkill, runSkill, SKILL_FILE } from './code-cache';

type Handler = (event: unknown, context?: unknown) => Promise<unknown>;

function loadSkill(): { exports: Record<string, unknown>; cacheUsed: boolean } {
  if (process.sourceMapsEnabled) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a file beside this one in lambda/dist, not bundled
    return { exports: require(path.join(__dirname, SKILL_FILE)) as Record<string, unknown>, cacheUsed: false };
  }
  const compiled = compileSkill(__dirname);
  return { exports: runSkill(compiled), cacheUsed: compiled.cacheUsed };
}

const skill = loadSkill();
if (typeof skill.exports.handler !== 'function') throw new Error(`${SKILL_FILE} exports no handler`);

export const handler = skill.exports.handler as Handler;
/** Whether V8 took skill.js.cache in this process (tests and the benchmark read it). */
export const codeCacheUsed = skill.cacheUsed;
