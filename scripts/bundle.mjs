// Bundles the skill into lambda/dist: skill.js (lambda/index.ts) with its build id, index.js (the Lambda entry point,
// lambda/boot/entry.ts, which loads skill.js with the V8 code cache), skill.js.cache, and the web service beside it.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import SHARED_OPTIONS from './bundle-options.js';

const DIST = 'lambda/dist';
const SKILL = path.join(DIST, 'skill.js');
// Never a cache of an earlier build left beside a new skill.js (the build id would refuse it, but it would ship).
rmSync(`${SKILL}.cache`, { force: true });

const skill = await build({ ...SHARED_OPTIONS, entryPoints: ['lambda/index.ts'], outfile: SKILL, write: false });
mkdirSync(DIST, { recursive: true });
for (const file of skill.outputFiles) {
  if (!file.path.endsWith('.js')) {
    writeFileSync(file.path, file.contents);
    continue;
  }
  // The build id goes last, after the source-map comment, so no line of the bundle moves (lambda/boot/code-cache.ts).
  const buildId = createHash('sha256').update(file.contents).digest('hex').slice(0, 32);
  writeFileSync(file.path, `${file.text}//# skill-build=${buildId}\n`);
}

// The entry point is a few lines; it has no source map of its own.
await build({ ...SHARED_OPTIONS, sourcemap: false, entryPoints: ['lambda/boot/entry.ts'], outfile: path.join(DIST, 'index.js') });

// The code cache: made by a plain `node` (V8 takes a cache only under the flags it was made with), from a build of
// scripts/bundle/make-code-cache.ts inside the project, so that dynalite and better-sqlite3 resolve.
const maker = '.cache/bundle/make-code-cache.js';
await build({ ...SHARED_OPTIONS, minify: false, sourcemap: false, entryPoints: ['scripts/bundle/make-code-cache.ts'], outfile: maker, external: [...SHARED_OPTIONS.external, 'dynalite'] });
const made = spawnSync(process.execPath, [maker, DIST], { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' }, stdio: 'inherit' });
if (made.status !== 0) throw new Error(`making ${SKILL}.cache failed (${made.status ?? made.signal})`);

// The web service (lambda/web-service.ts), for hosting outside Lambda: a separate file, so nothing of express
// reaches the Lambda bundle. express and the adapter stay external: they are dependencies the host installs.
await build({
  ...SHARED_OPTIONS,
  entryPoints: ['lambda/web-service.ts'],
  outfile: path.join(DIST, 'web-service.js'),
  external: [...SHARED_OPTIONS.external, 'express', 'ask-sdk-express-adapter'],
});
