/**
 * The skill's structured logger (Powertools for AWS Lambda): JSON lines on stdout, which CloudWatch keeps for
 * the Lambda and a web host's log collector keeps for the web service.
 *
 * It logs where someone collects logs (in Lambda, in the web service) and is silent elsewhere (tests, the
 * local console), unless LOG_LEVEL (or POWERTOOLS_LOG_LEVEL) says otherwise. In Lambda, a log level set by
 * Lambda's own logging controls wins over both.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import type { LogSink } from './kernel/request-log';

export const SERVICE_NAME = 'back-relief-coach';

const LEVELS = new Set(['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'CRITICAL', 'SILENT']);

export interface LoggerOptions {
  /** Log at INFO unless the environment names a level; otherwise stay silent unless it does. */
  onByDefault: boolean;
  env?: NodeJS.ProcessEnv;
}

/** Says nothing: what a silent logger is, without loading Powertools (a few ms of a cold start, measured here). */
const SILENT_SINK: LogSink = { info() {}, warn() {}, error() {} };

/** True for the logger that says nothing: a skill given it need not describe its requests at all. */
export function isSilent(log: LogSink): boolean {
  return log === SILENT_SINK;
}

export function createLogger(options: LoggerOptions): LogSink {
  const env = options.env ?? process.env;
  const logLevel = logLevelFor(options.onByDefault, env);
  // Lambda's own log level (AWS_LAMBDA_LOG_LEVEL) would override SILENT inside Powertools: then it is loaded.
  if (logLevel === 'SILENT' && !env.AWS_LAMBDA_LOG_LEVEL?.trim()) return SILENT_SINK;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only for a logger that logs
  const { Logger: PowertoolsLogger } = require('@aws-lambda-powertools/logger') as { Logger: typeof Logger };
  return new PowertoolsLogger({ serviceName: env.POWERTOOLS_SERVICE_NAME?.trim() || SERVICE_NAME, logLevel });
}

/** The level the environment asks for, else INFO or SILENT. */
export function logLevelFor(onByDefault: boolean, env: NodeJS.ProcessEnv = process.env): 'TRACE' | 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'CRITICAL' | 'SILENT' {
  const asked = (env.POWERTOOLS_LOG_LEVEL || env.LOG_LEVEL || '').trim().toUpperCase();
  if (LEVELS.has(asked)) return asked as ReturnType<typeof logLevelFor>;
  return onByDefault ? 'INFO' : 'SILENT';
}
