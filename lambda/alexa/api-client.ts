/**
 * Every Alexa service call goes through this client: DefaultApiClient sets no timeout, and a hanging
 * Alexa API must never hold the answer past the turn's budget (Alexa gives up after 8 s). A call gets what is
 * left of the turn's budget, and at most ALEXA_API_TIMEOUT_MS, so that a hanging API still leaves the store time
 * to save the turn. Each request gets service clients of its own, over the client bound to its budget
 * (alexaServicesInterceptor).
 */
import { DefaultApiClient, RequestInterceptor } from 'ask-sdk-core';
import { RequestEnvelope, services } from 'ask-sdk-model';
import { callAllowanceMs, requestBudget, TurnBudget } from '../kernel/turn-budget';

export const ALEXA_API_TIMEOUT_MS = 2500;

export class AlexaApiTimeoutError extends Error {
  readonly statusCode = 504;
  constructor(readonly url: string, readonly timeoutMs: number) {
    super(`Alexa API call timed out after ${timeoutMs} ms`);
    this.name = 'AlexaApiTimeoutError';
  }
}

export class TimeoutApiClient implements services.ApiClient {
  constructor(
    private readonly inner: services.ApiClient = new DefaultApiClient(),
    private readonly timeoutMs: number = ALEXA_API_TIMEOUT_MS,
    /** The turn's budget; none outside a turn, where a call gets ALEXA_API_TIMEOUT_MS (or the cap given). */
    private readonly budget?: TurnBudget,
  ) {}

  /** The same client for one turn: each call gets what is left of `budget`, at most this client's cap. */
  within(budget: TurnBudget | undefined): TimeoutApiClient {
    return new TimeoutApiClient(this.inner, this.timeoutMs, budget);
  }

  invoke(request: services.ApiClientRequest): Promise<services.ApiClientResponse> {
    const allowanceMs = Math.floor(callAllowanceMs(this.budget, this.timeoutMs));
    if (allowanceMs <= 0) return Promise.reject(new AlexaApiTimeoutError(request.url, 0));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new AlexaApiTimeoutError(request.url, allowanceMs)), allowanceMs);
    });
    return Promise.race([this.inner.invoke(request), timeout]).finally(() => clearTimeout(timer));
  }
}

/**
 * Gives each request service clients of its own, over `client` bound to the request's budget, in place of ASK's
 * factory over one client for all requests: that is how each Alexa API call finds its own turn's budget. Made
 * from the request's endpoint and token, as ASK makes its own, when the turn first asks for it: most turns call
 * no Alexa API, and in the Lambda bundle ask-sdk-model (the factory's 61 KB) is a file beside it, loaded by the
 * first turn that does (scripts/bundle.mjs).
 */
export function alexaServicesInterceptor(client: TimeoutApiClient): RequestInterceptor {
  return {
    process(input) {
      let factory: services.ServiceClientFactory | undefined;
      Object.defineProperty(input, 'serviceClientFactory', {
        configurable: true,
        enumerable: true,
        get: () => (factory ??= serviceClientFactory(input.requestEnvelope, client)),
      });
    },
  };
}

function serviceClientFactory(envelope: RequestEnvelope, client: TimeoutApiClient): services.ServiceClientFactory {
  const system = envelope.context?.System;
  return new services.ServiceClientFactory({
    apiClient: client.within(requestBudget(envelope)),
    apiEndpoint: system?.apiEndpoint ?? '',
    authorizationValue: system?.apiAccessToken ?? '',
  });
}

/** The HTTP status of a failed Alexa service call (ServiceError carries it as statusCode). */
export function alexaErrorStatus(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'statusCode' in error) {
    const status = (error as { statusCode: unknown }).statusCode;
    if (typeof status === 'number') return status;
  }
  return undefined;
}
