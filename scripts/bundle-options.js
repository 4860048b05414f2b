// What every bundle of this project shares: the Lambda bundle, the web service, and the benchmark's
// hello-world skill (bundled the same way so the cold-start comparison is fair).
// @aws-sdk/* stays external: Lambda's Node runtime carries it. better-sqlite3 (the embedded store, a native
// module) stays external too: it is required only when no table is configured, which never happens in Lambda.
module.exports = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  sourcemap: true,
  external: ['@aws-sdk/*', 'better-sqlite3'],
  logLevel: 'warning',
};
