/**
 * nlp.js's logger warns when its package first loads; the console and the tests must not print it, whichever of
 * the estimator and the warning-sign second opinion loads it first. A fresh process, since jest keeps modules.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

const FIRST_LOAD = `
const { warningRescue } = require('./tools/simulator/warning-rescue');
const corpus = ['i wet myself', 'i peed myself', 'i cannot pee', 'i leaked urine', 'my bladder leaks']
  .map((utterance) => ({ utterance, intent: 'RedFlagBladderIntent' }))
  .concat(['how long do i ice', 'how long should ice stay on', 'ice for how many minutes', 'when do i take ice off', 'minutes of ice']
  .map((utterance) => ({ utterance, intent: 'IceDurationIntent' })));
for (const language of ['en', 'es']) warningRescue(corpus, language, ['RedFlagBladderIntent'], (word) => word);
process.stdout.write('loaded');
`;

describe('loading nlp.js', () => {
  it('prints no warning when the second opinion loads it first', () => {
    const run = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', FIRST_LOAD], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stdout).toBe('loaded');
    expect(run.stderr).toBe('');
  });
});
