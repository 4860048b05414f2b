// What every bundle of this project shares: the Lambda bundle, the web service, and the benchmark's
// hello-world skill (bundled the same way so the cold-start comparison is fair).
// The DynamoDB client (aws-lite) is bundled. @aws-sdk/* stays external so it can never slip in: only tests and
// tooling use it (createUserTable), and test/deploy/lambda-bundle.test.ts fails if the bundle requires anything.
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
