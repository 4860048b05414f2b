/**
 * TimeoutApiClient: a call gets what is left of its turn's budget, at most the client's cap; outside a turn, the cap.
 * alexaServicesInterceptor: each request's service clients over the client bound to its own budget.
 */
import type { HandlerInput } from 'ask-sdk-core';
import { RequestEnvelope, services } from 'ask-sdk-model';
import { AlexaApiTimeoutError, alexaServicesInterceptor, TimeoutApiClient } from '../../lambda/alexa/api-client';
import { startRequestBudget } from '../../lambda/kernel/turn-budget';

/** An Alexa API that never answers, counting the calls that reach it. */
function hangingApi(): services.ApiClient & { calls: number } {
  return {
    calls: 0,
    invoke() {
      this.calls += 1;
      return new Promise(() => undefined);
    },
  };
}

const REQUEST: services.ApiClientRequest = { url: 'http://127.0.0.1:9/v2/devices/d/settings/System.timeZone', method: 'GET', headers: [] };

async function timeoutOf(client: TimeoutApiClient): Promise<number> {
  const error: unknown = await client.invoke(REQUEST).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AlexaApiTimeoutError);
  return (error as AlexaApiTimeoutError).timeoutMs;
}

describe('TimeoutApiClient', () => {
  it('outside a turn, cuts a call off at its cap', async () => {
    await expect(timeoutOf(new TimeoutApiClient(hangingApi(), 40))).resolves.toBe(40);
  });

  it("within a turn, at what is left of the turn's budget when that is less than the cap, else at the cap", async () => {
    const client = new TimeoutApiClient(hangingApi(), 40);
    await expect(timeoutOf(client.within({ remainingMs: () => 15 }))).resolves.toBe(15);
    await expect(timeoutOf(client.within({ remainingMs: () => 60_000 }))).resolves.toBe(40);
    // The client bound to one turn leaves the shared one as it was.
    await expect(timeoutOf(client)).resolves.toBe(40);
  });

  it('with the budget spent, asks the API nothing', async () => {
    const api = hangingApi();
    await expect(timeoutOf(new TimeoutApiClient(api, 40).within({ remainingMs: () => 0 }))).resolves.toBe(0);
    expect(api.calls).toBe(0);
  });
});

describe('alexaServicesInterceptor', () => {
  /** A request's handler input as ASK gives it to interceptors, as far as the interceptor reads it. */
  function inputFor(remainingMs: number): HandlerInput {
    const requestEnvelope = { context: { System: { apiEndpoint: 'http://127.0.0.1:9', apiAccessToken: 't' } } } as unknown as RequestEnvelope;
    startRequestBudget(requestEnvelope, remainingMs, () => 0);
    return { requestEnvelope } as HandlerInput;
  }

  it('gives each request a service client factory of its own, the same one every time that request asks', async () => {
    const interceptor = alexaServicesInterceptor(new TimeoutApiClient(hangingApi(), 40));
    const first = inputFor(60_000);
    const second = inputFor(60_000);
    await interceptor.process(first);
    await interceptor.process(second);
    expect(first.serviceClientFactory).toBeInstanceOf(services.ServiceClientFactory);
    expect(first.serviceClientFactory).toBe(first.serviceClientFactory);
    expect(second.serviceClientFactory).not.toBe(first.serviceClientFactory);
  });

  it("binds the factory's clients to the request's own budget", async () => {
    const api = hangingApi();
    const interceptor = alexaServicesInterceptor(new TimeoutApiClient(api, 40));
    const spent = inputFor(0);
    await interceptor.process(spent);
    const error: unknown = await spent.serviceClientFactory?.getUpsServiceClient().getSystemTimeZone('device').catch((e: unknown) => e);
    expect(api.calls).toBe(0);
    expect(error).toBeDefined();
  });
});
