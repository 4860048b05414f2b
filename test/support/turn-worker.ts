/**
 * One process of the cross-process parallel-turns test: opens the store named in its environment, says "ready",
 * waits for a line on stdin (so that every process starts at once), sends its pain reports all at once, prints
 * what each turn said as one JSON line, and exits. Bundled by the test with esbuild, so it starts in milliseconds.
 *   STORE=sqlite DATA_DIR=...            or   STORE=dynamo ENDPOINT=... TABLE=...
 *   USER_ID=...  SCORES=3,7
 */
import { DynamoDbPersistenceAdapter } from '../../lambda/persistence/dynamo-adapter';
import { SqliteRecordStore } from '../../lambda/persistence/sqlite-store';
import { reportAtOnce } from './parallel-turns';

const env = process.env;
const store =
  env.STORE === 'sqlite'
    ? new SqliteRecordStore(env.DATA_DIR ?? '')
    : new DynamoDbPersistenceAdapter({
        tableName: env.TABLE ?? '',
        endpoint: env.ENDPOINT,
        region: 'us-east-1',
        credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
      });
const scores = (env.SCORES ?? '').split(',').map(Number);

process.stdout.write('ready\n');
process.stdin.once('data', () => {
  reportAtOnce([store], env.USER_ID ?? '', scores).then(
    (said) => {
      process.stdout.write(`${JSON.stringify(said)}\n`);
      if (store instanceof SqliteRecordStore) store.close();
      else store.destroy();
      process.exit(0);
    },
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exit(1);
    },
  );
});
