/** What a locale's listeners hear, as text to check: shared by the spelling tests of every language. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import nspell from 'nspell';
import { RESOURCES, baseLocaleOf } from '../../lambda/speech/resources';

export type Speller = ReturnType<typeof nspell>;

/** A Hunspell dictionary package from npm (ESM with an exports map, so its files are read directly). */
export function loadDictionary(packageName: string, extraWords: readonly string[] = []): Speller {
  const dir = path.resolve(__dirname, '../../node_modules', packageName);
  const spell = nspell({ aff: readFileSync(path.join(dir, 'index.aff')), dic: readFileSync(path.join(dir, 'index.dic')) });
  for (const word of extraWords) spell.add(word);
  return spell;
}

type Tree = { [key: string]: unknown };

/** The base's content with the variant's lines laid over it: what a listener in that locale hears. */
function overlay(base: unknown, own: unknown): unknown {
  if (own === undefined) return base;
  if (base && own && typeof base === 'object' && typeof own === 'object' && !Array.isArray(base) && !Array.isArray(own)) {
    const merged: Tree = { ...(base as Tree) };
    for (const [key, value] of Object.entries(own as Tree)) merged[key] = overlay((base as Tree)[key], value);
    return merged;
  }
  return own;
}

export function heardContent(locale: string): unknown {
  const resources = RESOURCES as Record<string, unknown>;
  const base = baseLocaleOf(locale);
  return base === locale ? resources[locale] : overlay(resources[base], resources[locale]);
}

export function* spokenStrings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* spokenStrings(item);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) yield* spokenStrings(item);
}

/** The words of a content line, without SSML tags, interpolations or nested keys. */
export function spokenWords(text: string, word: RegExp): string[] {
  const spoken = text
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{\{[^}]+\}\}/g, ' ')
    .replace(/\$t\([^)]+\)/g, ' ');
  return spoken.match(word) ?? [];
}
