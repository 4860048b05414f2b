/**
 * A process that writes one user's record as fast as it can, on the embedded store in DATA_DIR, and says
 * "confirmed N" once the write of count N has resolved: the moment the skill would tell a user it was saved.
 * The SIGKILL test kills it at random moments. Bundled by the test with esbuild.
 */
import { SqliteRecordStore } from '../../lambda/persistence/sqlite-store';

const store = new SqliteRecordStore(process.env.DATA_DIR ?? '');
const userId = process.env.USER_ID ?? '';

async function loop(): Promise<void> {
  for (;;) {
    const { attributes, version } = await store.read(userId);
    const count = (typeof attributes.count === 'number' ? attributes.count : 0) + 1;
    await store.write(userId, { count, note: `write ${count}`.repeat(20) }, version);
    // The next write waits until this line has been handed to the pipe, so a kill can never come after a write
    // whose confirmation is still inside this process (the test allows one write beyond the last confirmation).
    await new Promise<void>((resolve, reject) => process.stdout.write(`confirmed ${count}\n`, (error) => (error ? reject(error) : resolve())));
    // Let the event loop run, so that the kill can land between, before and inside writes.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

loop().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
