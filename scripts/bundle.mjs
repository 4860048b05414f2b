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
