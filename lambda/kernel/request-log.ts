/**
 * One structured log line per request: what kind of request, which intent, the locale, how long it took and how
 * it ended. Deliberately nothing the user said: no slot values, no pain scores, no symptoms, no speech, and the
 * user id only as a short salted hash (the salt is random per process and never logged, so the hash correlates
 * requests within one warm container and cannot be turned back into the id or joined with other logs).
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { Skill } from 'ask-sdk-core';
import { originalStack } from './stack-map';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';

/** The part of a logger this module uses; lambda/logger.ts makes one, and tests pass a recorder. */
export interface LogSink {
  info(message: string, ...extra: Record<string, unknown>[]): void;
  warn(message: string, ...extra: Record<string, unknown>[]): void;
  error(message: string, ...extra: Record<string, unknown>[]): void;
}

/**
 * ok: the skill answered. handledError: a handler failed and the error handler answered with an apology.
 * failed: the skill threw, so Alexa (or the web service) gets an error; a skill id mismatch ends here too.
 */
export type RequestOutcome = 'ok' | 'handledError' | 'failed';

export interface RequestLogLine {
  requestType: string;
  intent?: string;
  task?: string;
  locale?: string;
  requestId?: string;
  user?: string;
  newSession?: boolean;
  coldStart: boolean;
  latencyMs: number;
  outcome: RequestOutcome;
  error?: LoggedError;
}

export interface LoggedError {
  name: string;
  message: string;
  stack?: string;
}

/** Errors the error handler absorbed, by the request they belong to; kept off the shared skill object. */
const handledErrors = new WeakMap<object, LoggedError>();

/** Called by the error handler so the request's one line says what went wrong. */
export function noteHandledError(envelope: RequestEnvelope, error: unknown): void {
  handledErrors.set(envelope, describeError(error));
}

export interface RequestLogOptions {
  now?: () => number;
  /** Secret salt for the user hash; random per process unless given (tests). */
  salt?: Buffer;
}

const USER_HASH_CHARS = 12;

/** Wraps the skill's invoke so every request, whatever happens inside, produces exactly one line. */
export function withRequestLog(skill: Skill, sink: LogSink, options: RequestLogOptions = {}): Skill {
  const now = options.now ?? (() => performance.now());
  const salt = options.salt ?? randomBytes(32);
  const invoke = skill.invoke.bind(skill);
  let coldStart = true;
  skill.invoke = async (envelope: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> => {
    const started = now();
    const line = describeRequest(envelope, salt, coldStart);
    coldStart = false;
    try {
      const response = await invoke(envelope, context);
      const handled = handledErrors.get(envelope);
      const done = { ...line, latencyMs: elapsed(started, now()) };
      if (handled) sink.error('request', { ...done, outcome: 'handledError', error: handled });
      else sink.info('request', { ...done, outcome: 'ok' });
      return response;
    } catch (error) {
      sink.error('request', { ...line, latencyMs: elapsed(started, now()), outcome: 'failed', error: describeError(error) });
      throw error;
    } finally {
      handledErrors.delete(envelope);
    }
  };
  return skill;
}

function describeRequest(envelope: unknown, salt: Buffer, coldStart: boolean): Omit<RequestLogLine, 'latencyMs' | 'outcome'> {
  const root = asRecord(envelope);
  const request = asRecord(root.request);
  const session = asRecord(root.session);
  const system = asRecord(asRecord(root.context).System);
  const userId = asRecord(system.user).userId ?? asRecord(session.user).userId;
  const line: Omit<RequestLogLine, 'latencyMs' | 'outcome'> = {
    requestType: typeof request.type === 'string' ? request.type : 'unknown',
    coldStart,
  };
  const intent = asRecord(request.intent).name;
  // Which warning sign was said is a health detail: the log says only that one was (one intent per sign in the model).
  if (typeof intent === 'string') line.intent = /^RedFlag\w+Intent$/.test(intent) ? 'WarningSign' : intent;
  const task = asRecord(request.task).name;
  if (typeof task === 'string') line.task = task;
  if (typeof request.locale === 'string') line.locale = request.locale;
  if (typeof request.requestId === 'string') line.requestId = request.requestId;
  if (typeof session.new === 'boolean') line.newSession = session.new;
  if (typeof userId === 'string' && userId) line.user = hashUser(userId, salt);
  return line;
}

/** A short, salted, one-way tag for a user id. */
export function hashUser(userId: string, salt: Buffer): string {
  return createHmac('sha256', salt).update(userId, 'utf8').digest('hex').slice(0, USER_HASH_CHARS);
}

function describeError(error: unknown): LoggedError {
  if (error instanceof Error) {
    const described: LoggedError = { name: error.name, message: error.message.slice(0, 300) };
    if (error.stack) described.stack = originalStack(error.stack.split('\n').slice(0, 8).join('\n'));
    return described;
  }
  return { name: 'NonError', message: typeof error === 'string' ? error.slice(0, 300) : typeof error };
}

function elapsed(started: number, ended: number): number {
  return Math.round((ended - started) * 10) / 10;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}
