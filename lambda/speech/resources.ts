/** The content files bundled into the skill, and the typed keys derived from the en-US source of truth. */
import enUSCore from '../../content/locales/en-US/core.json';
import enUSTimers from '../../content/locales/en-US/timers.json';
import enUSStretch from '../../content/locales/en-US/stretch.json';

export const FALLBACK_LOCALE = 'en-US';

export const RESOURCES = {
  'en-US': { core: enUSCore, timers: enUSTimers, stretch: enUSStretch },
} as const;

export const SUPPORTED_LOCALES = Object.keys(RESOURCES) as Array<keyof typeof RESOURCES>;

/**
 * Where a locale's missing keys come from. A regional variant holds only what differs (spelling, wording, the
 * emergency number) and takes the rest from its base; a base locale (en-US, es-ES) is complete. Never across
 * languages: a Spanish user must never hear an English line because a key was missing.
 */
export const LOCALE_BASES: Readonly<Record<string, string>> = {};

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
