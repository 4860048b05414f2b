/** Small readers for the incoming request, so handlers stay declarative. */
import { HandlerInput, getRequestType, getIntentName, getLocale, getSlot } from 'ask-sdk-core';

export function isIntent(input: HandlerInput, ...names: string[]): boolean {
  return getRequestType(input.requestEnvelope) === 'IntentRequest' && names.includes(getIntentName(input.requestEnvelope));
}

export function isRequestType(input: HandlerInput, type: string): boolean {
  return getRequestType(input.requestEnvelope) === type;
}

/** The spoken value of a slot, or undefined when the slot was not filled. */
export function slotValue(input: HandlerInput, name: string): string | undefined {
  if (getRequestType(input.requestEnvelope) !== 'IntentRequest') return undefined;
  const value = getSlot(input.requestEnvelope, name)?.value;
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** The entity-resolution id of a custom slot (first successful authority), if Alexa matched one. */
export function slotId(input: HandlerInput, name: string): string | undefined {
  if (getRequestType(input.requestEnvelope) !== 'IntentRequest') return undefined;
  const authorities = getSlot(input.requestEnvelope, name)?.resolutions?.resolutionsPerAuthority ?? [];
  for (const authority of authorities) {
    if (authority.status?.code === 'ER_SUCCESS_MATCH') {
      const id = authority.values?.[0]?.value?.id;
      if (id) return id;
    }
  }
  return undefined;
}

/** The request's locale, or undefined when the request has none (some skill events, malformed envelopes). */
export function requestLocale(input: HandlerInput): string | undefined {
  try {
    return getLocale(input.requestEnvelope);
  } catch {
    return undefined;
  }
}
