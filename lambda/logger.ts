/**
 * The skill's structured logger: one JSON line per entry on stdout, which CloudWatch keeps for the Lambda and a
 * web host's log collector keeps for the web service.
 *
 * It logs where someone collects logs (in Lambda, in the web service) and is silent elsewhere (tests, the local
 * console), unless LOG_LEVEL (or POWERTOOLS_LOG_LEVEL) says otherwise; in Lambda, a level set by Lambda's own
 * logging controls (AWS_LAMBDA_LOG_LEVEL) wins over both.
 *
 * Written here, not Powertools' Logger: the skill writes one line per request and needs only levels and the
 * fields below, and Powertools' module set-up, its logger and its first line cost about 15 ms of every Lambda cold
 * start (scripts/bench.ts, the DynamoDB cold start in Lambda mode). The line keeps Powertools' field names
 * (level, message, timestamp, service, xray_trace_id), so queries written for either read both.
 */
import type { LogSink } from './kernel/request-log';

export const SERVICE_NAME = 'back-relief-coach';

export type LogLevel = 'TRACE' | 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'CRITICAL' | 'SILENT';

/** Powertools' thresholds: an entry is written when its level's rank reaches the logger's. */
const RANK: Readonly<Record<LogLevel, number>> = { TRACE: 6, DEBUG: 8, INFO: 12, WARN: 16, ERROR: 20, CRITICAL: 24, SILENT: 28 };

/** Lambda's log levels, and the one it names differently (FATAL). */
const LAMBDA_LEVELS: Readonly<Record<string, LogLevel>> = { TRACE: 'TRACE', DEBUG: 'DEBUG', INFO: 'INFO', WARN: 'WARN', ERROR: 'ERROR', FATAL: 'CRITICAL' };

/** Fields every line has; an entry's own fields never replace them. */
const RESERVED = new Set(['level', 'message', 'timestamp', 'service', 'xray_trace_id']);

export interface LoggerOptions {
  /** Log at INFO unless the environment names a level; otherwise stay silent unless it does. */
  onByDefault: boolean;
  env?: NodeJS.ProcessEnv;
  /** Where each line goes (stdout unless given). */
  write?: (line: string) => void;
  now?: () => Date;
}

/** Says nothing. */
const SILENT_SINK: LogSink = { info() {}, warn() {}, error() {} };

/** True for the logger that says nothing: a skill given it need not describe its requests at all. */
export function isSilent(log: LogSink): boolean {
  return log === SILENT_SINK;
}

export function createLogger(options: LoggerOptions): LogSink {
  const env = options.env ?? process.env;
  const level = logLevelFor(options.onByDefault, env);
  if (level === 'SILENT') return SILENT_SINK;
  const service = env.POWERTOOLS_SERVICE_NAME?.trim() || SERVICE_NAME;
  const write = options.write ?? ((line: string) => void process.stdout.write(line));
  const now = options.now ?? (() => new Date());
  const entry = (entryLevel: LogLevel) => (message: string, ...extra: Record<string, unknown>[]) => {
    if (RANK[entryLevel] < RANK[level]) return;
    const line: Record<string, unknown> = { level: entryLevel, message, timestamp: now().toISOString(), service };
    // Lambda sets the trace header per invocation; read at each line, never kept.
    const trace = /Root=([^;]+)/.exec(env._X_AMZN_TRACE_ID ?? '')?.[1];
    if (trace) line.xray_trace_id = trace;
    for (const fields of extra) for (const [key, value] of Object.entries(fields)) if (!RESERVED.has(key)) line[key] = value;
    write(`${serialise(line)}\n`);
  };
  return { info: entry('INFO'), warn: entry('WARN'), error: entry('ERROR') };
}

/** A log line never throws into the request it describes: fields JSON cannot hold are dropped, not fatal. */
function serialise(line: Record<string, unknown>): string {
  try {
    return JSON.stringify(line);
  } catch {
    const { level, message, timestamp, service } = line;
    return JSON.stringify({ level, message, timestamp, service, logError: 'fields not serialisable' });
  }
}

/** The level the environment asks for, else INFO or SILENT. */
export function logLevelFor(onByDefault: boolean, env: NodeJS.ProcessEnv = process.env): LogLevel {
  const lambda = LAMBDA_LEVELS[(env.AWS_LAMBDA_LOG_LEVEL ?? '').trim().toUpperCase()];
  if (lambda) return lambda;
  const asked = (env.POWERTOOLS_LOG_LEVEL || env.LOG_LEVEL || '').trim().toUpperCase();
  if (Object.prototype.hasOwnProperty.call(RANK, asked)) return asked as LogLevel;
  return onByDefault ? 'INFO' : 'SILENT';
}
