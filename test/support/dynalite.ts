/**
 * A real DynamoDB-compatible server (dynalite) on loopback for tests. It can be stopped and started again on
 * the same port, to test what the skill does while the store is down. In memory by default (a restart starts
 * empty); with `persistent: true` it keeps its data in a temp folder, so data survives a restart.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

interface DynaliteOptions {
  createTableMs?: number;
  deleteTableMs?: number;
  updateTableMs?: number;
  path?: string;
}
// dynalite ships no types; this is the part of its API used here (it returns an http.Server).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const dynalite = require('dynalite') as (options: DynaliteOptions) => Server;

export const TEST_REGION = 'us-east-1';
export const TEST_CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };

export interface RunningDynalite {
  endpoint: string;
  port: number;
  /** Stops listening and drops open connections; the port stays ours to start() on again. */
  stop(): Promise<void>;
  /** Listens again on the same port (fresh data unless persistent). */
  start(): Promise<void>;
  restart(): Promise<void>;
  /** Stops if running and removes the persistent data folder. */
  destroy(): Promise<void>;
  /** A client for this server with dummy credentials; call destroy() on it when done. */
  client(): DynamoDBClient;
}

export async function startDynalite(options: { persistent?: boolean } = {}): Promise<RunningDynalite> {
  const dataDir = options.persistent ? await mkdtemp(join(tmpdir(), 'dynalite-')) : undefined;
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0, path: dataDir });
  await listen(server, 0);
  const port = (server.address() as AddressInfo).port;
  const endpoint = `http://127.0.0.1:${port}`;

  const stop = async (): Promise<void> => {
    if (!server.listening) return;
    const closed = new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    server.closeAllConnections(); // keep-alive sockets from SDK clients would otherwise hold close() open
    await closed;
  };
  const start = async (): Promise<void> => {
    if (!server.listening) await listen(server, port);
  };

  return {
    endpoint,
    port,
    stop,
    start,
    restart: async () => {
      await stop();
      await start();
    },
    destroy: async () => {
      await stop();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
    client: () => new DynamoDBClient({ endpoint, region: TEST_REGION, credentials: TEST_CREDENTIALS }),
  };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}
