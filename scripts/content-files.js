/**
 * The spoken content as the Lambda carries it: each content/locales/<locale>/<ns>.json becomes
 * lambda/dist/content/<locale>/<ns>.js, beside the bundle. One list, so the bundle (scripts/bundle.mjs) writes
 * exactly the files the zip (scripts/zip-lambda.js) takes.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const LOCALES = path.resolve(__dirname, '..', 'content', 'locales');

/** A content file's path, as the skill's code requires it and as the list below names it. */
const CONTENT_SOURCE = /content\/locales\/([^/]+)\/([^/]+)\.json$/;

/** Where a content file goes beside the bundle, relative to lambda/dist. */
function bundledContentPath(source) {
  const [, locale, ns] = CONTENT_SOURCE.exec(source);
  return `content/${locale}/${ns}.js`;
}

/** @type {ReadonlyArray<{ source: string, bundled: string }>} source from the project's root, bundled from lambda/dist */
const CONTENT_FILES = fs.readdirSync(LOCALES).flatMap((locale) =>
  fs
    .readdirSync(path.join(LOCALES, locale))
    .filter((file) => file.endsWith('.json'))
    .map((file) => {
      const source = `content/locales/${locale}/${file}`;
      return { source, bundled: bundledContentPath(source) };
    }),
);

module.exports = { CONTENT_FILES, CONTENT_SOURCE, bundledContentPath };
