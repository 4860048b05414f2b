/**
 * A turn on which the user's data was deleted ("forget me"): the save interceptor writes nothing back and clears
 * the session, so the next request meets a first-time user.
 */
import { HandlerInput } from 'ask-sdk-core';

const FORGOTTEN_KEY = 'forgotten';

export function markForgotten(input: HandlerInput): void {
  input.attributesManager.getRequestAttributes()[FORGOTTEN_KEY] = true;
}

export function isForgotten(input: HandlerInput): boolean {
  return input.attributesManager.getRequestAttributes()[FORGOTTEN_KEY] === true;
}
