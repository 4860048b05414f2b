/** Reads a zip the way an unzipper does (central directory, then each entry), checking sizes and CRCs. */
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: Buffer;
  /** Unix mode from the external attributes (0 when the zip was not made on Unix). */
  mode: number;
}

export function readZip(file: string): ZipEntry[] {
  const zip = readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory entry');
    const madeBy = zip.readUInt16LE(at + 4) >> 8;
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const external = zip.readUInt32LE(at + 38);
    const localAt = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const localNameLength = zip.readUInt16LE(localAt + 26);
    const localExtraLength = zip.readUInt16LE(localAt + 28);
    const start = localAt + 30 + localNameLength + localExtraLength;
    const raw = zip.subarray(start, start + compressed);
    const data = method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
    if (data.length !== size) throw new Error(`${name}: size ${data.length}, expected ${size}`);
    if (crc32(data) !== crc) throw new Error(`${name}: CRC mismatch`);
    entries.push({ name, data, mode: madeBy === 3 ? external >>> 16 : 0 });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** What the Lambda zip holds, in name order: the bundle, the files it requires from beside it, their maps. */
export const LAMBDA_ZIP_ENTRIES: readonly string[] = [
  'ask-sdk-model.js', 'ask-sdk-model.js.map', 'aws-lite-aws.js', 'aws-lite-aws.js.map', 'aws-lite-xml.js', 'aws-lite-xml.js.map', 'aws-lite.js', 'aws-lite.js.map',
  ...['en-AU/core', 'en-AU/timers', 'en-CA/core', 'en-CA/timers', 'en-GB/core', 'en-GB/timers', 'en-IN/core', 'en-IN/timers'].map((file) => `content/${file}.js`),
  ...['en-US', 'es-ES', 'es-US'].flatMap((locale) => ['core', 'stretch', 'timers'].map((ns) => `content/${locale}/${ns}.js`)),
  'index.js', 'index.js.map', 'luxon.js', 'luxon.js.map',
];
