/** TimeoutApiClient: a call gets what is left of its turn's budget, at most the client's cap; outside a turn, the cap. */
import type { services } from 'ask-sdk-model';
import { AlexaApiTimeoutError, TimeoutApiClient } from '../../lambda/alexa/api-client';

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
