/**
 * A writer killed by SIGKILL at random moments, 20 rounds, on one folder: after each kill, every write the writer
 * had confirmed is readable, the next write goes through at once (no lock survives its process: the open store
 * waits at most 1 ms for one), and the folder holds only the database and its WAL files: no lock or temp files.
 * The moments come from a seeded generator, so a failing round can be replayed (KILL_SEED).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { DATABASE_FILE, SqliteRecordStore } from '../../lambda/persistence/sqlite-store';

const ROOT = path.resolve(__dirname, '..', '..');
const ROUNDS = 20;
const SEED = Number(process.env.KILL_SEED ?? 20261121);
const USER = 'amzn1.ask.account.KILLED-WRITER';

/** mulberry32: small, seeded, good enough to pick moments. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the embedded store under SIGKILL', () => {
  let dir: string;
  let writer: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'brc-sigkill-'));
    writer = path.join(dir, 'kill-writer.js');
    await build({
      entryPoints: [path.join(ROOT, 'test/support/kill-writer.ts')],
      outfile: writer,
      bundle: true,
      platform: 'node',
      target: 'node20',
      external: ['better-sqlite3'],
      logLevel: 'warning',
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`loses no confirmed write and leaves nothing locked, over ${ROUNDS} kills`, async () => {
    const random = seeded(SEED);
    const dataDir = path.join(dir, 'data');
    let lastConfirmed = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      const killAfter = 1 + Math.floor(random() * 40);
      const spinBeforeKill = Math.floor(random() * 50);
      lastConfirmed = await killWhileWriting(writer, dataDir, killAfter, spinBeforeKill, lastConfirmed);

      const store = new SqliteRecordStore(dataDir, { busyTimeoutMs: 1 });
      try {
        const { attributes, version } = await store.read(USER);
        const count = attributes.count as number;
        // Every confirmed write is there; at most the one in flight when the kill came is there too.
        expect(count).toBeGreaterThanOrEqual(lastConfirmed);
        expect(count).toBeLessThanOrEqual(lastConfirmed + 1);
        await expect(store.write(USER, { ...attributes, count: count + 1 }, version)).resolves.toBe(version + 1);
        lastConfirmed = count + 1;
      } finally {
        store.close();
      }
      const files = readdirSync(dataDir).filter((name) => !name.startsWith(DATABASE_FILE));
      expect(files).toEqual([]);
    }
  });
});

/** Starts the writer, kills it with SIGKILL after `killAfter` new confirmations (and a little spin); returns the last confirmed count. */
function killWhileWriting(writer: string, dataDir: string, killAfter: number, spin: number, before: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer], {
      env: { PATH: process.env.PATH, NODE_PATH: path.join(ROOT, 'node_modules'), DATA_DIR: dataDir, USER_ID: USER },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let confirmed = before;
    let seen = 0;
    let buffer = '';
    let err = '';
    let killing = false;
    child.stderr.on('data', (chunk: Buffer) => void (err += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const match = /^confirmed (\d+)$/.exec(line);
        if (!match) continue;
        confirmed = Number(match[1]);
        seen += 1;
      }
      if (seen >= killAfter && !killing) {
        killing = true;
        let left = spin;
        const later = () => (left-- > 0 ? setImmediate(later) : child.kill('SIGKILL'));
        later();
      }
    });
    // 'close', not 'exit': by then every line the writer wrote before it died has been read.
    child.once('close', (code, signal) => {
      const last = /^confirmed (\d+)$/.exec(buffer);
      if (last) confirmed = Number(last[1]);
      if (signal === 'SIGKILL') resolve(confirmed);
      else reject(new Error(`writer exited by itself (${code}): ${err}`));
    });
  });
}
