/**
 * Picks the user store from the config: DynamoDB when a table is named, else the embedded SQLite database in
 * dataDir. Each is required only when chosen: the console never loads the DynamoDB client, and Lambda (always
 * with a table) never loads better-sqlite3, whose native addon the bundle keeps external.
 */
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { SkillConfig } from '../config';
import type { PurgingStore, QuarantiningStore, StoreClock, UserRecordStore } from './record-store';

export type SkillRecordStore = UserRecordStore & PersistenceAdapter & QuarantiningStore & PurgingStore;

export interface RecordStoreOptions {
  /** The stores' now (expiry, tombstones); the system clock unless given. */
  clock?: StoreClock;
  /** A long-running process (the web service, a local server): the embedded store purges expired records daily. */
  longRunning?: boolean;
}

export function createRecordStore(config: SkillConfig, options: RecordStoreOptions = {}): SkillRecordStore {
  if (!config.table) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { SqliteRecordStore } = require('./sqlite-store') as typeof import('./sqlite-store');
    return new SqliteRecordStore(config.dataDir, { clock: options.clock, dailyPurge: options.longRunning });
  }
  // esbuild bundles the adapters as lazily initialised modules and keeps better-sqlite3's native addon external.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { DynamoDbPersistenceAdapter } = require('./dynamo-adapter') as typeof import('./dynamo-adapter');
  const endpoint = config.dynamoEndpoint;
  return new DynamoDbPersistenceAdapter({
    tableName: config.table,
    endpoint,
    // A local server (dynalite, DynamoDB Local) takes any region and credentials; the real service's come
    // from the environment as usual.
    region: endpoint ? (process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1') : undefined,
    credentials: endpoint && isLoopback(endpoint) && !process.env.AWS_ACCESS_KEY_ID ? LOCAL_CREDENTIALS : undefined,
    clock: options.clock,
  });
}

const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

function isLoopback(endpoint: string): boolean {
  try {
    const host = new URL(endpoint).hostname;
    return host === 'localhost' || host === '[::1]' || host.startsWith('127.');
  } catch {
    return false;
  }
}

// No re-export of ./dynamo-adapter or ./sqlite-store here: it would load them eagerly. Import them directly.
export * from './record-store';
