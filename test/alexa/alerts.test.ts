/** Alexa alert calls: typed results from HTTP statuses, and one time budget per turn for all its calls. */
import type { HandlerInput } from 'ask-sdk-core';
import { ALERT_TURN_BUDGET_MS, alertCall, failureOf } from '../../lambda/alexa/alerts';
import { AlexaApiTimeoutError } from '../../lambda/alexa/api-client';
import { durationMs } from '../../lambda/alexa/timers';

function input(): HandlerInput {
  const attributes: Record<string, unknown> = {};
  return {
    requestEnvelope: { context: { System: { apiEndpoint: 'http://127.0.0.1:9', apiAccessToken: 'token' } } },
    serviceClientFactory: {},
    attributesManager: { getRequestAttributes: () => attributes },
  } as unknown as HandlerInput;
}

function serviceError(statusCode: number): Error {
  return Object.assign(new Error('Unknown error'), { name: 'ServiceError', statusCode });
}

describe('alert call results', () => {
  it.each([
    [400, 'badRequest'],
    [401, 'noPermission'],
    [403, 'forbidden'],
    [404, 'notFound'],
    [429, 'rateLimited'],
    [500, 'failed'],
    [503, 'failed'],
    [504, 'deviceOffline'],
  ])('maps HTTP %s to %s', (status, failure) => {
    expect(failureOf(serviceError(status)).failure).toBe(failure);
  });

  it('tells its own timeout from a device offline, and takes anything else as a failure', () => {
    expect(failureOf(new AlexaApiTimeoutError('http://x', 2500)).failure).toBe('timedOut');
    expect(failureOf(new Error('socket hang up')).failure).toBe('failed');
  });

  it('never throws: a call that throws before its promise is a failure too', async () => {
    await expect(
      alertCall(input(), () => {
        throw new Error('No service client factory');
      }),
    ).resolves.toEqual({ ok: false, failure: 'failed' });
  });

  it('is unavailable without an API endpoint and token', async () => {
    const bare = { ...input(), requestEnvelope: { context: { System: {} } } } as unknown as HandlerInput;
    await expect(alertCall(bare, async () => 1)).resolves.toEqual({ ok: false, failure: 'unavailable' });
  });

  it('gives all the calls of one turn one budget, so two slow calls still answer in time', async () => {
    const turn = input();
    const slow = () => new Promise<string>((resolve) => setTimeout(() => resolve('late'), 2000));
    const first = await alertCall(turn, slow);
    const second = await alertCall(turn, slow);
    // The first call used most of the budget, so the second is cut off: no elapsed time needs measuring.
    expect(first).toEqual({ ok: true, value: 'late' });
    expect(second).toEqual({ ok: false, failure: 'timedOut' });
    expect(2000).toBeLessThan(ALERT_TURN_BUDGET_MS);
  });
});

describe('timer durations', () => {
  it('reads remainingTimeWhenPaused', () => {
    expect(durationMs('PT3M3S')).toBe(183_000);
    expect(durationMs('PT1H')).toBe(3_600_000);
    expect(durationMs('PT0.5S')).toBe(500);
    expect(durationMs('P1D')).toBeUndefined();
    expect(durationMs('PT')).toBeUndefined();
  });
});
