/**
 * The content files bundled into the skill, and the typed keys derived from the en-US source of truth.
 *
 * A namespace of a locale's content is parsed the first time a request in that locale (or a variant of it) needs
 * it: a cold start in en-GB parses the core of en-GB and en-US, never their timers or the Spanish content. In the
 * Lambda bundle each file is a file beside it holding its JSON as one string for JSON.parse
 * (scripts/bundle-options.js), which V8 reads much faster than the same data written as a JavaScript object.
 */
import type enUSCore from '../../content/locales/en-US/core.json';
import type enUSTimers from '../../content/locales/en-US/timers.json';
import type enUSStretch from '../../content/locales/en-US/stretch.json';

export const FALLBACK_LOCALE = 'en-US';

/** en-US is the source of truth: every key exists there, and its shape types SpeechKey. */
type SourceContent = { core: typeof enUSCore; timers: typeof enUSTimers; stretch: typeof enUSStretch };

/** A namespace's content in another locale: the same tree, wholly or in part (a variant holds what differs). */
export type ContentTree = Record<string, unknown>;
export type LocaleContent = { readonly [NS in keyof SourceContent]?: ContentTree };

export const NAMESPACES: ReadonlyArray<keyof SourceContent> = ['core', 'timers', 'stretch'];

/* eslint-disable @typescript-eslint/no-require-imports -- each file on first use, not when the skill loads */
/**
 * Each locale's files (content/locales/<locale>/<namespace>.json), each required when first read. In the Lambda
 * bundle every one is a file beside it (lambda/dist/content/, scripts/bundle.mjs), so a cold start compiles and
 * parses only what its answer speaks: a launch in en-US, en-US's core.
 */
const FILES = {
  'en-US': {
    core: () => require('../../content/locales/en-US/core.json'),
    timers: () => require('../../content/locales/en-US/timers.json'),
    stretch: () => require('../../content/locales/en-US/stretch.json'),
  },
  // English variants of en-US: the emergency number, where to get care, and British spelling.
  'en-GB': { core: () => require('../../content/locales/en-GB/core.json'), timers: () => require('../../content/locales/en-GB/timers.json') },
  'en-CA': { core: () => require('../../content/locales/en-CA/core.json'), timers: () => require('../../content/locales/en-CA/timers.json') },
  'en-AU': { core: () => require('../../content/locales/en-AU/core.json'), timers: () => require('../../content/locales/en-AU/timers.json') },
  'en-IN': { core: () => require('../../content/locales/en-IN/core.json'), timers: () => require('../../content/locales/en-IN/timers.json') },
  // Spanish: es-ES is complete (every key of en-US, written for Spain: 112, urgencias, médico de cabecera);
  // es-US holds what differs for Spanish speakers in the US (911, sala de emergencias, almohadilla térmica).
  'es-ES': {
    core: () => require('../../content/locales/es-ES/core.json'),
    timers: () => require('../../content/locales/es-ES/timers.json'),
    stretch: () => require('../../content/locales/es-ES/stretch.json'),
  },
  'es-US': {
    core: () => require('../../content/locales/es-US/core.json'),
    timers: () => require('../../content/locales/es-US/timers.json'),
    stretch: () => require('../../content/locales/es-US/stretch.json'),
  },
} satisfies Record<string, { readonly [NS in keyof SourceContent]?: () => unknown }>;
/* eslint-enable @typescript-eslint/no-require-imports */

export type SupportedLocale = keyof typeof FILES;

export const SUPPORTED_LOCALES = Object.keys(FILES) as SupportedLocale[];

export function isSupportedLocale(locale: string | undefined): locale is SupportedLocale {
  return locale !== undefined && Object.prototype.hasOwnProperty.call(FILES, locale);
}

const loaded = new Map<SupportedLocale, LocaleContent>();

/** What localeContent gives: en-US's full, typed content; another locale's trees, whole or in part. */
type ContentOf<L extends SupportedLocale> = L extends typeof FALLBACK_LOCALE ? SourceContent : LocaleContent;

/** One locale's own content (not its base's), read-only; each namespace parsed the first time it is read. */
export function localeContent<L extends SupportedLocale>(locale: L): ContentOf<L> {
  let content = loaded.get(locale);
  if (!content) {
    const files: Partial<Record<keyof SourceContent, () => unknown>> = FILES[locale];
    const namespaces = Object.entries(files).map(([ns, file]) => [ns, { enumerable: true, get: parsedOnFirstRead(file) }] as const);
    content = Object.defineProperties({}, Object.fromEntries(namespaces)) as LocaleContent;
    loaded.set(locale, content);
  }
  return content as ContentOf<L>;
}

function parsedOnFirstRead(file: () => unknown): () => ContentTree {
  let tree: ContentTree | undefined;
  return () => (tree ??= file() as ContentTree);
}

/**
 * Every locale's content by locale, for the content tests and tools; reading a locale's entry parses it. The skill
 * itself asks localeContent for the locales a request needs.
 */
export const RESOURCES = Object.defineProperties(
  {},
  Object.fromEntries(SUPPORTED_LOCALES.map((locale) => [locale, { enumerable: true, get: () => localeContent(locale) }])),
) as { readonly [L in SupportedLocale]: ContentOf<L> };

/**
 * Where a locale's missing keys come from. A regional variant holds only what differs (spelling, wording, the
 * emergency number) and takes the rest from its base; a base locale (en-US, es-ES) is complete. Never across
 * languages: a Spanish user must never hear an English line because a key was missing.
 */
export const LOCALE_BASES: Readonly<Record<string, SupportedLocale>> = {
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

/** Keys of the default namespace ("core") are written bare; other namespaces as "ns:path". */
export type SpeechKey = {
  [NS in keyof SourceContent & string]: NS extends 'core' ? LeafPaths<SourceContent[NS]> : `${NS}:${LeafPaths<SourceContent[NS]>}`;
}[keyof SourceContent & string];
