// Bundles the Lambda handler into lambda/dist/index.js. @aws-sdk/* stays external: Lambda's Node runtime carries it.
import { build } from 'esbuild';

await build({
  entryPoints: ['lambda/index.ts'],
  outfile: 'lambda/dist/index.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  sourcemap: true,
  external: ['@aws-sdk/*'],
  metafile: false,
  logLevel: 'warning',
});

// The web service (lambda/web-service.ts), for hosting outside Lambda: a separate file, so nothing of express
// reaches the Lambda bundle. express and the adapter stay external: they are dependencies the host installs.
await build({
  entryPoints: ['lambda/web-service.ts'],
  outfile: 'lambda/dist/web-service.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  sourcemap: true,
  external: ['@aws-sdk/*', 'express', 'ask-sdk-express-adapter'],
  logLevel: 'warning',
});
