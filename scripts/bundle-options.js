// What every bundle of this project shares: the Lambda bundle, the web service, and the benchmark's
// hello-world skill (bundled the same way so the cold-start comparison is fair).
// The DynamoDB client (aws-lite) is built into the Lambda's files (beside the bundle: scripts/bundle.mjs). @aws-sdk/*
// stays external so it can never slip in: only tests and tooling use it (createUserTable), and
// test/deploy/lambda-bundle.test.ts fails if the bundle requires anything.
// better-sqlite3's native addon (the embedded store) stays external too: it is required only when no table is
// configured, which never happens in Lambda (lambda/persistence/sqlite-store.ts).
const { readFile } = require('node:fs/promises');

/**
 * JSON files (the spoken content above all) become `module.exports = JSON.parse('...')`: V8 skims a string
 * literal when it compiles the bundle and JSON.parse reads it faster than it runs the same data written as an
 * object literal; required lazily (lambda/speech/resources.ts), a locale's file is parsed only when first needed.
 */
const jsonAsParsedString = {
  name: 'json-as-parsed-string',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async (args) => {
      const data = JSON.parse(await readFile(args.path, 'utf8'));
      return { contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(data))});`, loader: 'js' };
    });
  },
};
module.exports = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  sourcemap: true,
  // The maps serve stack traces (lambda/kernel/stack-map.ts), which need lines, not the sources' text: a third the size.
  sourcesContent: false,
  external: ['@aws-sdk/*', 'better-sqlite3/build/*'],
  plugins: [jsonAsParsedString],
  logLevel: 'warning',
};
