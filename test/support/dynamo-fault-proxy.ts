/**
 * A loopback proxy in front of dynalite that can make DynamoDB misbehave the ways the real service does, one
 * operation at a time: throttle (the service's own 400 ProvisionedThroughputExceededException, which the AWS SDK
 * parses and retries like the real thing), answer 500, hang (accept the request and never answer), or apply a
 * write and then lose the reply (the client sees a dropped connection although the write happened).
 *
 * The skill's real DynamoDB adapter and the real AWS SDK talk to it, so what is tested is the whole path:
 * the SDK's retries, the adapter's deadline, and the skill's answer. It also counts requests by operation.
 */
import http, { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type DynamoOperation = 'GetItem' | 'PutItem' | 'UpdateItem' | 'DeleteItem' | 'DescribeTable' | 'CreateTable';
export type DynamoFault = 'throttle' | 'error500' | 'hang' | 'loseReply';

export interface FaultProxy {
  endpoint: string;
  /** Misbehaves on the next `times` requests of the operation (every one when not given). */
  inject(operation: DynamoOperation, fault: DynamoFault, times?: number): void;
  /** A slow store: every request (any operation) is held this long before it goes on; 0 for none. */
  slow(delayMs: number): void;
  clear(): void;
  /** Requests that reached the proxy, by operation, faulty or not. */
  readonly requests: Record<string, number>;
  /** Requests that got a fault, by operation. */
  readonly faults: Record<string, number>;
  close(): Promise<void>;
}

const THROTTLED = {
  __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
  message: 'The level of configured provisioned throughput for the table was exceeded.',
};
const INTERNAL = { __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: 'Internal server error' };

export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  const armed = new Map<string, { fault: DynamoFault; left: number }>();
  const requests: Record<string, number> = {};
  const faults: Record<string, number> = {};
  const sockets = new Set<Socket>();
  const target = new URL(upstream);
  let delayMs = 0;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (delayMs > 0) setTimeout(() => handle(req, res, Buffer.concat(chunks)), delayMs);
      else handle(req, res, Buffer.concat(chunks));
    });
  });

  function handle(req: IncomingMessage, res: ServerResponse, body: Buffer): void {
    const operation = String(req.headers['x-amz-target'] ?? '').split('.').pop() ?? '';
    requests[operation] = (requests[operation] ?? 0) + 1;
    const arm = armed.get(operation);
    if (!arm || arm.left <= 0) {
      forward(req, res, body);
      return;
    }
    arm.left -= 1;
    faults[operation] = (faults[operation] ?? 0) + 1;
    switch (arm.fault) {
      case 'throttle':
        return answer(res, 400, THROTTLED);
      case 'error500':
        return answer(res, 500, INTERNAL);
      case 'hang':
        return; // the socket stays open, unanswered, until the client gives up or the proxy closes
      case 'loseReply':
        return forward(req, res, body, () => res.socket?.destroy());
    }
  }
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  function forward(req: IncomingMessage, res: ServerResponse, body: Buffer, afterUpstream?: () => void): void {
    const upstreamReq = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (upstreamRes) => {
        const chunks: Buffer[] = [];
        upstreamRes.on('data', (chunk: Buffer) => chunks.push(chunk));
        upstreamRes.on('end', () => {
          if (afterUpstream) return afterUpstream();
          res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers);
          res.end(Buffer.concat(chunks));
        });
      },
    );
    // The store behind is down: the client sees its connection dropped, as it would without the proxy.
    upstreamReq.on('error', () => res.socket?.destroy());
    upstreamReq.end(body);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    faults,
    inject(operation, fault, times = Number.POSITIVE_INFINITY) {
      armed.set(operation, { fault, left: times });
    },
    clear() {
      armed.clear();
      delayMs = 0;
    },
    slow(ms) {
      delayMs = ms;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function answer(res: ServerResponse, status: number, body: object): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/x-amz-json-1.0', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
