/**
 * Localisation in one place: a locale's resources are parsed on its first request (module scope, read-only); every
 * request gets a Speech of its own, holding nothing but its locale and its picker, so no request can see another's
 * language or state.
 *
 * The content's format is i18next's, and this renders all of it that the content uses: keys `path.to.key` (the
 * core namespace) or `ns:path.to.key`; a regional variant's missing keys from its base locale, never across
 * languages; `{{name}}` values, escaped for SSML; `$t(key)`, another key's text rendered with the same values;
 * lists of variants. Nothing else (no plural suffixes, formats or `{{- raw}}` values: the content tests refuse
 * them). i18next itself was a quarter of the code a launch ran (V8 coverage), its set-up and first lookups the
 * largest part of the first answer; test/speech/renderer.test.ts renders every key of every locale both ways.
 */
import { escapeXml } from './ssml';
import { FALLBACK_LOCALE, SpeechKey, SupportedLocale, isSupportedLocale, localeContent, LOCALE_BASES } from './resources';

export interface Speech {
  readonly locale: string;
  /** Wording for a content key; where the content holds a list of variants, one is picked. */
  say(key: SpeechKey, params?: SpeechParams): string;
  /** The first of several keys that exists (for keys built from data, such as advice by topic and stage). */
  sayFirst(keys: readonly string[], params?: SpeechParams): string;
  has(key: string): boolean;
}

export type SpeechParams = Record<string, string | number>;

/** Chooses among variants; injected so tests hear the same line every time. */
export type VariantPicker = (count: number) => number;

export const randomVariant: VariantPicker = (count) => Math.floor(Math.random() * count);

export function resolveLocale(requested: string | undefined): SupportedLocale {
  return isSupportedLocale(requested) ? requested : FALLBACK_LOCALE;
}

const DEFAULT_NAMESPACE = 'core';
const VALUE = /{{(.+?)}}/g;
const NESTED = /\$t\((.+?)\)/g;

/** The content at `key` in `locale`, or else in its base; undefined (or null, which counts as missing) if neither has it. */
function lookup(locale: SupportedLocale, key: string): unknown {
  const colon = key.indexOf(':');
  const namespace = colon > 0 ? key.slice(0, colon) : DEFAULT_NAMESPACE;
  const path = (colon > 0 ? key.slice(colon + 1) : key).split('.');
  const base = LOCALE_BASES[locale];
  for (const each of base ? [locale, base] : [locale]) {
    let node: unknown = (localeContent(each) as Record<string, unknown>)[namespace];
    for (const part of path) node = isTree(node) && Object.prototype.hasOwnProperty.call(node, part) ? node[part] : undefined;
    if (node !== undefined && node !== null) return node;
  }
  return undefined;
}

function isTree(node: unknown): node is Record<string, unknown> {
  return typeof node === 'object' && node !== null;
}

/** A text with its values put in (escaped) and its nested keys rendered; lists and trees element by element. */
function rendered(locale: SupportedLocale, value: unknown, params: SpeechParams | undefined, nesting: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((item) => rendered(locale, item, params, nesting));
  if (isTree(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rendered(locale, item, params, nesting)]));
  if (typeof value !== 'string') return value;
  const withValues = value.replace(VALUE, (match, name: string) => {
    const key = name.trim();
    if (!params || !Object.prototype.hasOwnProperty.call(params, key)) return match; // left as written
    const given: unknown = params[key];
    return given === undefined || given === null ? '' : escapeXml(String(given));
  });
  // A value that brought a `$t(` of its own is not nested (i18next's rule): values are never read as keys.
  if ((withValues.match(NESTED)?.length ?? 0) > (value.match(NESTED)?.length ?? 0)) return withValues;
  return withValues.replace(NESTED, (_match, nestedKey: string) => {
    if (nesting.includes(nestedKey)) return ''; // a key nesting itself says nothing, rather than loop
    const nested = lookup(locale, nestedKey);
    return nested === undefined ? nestedKey : String(rendered(locale, nested, params, [...nesting, nestedKey]));
  });
}

export function createSpeech(requestedLocale: string | undefined, pickVariant: VariantPicker = randomVariant): Speech {
  const locale = resolveLocale(requestedLocale);

  const render = (keys: readonly string[], params?: SpeechParams): string => {
    const key = keys.find((candidate) => lookup(locale, candidate) !== undefined);
    if (!key) throw new Error(`No speech for ${keys.join(' | ')} in ${locale}`);
    const value = rendered(locale, lookup(locale, key), params, [key]);
    if (Array.isArray(value)) {
      const variants = value.filter((item): item is string => typeof item === 'string');
      if (variants.length === 0) throw new Error(`Speech key ${key} has no string variants`);
      return variants[Math.min(variants.length - 1, Math.max(0, pickVariant(variants.length)))];
    }
    if (typeof value !== 'string') throw new Error(`Speech key ${key} is not text`);
    return value;
  };

  return {
    locale,
    say: (key, params) => render([key], params),
    sayFirst: (keys, params) => render(keys, params),
    has: (key) => lookup(locale, key) !== undefined,
  };
}
