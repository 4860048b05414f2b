/**
 * The same skill as an Alexa web service, for hosting outside Lambda (ask-sdk-express-adapter on express).
 *
 * Alexa only calls HTTPS endpoints: serve this behind a TLS-terminating proxy, or give it TLS_CERT_FILE and
 * TLS_KEY_FILE to serve HTTPS itself. Every request must pass Alexa's checks before the skill sees it: the
 * Signature-256 header over the exact body, made with Amazon's echo-api.amazon.com certificate fetched from
 * SignatureCertChainUrl (https://s3.amazonaws.com/echo.api/...) and chained to a trusted root; and a request
 * timestamp at most 150 s old (skill events: one hour). The skill then checks the skill id (SKILL_ID, required
 * here: Amazon signs every skill's requests, so the signature alone does not say they are for this skill).
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
import { readConfig, SkillConfig } from './config';
import { createLogger } from './logger';
import { createRecordStore } from './persistence';
import { buildSkill } from './kernel/build-skill';
import type { LogSink } from './kernel/request-log';

/** Where Alexa posts requests: configure the skill's HTTPS endpoint as https://<host>/ */
export const SKILL_PATH = '/';

export interface WebServiceOptions {
  /** Where the one-line-per-request logs go; the Powertools logger at INFO unless given. */
  log?: LogSink;
}

/** The skill with the configured store, behind Alexa's request verification. */
export function createWebService(config: SkillConfig = readConfig(), options: WebServiceOptions = {}): Express {
  if (!config.skillId) {
    throw new Error('SKILL_ID must be set for the web service: without it any skill could call this endpoint');
  }
  const log = options.log ?? createLogger({ onByDefault: true });
  const skill = buildSkill({ store: createRecordStore(config), skillId: config.skillId, log, healthRecords: config.healthRecords });
  return createWebApp(skill, log);
}

/**
 * The express app around a built skill. The signature and timestamp verifiers are always on; there is no
 * switch to turn them off.
 */
export function createWebApp(skill: Skill, log?: LogSink): Express {
  const app = express();
  app.disable('x-powered-by');
  const adapter = new ExpressAdapter(skill, true, true);
  app.post(SKILL_PATH, logRefusals(log), ...adapter.getRequestHandlers());
  app.get('/health', (_request, response) => {
    response.json({ ok: true });
  });
  return app;
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
  return server.listen(port);
}

if (require.main === module) {
  const server = startWebService();
  server.on('listening', () => {
    const address = server.address();
    const where = typeof address === 'object' && address ? address.port : address;
    createLogger({ onByDefault: true }).info('web service listening', { port: where });
  });
}
