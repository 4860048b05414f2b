// Bundles the Lambda handler into lambda/dist/index.js (with the libraries it loads on first use beside it), and the
// web service.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import SHARED_OPTIONS from './bundle-options.js';
import { CONTENT_FILES, CONTENT_SOURCE, bundledContentPath } from './content-files.js';

/**
 * Libraries a launch does not need go beside the bundle, one file each, and the bundle requires them from there
 * when first used, so they are not compiled at every cold start (measured with node --cpu-prof and V8 coverage):
 * - luxon (71 KB): no launch counts dates (lambda/core/luxon.ts loads it on first use); in the Lambda zip.
 * - aws-lite (32 KB, and its vendored parts beside it: below), the DynamoDB client: only the DynamoDB store loads
 *   it; in the Lambda zip.
 * - better-sqlite3's JavaScript: only the embedded store loads it, never Lambda; not in the zip. Its native addon
 *   stays in node_modules (scripts/bundle-options.js).
 * Each is a whole library with nothing shared with the bundle, so one copy of it is ever loaded.
 */
const BESIDE = { luxon: 'luxon.js', '@aws-lite/client': 'aws-lite.js', 'better-sqlite3': 'better-sqlite3.js' };
const besideTheBundle = {
  name: 'beside-the-bundle',
  setup(build) {
    const names = Object.keys(BESIDE).map((name) => name.replace(/[/.]/g, '\\$&'));
    build.onResolve({ filter: new RegExp(`^(${names.join('|')})$`) }, (args) => ({ path: `./${BESIDE[args.path]}`, external: true }));
  },
};

/**
 * aws-lite's own vendored parts that the DynamoDB store never runs, since it sends and reads DynamoDB's JSON raw:
 * its AWS-JSON marshaller and its XML parser (59 KB of aws-lite's 91 KB, 6.4M instructions of a Lambda cold start
 * spent compiling them, callgrind). aws-lite requires each only when a call needs it; each is a file beside
 * aws-lite.js, in the zip.
 */
const AWS_LITE_VENDOR = { aws: 'aws-lite-aws.js', xml: 'aws-lite-xml.js' };
const besideAwsLite = {
  name: 'beside-aws-lite',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/_vendor\/(aws|xml)$/ }, (args) =>
      args.importer.includes('@aws-lite') ? { path: `./${AWS_LITE_VENDOR[args.path.slice('../_vendor/'.length)]}`, external: true } : undefined,
    );
  },
};

/**
 * ask-sdk-model (61 KB, Alexa's service clients: 4% of a launch's instructions to compile and set up, callgrind) is
 * needed only by a turn that calls an Alexa API: the bundle gets a stand-in (scripts/bundle/ask-sdk-model-lazy.js)
 * that requires the real module from beside it, ask-sdk-model.js (in the zip), when a value of it is first used.
 */
const askSdkModelLater = {
  name: 'ask-sdk-model-later',
  setup(build) {
    build.onResolve({ filter: /^ask-sdk-model$/ }, () => ({ path: fileURLToPath(new URL('./bundle/ask-sdk-model-lazy.js', import.meta.url)) }));
    build.onResolve({ filter: /^\.\/ask-sdk-model\.js$/ }, (args) => (args.importer.endsWith('ask-sdk-model-lazy.js') ? { path: args.path, external: true } : undefined));
  },
};

/**
 * The spoken content, one file beside the bundle per locale and namespace (lambda/dist/content/<locale>/<ns>.js, in
 * the zip), required when a turn first reads it (lambda/speech/resources.ts): a launch in en-US compiles and parses
 * en-US's core alone, not the other 16 files (90 KB). Each file holds its JSON as one string (scripts/bundle-options.js).
 * Which files, and where each goes: scripts/content-files.js, which the zip reads too.
 */
const contentBeside = {
  name: 'content-beside',
  setup(build) {
    build.onResolve({ filter: CONTENT_SOURCE }, (args) => ({ path: `./${bundledContentPath(args.path)}`, external: true }));
  },
};

await build({ ...SHARED_OPTIONS, entryPoints: ['lambda/index.ts'], outfile: 'lambda/dist/index.js', plugins: [...SHARED_OPTIONS.plugins, besideTheBundle, askSdkModelLater, contentBeside] });
rmSync('lambda/dist/content', { recursive: true, force: true });
for (const { source, bundled } of CONTENT_FILES) {
  await build({ ...SHARED_OPTIONS, sourcemap: false, entryPoints: [source], outfile: `lambda/dist/${bundled}` });
}
await build({ ...SHARED_OPTIONS, entryPoints: ['ask-sdk-model'], outfile: 'lambda/dist/ask-sdk-model.js' });
for (const [library, file] of Object.entries(BESIDE)) {
  const plugins = library === '@aws-lite/client' ? [...SHARED_OPTIONS.plugins, besideAwsLite] : SHARED_OPTIONS.plugins;
  await build({ ...SHARED_OPTIONS, entryPoints: [library], outfile: `lambda/dist/${file}`, plugins });
}
for (const [part, file] of Object.entries(AWS_LITE_VENDOR)) {
  await build({ ...SHARED_OPTIONS, entryPoints: [`node_modules/@aws-lite/client/src/_vendor/${part}.js`], outfile: `lambda/dist/${file}` });
}

// The web service (lambda/web-service.ts), for hosting outside Lambda: a separate file, so nothing of express
// reaches the Lambda bundle. express and the adapter stay external: they are dependencies the host installs.
await build({
  ...SHARED_OPTIONS,
  entryPoints: ['lambda/web-service.ts'],
  outfile: 'lambda/dist/web-service.js',
  external: [...SHARED_OPTIONS.external, 'express', 'ask-sdk-express-adapter'],
});
