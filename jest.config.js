/** Tests only transpile (isolatedModules); `npm run typecheck` does the full type-check. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  // A harness limit, not a speed check (no test asserts an elapsed time): on a machine loaded by other jobs a
  // test that spawns consoles or bundles can take a minute; 30 s made the suite flaky there.
  testTimeout: 120000,
};
