/**
 * The same skill as an Alexa web service, for hosting outside Lambda (ask-sdk-express-adapter on express).
 *
 * Alexa only calls HTTPS endpoints: serve this behind a TLS-terminating proxy, or give it TLS_CERT_FILE and
 * TLS_KEY_FILE to serve HTTPS itself. Every request must pass Alexa's checks before the skill sees it: the
 * Signature-256 header over the exact body, made with Amazon's echo-api.amazon.com certificate fetched from
 * SignatureCertChainUrl (https://s3.amazonaws.com/echo.api/..., normalised and checked before any download, the
 * download capped at 64 KB and 2 s, the chain cached until it expires); and a request timestamp at most 150 s
 * old (skill events: one hour) and at most 150 s in the future (web/request-verifiers.ts). The skill then checks
 * the skill id (SKILL_ID, required here: Amazon signs every skill's requests, so the signature alone does not say
 * they are for this skill). Headers and bodies must arrive within seconds, and no error page carries a stack
 * trace, whatever NODE_ENV says.
 *
 * Not part of the Lambda bundle: its entry is lambda/index.ts. Run it with `npm run bundle` and
 * `node lambda/dist/web-service.js` (PORT, SKILL_ID, and SKILL_TABLE or SKILL_DATA_DIR in the environment).
 */
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Skill } from 'ask-sdk-core';
import { ExpressAdapter } from 'ask-sdk-express-adapter';
import express, { Express, NextFunction, Request, Response } from 'express';
import { SignatureVerifier, StrictTimestampVerifier } from './web/request-verifiers';
import { readConfig, SkillConfig } from './config';
import { createLogger } from './logger';
import { createRecordStore } from './persistence';
import { buildSkill } from './kernel/build-skill';
import type { LogSink } from './kernel/request-log';

/** Where Alexa posts requests: configure the skill's HTTPS endpoint as https://<host>/ */
export const SKILL_PATH = '/';
/** Alexa gives up after 8 s: a client slower than this with its headers or its body is not Alexa. */
export const HEADERS_TIMEOUT_MS = 5000;
export const REQUEST_TIMEOUT_MS = 8000;

export interface WebServiceOptions {
  /** Where the one-line-per-request logs go; the skill's logger (lambda/logger.ts) at INFO unless given. */
  log?: LogSink;
}

/** The skill with the configured store, behind Alexa's request verification. */
export function createWebService(config: SkillConfig = readConfig(), options: WebServiceOptions = {}): Express {
  if (!config.skillId) {
    throw new Error('SKILL_ID must be set for the web service: without it any skill could call this endpoint');
  }
  const log = options.log ?? createLogger({ onByDefault: true });
  const skill = buildSkill({ store: createRecordStore(config, { longRunning: true }), skillId: config.skillId, log, healthRecords: config.healthRecords });
  return createWebApp(skill, log);
}

/**
 * The express app around a built skill. The signature and timestamp verifiers are always on; there is no
 * switch to turn them off.
 */
export function createWebApp(skill: Skill, log?: LogSink): Express {
  const app = express();
  app.disable('x-powered-by');
  // The adapter's own verifiers are off only because these replace them, always on.
  const adapter = new ExpressAdapter(skill, false, false, [new SignatureVerifier(), new StrictTimestampVerifier()]);
  app.post(SKILL_PATH, logRefusals(log), ...adapter.getRequestHandlers());
  app.get('/health', (_request, response) => {
    response.json({ ok: true });
  });
  app.use(plainErrors);
  return app;
}

/** Express's default error page shows the stack outside production: this one says only what went wrong. */
function plainErrors(error: unknown, _request: Request, response: Response, next: NextFunction): void {
  if (response.headersSent) return next(error);
  const status = errorStatus(error);
  response.status(status).type('text/plain').send(status === 413 ? 'Request body too large' : status < 500 ? 'Bad request' : 'Internal error');
}

function errorStatus(error: unknown): number {
  const status = typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : NaN;
  return Number.isInteger(status) && status >= 400 && status < 600 ? status : 500;
}

/** Header and request timeouts (Node's defaults hold a slow client for up to 300 s). */
export function hardenServer<T extends Server>(server: T): T {
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.keepAliveTimeout = HEADERS_TIMEOUT_MS - 1000;
  return server;
}

/** Requests that never reached the skill (bad signature, stale, malformed) leave one line too; never the body. */
function logRefusals(log: LogSink | undefined) {
  return (request: Request, response: Response, next: NextFunction) => {
    if (log) {
      const started = performance.now();
      response.on('finish', () => {
        if (response.statusCode < 400) return;
        log.warn('request refused', {
          status: response.statusCode,
          latencyMs: Math.round((performance.now() - started) * 10) / 10,
          hasSignature: Boolean(request.headers['signature-256']),
        });
      });
    }
    next();
  };
}

/** HTTPS when TLS_CERT_FILE and TLS_KEY_FILE are set, else plain HTTP for a proxy in front to terminate TLS. */
export function startWebService(env: NodeJS.ProcessEnv = process.env): Server {
  const app = createWebService(readConfig(env));
  const port = Number(env.PORT ?? 3000);
  const certFile = env.TLS_CERT_FILE?.trim();
  const keyFile = env.TLS_KEY_FILE?.trim();
  const server =
    certFile && keyFile
      ? createHttpsServer({ cert: readFileSync(certFile), key: readFileSync(keyFile) }, app)
      : createHttpServer(app);
  return hardenServer(server).listen(port);
}

if (require.main === module) {
  const server = startWebService();
  server.on('listening', () => {
    const address = server.address();
    const where = typeof address === 'object' && address ? address.port : address;
    createLogger({ onByDefault: true }).info('web service listening', { port: where });
  });
}
