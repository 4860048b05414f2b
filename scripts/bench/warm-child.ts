/**
 * Warm turns, in a child process of scripts/bench.ts: loads the bundled skill (lambda/dist/index.js) once, as a
 * warm Lambda container would, runs the mix once to warm up, then again to measure. The store is whatever the
 * environment configures (SKILL_DATA_DIR for the embedded store; SKILL_TABLE and DYNAMODB_ENDPOINT for dynalite).
 * Prints one JSON line: every measured turn's kind and latency, and the process's peak memory.
 */
import path from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { TimedTurn, runMix } from './mix';

type LambdaHandler = (event: unknown, context: unknown, callback?: (error: unknown, result?: unknown) => void) => unknown;

/** The bundle's handler, promise style (ours) or callback style (ask-sdk's lambda(), as in hello world). */
function loadHandler(bundle: string): (envelope: RequestEnvelope) => Promise<ResponseEnvelope> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { handler } = require(bundle) as { handler: LambdaHandler };
  const context = { getRemainingTimeInMillis: () => 8000, callbackWaitsForEmptyEventLoop: true };
  return (envelope) =>
    new Promise((resolve, reject) => {
      const returned = handler(envelope, context, (error, result) => (error ? reject(error) : resolve(result as ResponseEnvelope)));
      if (returned instanceof Promise) returned.then((result) => resolve(result as ResponseEnvelope), reject);
    });
}

async function main(): Promise<void> {
  const users = Number(process.env.BENCH_USERS ?? 60);
  // Given by scripts/bench.ts, which runs this file bundled from a temp folder; else the repository's bundle.
  const invoke = loadHandler(process.env.BRC_SKILL_BUNDLE ?? path.resolve(__dirname, '../../lambda/dist/index.js'));
  await runMix({ users: Math.max(3, Math.floor(users / 4)), invoke, userPrefix: 'WARMUP' });
  const turns: TimedTurn[] = [];
  global.gc?.();
  await runMix({ users, invoke, onTurn: (turn) => turns.push(turn) });
  const memory = process.memoryUsage();
  process.stdout.write(
    `${JSON.stringify({ turns, maxRssKb: process.resourceUsage().maxRSS, heapUsedBytes: memory.heapUsed, rssBytes: memory.rss })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
