/** The user's time zone: the device's setting from the Alexa Settings API, else a default for the locale. */
import { HandlerInput } from 'ask-sdk-core';

const DEFAULT_ZONE_BY_LOCALE: Record<string, string> = {
  'en-US': 'America/New_York',
  'en-CA': 'America/Toronto',
  'en-GB': 'Europe/London',
  'en-AU': 'Australia/Sydney',
  'en-IN': 'Asia/Kolkata',
  'es-US': 'America/New_York',
  'es-ES': 'Europe/Madrid',
};

export function defaultTimeZone(locale: string): string {
  return DEFAULT_ZONE_BY_LOCALE[locale] ?? 'America/New_York';
}

/** Asks the device's time zone; any failure (no API endpoint, timeout, error) falls back to the locale's. */
export async function userTimeZone(input: HandlerInput, locale: string): Promise<string> {
  const system = input.requestEnvelope.context?.System;
  const deviceId = system?.device?.deviceId;
  const factory = input.serviceClientFactory;
  if (!deviceId || !factory || !system?.apiEndpoint || !system.apiAccessToken) return defaultTimeZone(locale);
  try {
    const zone = await factory.getUpsServiceClient().getSystemTimeZone(deviceId);
    return typeof zone === 'string' && isValidZone(zone) ? zone : defaultTimeZone(locale);
  } catch {
    return defaultTimeZone(locale);
  }
}

function isValidZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
