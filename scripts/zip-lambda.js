#!/usr/bin/env node
/**
 * Zips the Lambda bundle (lambda/dist/index.js, the libraries it requires from beside it, and their source maps) for
 * `ask deploy`: `node scripts/zip-lambda.js <zip path>`. The zip is deterministic (fixed dates, sorted entries),
 * and entries are world-readable files, as Lambda requires. Plain Node, no zip tool or package needed.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { CONTENT_FILES } = require('./content-files.js');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'lambda', 'dist');
/**
 * What the Lambda runs (handler index.handler; luxon, aws-lite and ask-sdk-model, which it requires from beside it
 * on first use, and aws-lite's vendored parts, which aws-lite requires only when a call needs them:
 * scripts/bundle.mjs) and the maps that make its stack traces readable. Not better-sqlite3.js: Lambda never loads it.
 */
const FILES = [
  'index.js',
  'index.js.map',
  'ask-sdk-model.js',
  'ask-sdk-model.js.map',
  'luxon.js',
  'luxon.js.map',
  'aws-lite.js',
  'aws-lite.js.map',
  'aws-lite-aws.js',
  'aws-lite-aws.js.map',
  'aws-lite-xml.js',
  'aws-lite-xml.js.map',
  // The spoken content, a file per locale and namespace, each required when a turn first reads it.
  ...CONTENT_FILES.map((file) => file.bundled),
];

/** 1980-01-01 00:00, the first moment a zip can say. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UNIX_FILE_0644 = 0o100644;

/**
 * @param {string} zipPath
 * @param {{ dir?: string, files?: string[] }} [options]
 * @returns {string[]} the entry names written
 */
function zipLambda(zipPath, options = {}) {
  const dir = options.dir ?? DIST;
  const names = [...(options.files ?? FILES)].sort();
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const name of names) {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: run \`npm run bundle\` first`);
    const data = fs.readFileSync(file);
    const deflated = zlib.deflateRawSync(data, { level: 9 });
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, nameBytes, deflated);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0, so the file mode below counts
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(deflated.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt16LE(0, 30); // extra
    central.writeUInt16LE(0, 32); // comment
    central.writeUInt16LE(0, 34); // disk
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE((UNIX_FILE_0644 << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);

    offset += local.length + nameBytes.length + deflated.length;
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  fs.mkdirSync(path.dirname(path.resolve(zipPath)), { recursive: true });
  fs.writeFileSync(zipPath, Buffer.concat([...locals, ...centrals, end]));
  return names;
}

let table;
function crc32(bytes) {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = table[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

module.exports = { zipLambda, crc32, LAMBDA_FILES: FILES };

if (require.main === module) {
  const zipPath = process.argv[2];
  if (!zipPath) {
    console.error('usage: node scripts/zip-lambda.js <zip path>');
    process.exit(2);
  }
  try {
    const names = zipLambda(zipPath);
    console.log(`lambda zip: ${names.join(', ')} -> ${zipPath}`);
  } catch (error) {
    console.error(`lambda zip: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
