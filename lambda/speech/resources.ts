/** The content files bundled into the skill, and the typed keys derived from the en-US source of truth. */
import enUSCore from '../../content/locales/en-US/core.json';
import enUSTimers from '../../content/locales/en-US/timers.json';
import enUSStretch from '../../content/locales/en-US/stretch.json';
import enGBCore from '../../content/locales/en-GB/core.json';
import enGBTimers from '../../content/locales/en-GB/timers.json';
import enCACore from '../../content/locales/en-CA/core.json';
import enCATimers from '../../content/locales/en-CA/timers.json';
import enAUCore from '../../content/locales/en-AU/core.json';
import enAUTimers from '../../content/locales/en-AU/timers.json';
import enINCore from '../../content/locales/en-IN/core.json';
import enINTimers from '../../content/locales/en-IN/timers.json';
import esESCore from '../../content/locales/es-ES/core.json';
import esESTimers from '../../content/locales/es-ES/timers.json';
import esESStretch from '../../content/locales/es-ES/stretch.json';
import esUSCore from '../../content/locales/es-US/core.json';
import esUSTimers from '../../content/locales/es-US/timers.json';
import esUSStretch from '../../content/locales/es-US/stretch.json';

export const FALLBACK_LOCALE = 'en-US';

export const RESOURCES = {
  'en-US': { core: enUSCore, timers: enUSTimers, stretch: enUSStretch },
  // English variants of en-US: the emergency number, where to get care, and British spelling.
  'en-GB': { core: enGBCore, timers: enGBTimers },
  'en-CA': { core: enCACore, timers: enCATimers },
  'en-AU': { core: enAUCore, timers: enAUTimers },
  'en-IN': { core: enINCore, timers: enINTimers },
  // Spanish: es-ES is complete (every key of en-US, written for Spain: 112, urgencias, médico de cabecera);
  // es-US holds what differs for Spanish speakers in the US (911, sala de emergencias, almohadilla térmica).
  'es-ES': { core: esESCore, timers: esESTimers, stretch: esESStretch },
  'es-US': { core: esUSCore, timers: esUSTimers, stretch: esUSStretch },
} as const;

export const SUPPORTED_LOCALES = Object.keys(RESOURCES) as Array<keyof typeof RESOURCES>;

/**
 * Where a locale's missing keys come from. A regional variant holds only what differs (spelling, wording, the
 * emergency number) and takes the rest from its base; a base locale (en-US, es-ES) is complete. Never across
 * languages: a Spanish user must never hear an English line because a key was missing.
 */
export const LOCALE_BASES: Readonly<Record<string, string>> = {
  'en-GB': 'en-US',
  'en-CA': 'en-US',
  'en-AU': 'en-US',
  'en-IN': 'en-US',
  'es-US': 'es-ES',
};

export function baseLocaleOf(locale: string): string {
  return LOCALE_BASES[locale] ?? locale;
}

/** Dotted paths to every leaf (string or list of variants) of a content object. */
type LeafPaths<T> = {
  [K in keyof T & string]: T[K] extends string | readonly string[] ? K : `${K}.${LeafPaths<T[K]>}`;
}[keyof T & string];

type SourceContent = (typeof RESOURCES)[typeof FALLBACK_LOCALE];

/** Keys of the default namespace ("core") are written bare; other namespaces as "ns:path". */
export type SpeechKey = {
  [NS in keyof SourceContent & string]: NS extends 'core' ? LeafPaths<SourceContent[NS]> : `${NS}:${LeafPaths<SourceContent[NS]>}`;
}[keyof SourceContent & string];
