/** Tests only transpile (isolatedModules); `npm run typecheck` does the full type-check. */
const { availableParallelism } = require('node:os');

module.exports = {
  testEnvironment: 'node',
  // Jest's default is one worker less than the CPUs: one worker on CI's 2 vCPUs, where the suite then takes about
  // 11 minutes; the main process only waits, so two workers there take about 4 (the figure in the README).
  maxWorkers: Math.max(2, availableParallelism() - 1),
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  // A harness limit, not a speed check (no test asserts an elapsed time): on a machine loaded by other jobs a
  // test that spawns consoles or bundles can take a minute; 30 s made the suite flaky there.
  testTimeout: 120000,
};
