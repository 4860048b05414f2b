// Bundles the Lambda handler into lambda/dist/index.js, and the web service beside it.
import { build } from 'esbuild';
import SHARED_OPTIONS from './bundle-options.js';

await build({ ...SHARED_OPTIONS, entryPoints: ['lambda/index.ts'], outfile: 'lambda/dist/index.js' });

// The web service (lambda/web-service.ts), for hosting outside Lambda: a separate file, so nothing of express
// reaches the Lambda bundle. express and the adapter stay external: they are dependencies the host installs.
await build({
  ...SHARED_OPTIONS,
  entryPoints: ['lambda/web-service.ts'],
  outfile: 'lambda/dist/web-service.js',
  external: [...SHARED_OPTIONS.external, 'express', 'ask-sdk-express-adapter'],
});
