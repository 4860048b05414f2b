// What every bundle of this project shares: the Lambda bundle, the web service, and the benchmark's
// hello-world skill (bundled the same way so the cold-start comparison is fair).
// @aws-sdk/* stays external: Lambda's Node runtime carries it.
module.exports = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  sourcemap: true,
  external: ['@aws-sdk/*'],
  logLevel: 'warning',
};
