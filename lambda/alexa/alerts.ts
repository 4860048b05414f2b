/**
 * What every call to Alexa's alert services (timers, reminders) can come back with, as a value, never a throw.
 *
 * Each call already has its own timeout (TimeoutApiClient). On top of that a turn has one budget for all its
 * alert calls together, so two calls in a row against a hanging API still leave the answer well inside Alexa's
 * 8 s: the answer goes out within about ALERT_TURN_BUDGET_MS of the first call, whatever the API does.
 */
import { HandlerInput } from 'ask-sdk-core';
import { AlexaApiTimeoutError, alexaErrorStatus } from './api-client';

export type AlertFailure =
  /** 401: the user has not granted the permission (or took it back). */
  | 'noPermission'
  /** 404: no such timer or reminder (it rang, or the user cancelled it outside the skill). */
  | 'notFound'
  /** 400: the request was refused (too many timers on the device, a label in use, an unsupported operation). */
  | 'badRequest'
  /** 403: not allowed for this skill, account or device. */
  | 'forbidden'
  /** 429: too many requests. */
  | 'rateLimited'
  /** 504 from Alexa: the device is offline. */
  | 'deviceOffline'
  /** Our own timeout: the API did not answer in time. */
  | 'timedOut'
  /** 500, 503, anything else. */
  | 'failed'
  /** The request carries no API endpoint or token (or no service client factory). */
  | 'unavailable';

export type AlertResult<T> = { ok: true; value: T } | { ok: false; failure: AlertFailure; status?: number };

/** All alert calls of one turn together answer within this; a single call has ALEXA_API_TIMEOUT_MS. */
export const ALERT_TURN_BUDGET_MS = 2800;

const DEADLINE_KEY = 'alertDeadline';

export function failureOf(error: unknown): { failure: AlertFailure; status?: number } {
  if (error instanceof AlexaApiTimeoutError || error instanceof TurnBudgetError) return { failure: 'timedOut' };
  const status = alexaErrorStatus(error);
  switch (status) {
    case 400:
      return { failure: 'badRequest', status };
    case 401:
      return { failure: 'noPermission', status };
    case 403:
      return { failure: 'forbidden', status };
    case 404:
      return { failure: 'notFound', status };
    case 429:
      return { failure: 'rateLimited', status };
    case 504:
      return { failure: 'deviceOffline', status };
    case undefined:
      return { failure: 'failed' };
    default:
      return { failure: 'failed', status };
  }
}

class TurnBudgetError extends Error {
  constructor() {
    super('The turn has no time left for Alexa API calls');
    this.name = 'TurnBudgetError';
  }
}

/** True when the request lets the skill call Alexa's APIs at all. */
export function canCallAlexa(input: HandlerInput): boolean {
  const system = input.requestEnvelope.context?.System;
  return Boolean(input.serviceClientFactory && system?.apiEndpoint && system.apiAccessToken);
}

/**
 * Runs one Alexa API call inside the turn's budget and turns its outcome into an AlertResult. The budget starts
 * with the turn's first call; a call that would outlive it is cut off and reported as timed out.
 */
export async function alertCall<T>(input: HandlerInput, call: () => Promise<T>): Promise<AlertResult<T>> {
  if (!canCallAlexa(input)) return { ok: false, failure: 'unavailable' };
  const attributes = input.attributesManager.getRequestAttributes();
  const started = performance.now();
  const deadline = typeof attributes[DEADLINE_KEY] === 'number' ? (attributes[DEADLINE_KEY] as number) : started + ALERT_TURN_BUDGET_MS;
  attributes[DEADLINE_KEY] = deadline;
  const left = deadline - started;
  if (left <= 0) return { ok: false, failure: 'timedOut' };
  let timer: NodeJS.Timeout | undefined;
  const budget = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TurnBudgetError()), left);
  });
  try {
    // A call that throws before its promise (no service client, say) is a failure like any other.
    const value = await Promise.race([Promise.resolve().then(call), budget]);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, ...failureOf(error) };
  } finally {
    clearTimeout(timer);
  }
}
