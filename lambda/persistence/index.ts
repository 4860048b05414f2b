/** Picks the user store from the config: DynamoDB when a table is named, else files in dataDir. */
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { SkillConfig } from '../config';
import { FileRecordStore } from './file-adapter';
import type { PurgingStore, QuarantiningStore, UserRecordStore } from './record-store';

export type SkillRecordStore = UserRecordStore & PersistenceAdapter & QuarantiningStore & PurgingStore;

export function createRecordStore(config: SkillConfig): SkillRecordStore {
  if (!config.table) return new FileRecordStore(config.dataDir);
  // Loaded only here so the local console (file store) never loads the DynamoDB client; esbuild bundles this
  // file as a lazily initialised module, so the same holds in the bundle.
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

// No re-export of ./dynamo-adapter here: it would load the DynamoDB client eagerly. Import it directly where needed.
export { FileRecordStore } from './file-adapter';
export * from './record-store';
