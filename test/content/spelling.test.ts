/**
 * Spell check of every line the skill speaks, so a typo never ships. Each English locale is checked against its own
 * country's Hunspell dictionary plus the skill's own words below, and what is checked is what that locale hears: a
 * regional variant's own lines and everything it takes from its base. So an American spelling inherited by en-GB
 * ("canceled") fails just as a British one in en-US ("colour") does. Other languages need their own dictionary.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import nspell from 'nspell';
import { RESOURCES, baseLocaleOf } from '../../lambda/speech/resources';

/** Each English locale's dictionary package. Indian English follows British spelling (there is no en-IN one). */
const DICTIONARIES: Readonly<Record<string, string>> = {
  'en-US': 'dictionary-en',
  'en-GB': 'dictionary-en-gb',
  'en-IN': 'dictionary-en-gb',
  'en-AU': 'dictionary-en-au',
  'en-CA': 'dictionary-en-ca',
};

/** Words the dictionaries lack that the skill means to say. Keep this short and obvious: no spellings of one country. */
const SKILL_WORDS = ['Alexa', 'GP', 'NHS', 'ER', 'pelvic', 'APL'];

const spellers = new Map<string, ReturnType<typeof nspell>>();
function spellerFor(locale: string): ReturnType<typeof nspell> {
  const name = DICTIONARIES[locale];
  if (!name) throw new Error(`No spelling dictionary for ${locale}: add one to DICTIONARIES`);
  let spell = spellers.get(name);
  if (!spell) {
    // The packages are ESM with an exports map; their Hunspell files are read directly.
    const dir = path.resolve(__dirname, '../../node_modules', name);
    spell = nspell({ aff: readFileSync(path.join(dir, 'index.aff')), dic: readFileSync(path.join(dir, 'index.dic')) });
    for (const word of SKILL_WORDS) spell.add(word);
    spellers.set(name, spell);
  }
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

function heardContent(locale: string): unknown {
  const resources = RESOURCES as Record<string, unknown>;
  const base = baseLocaleOf(locale);
  return base === locale ? resources[locale] : overlay(resources[base], resources[locale]);
}

function* strings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* strings(item);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) yield* strings(item);
}

function words(text: string): string[] {
  const spoken = text
    .replace(/<[^>]+>/g, ' ') // SSML tags
    .replace(/\{\{[^}]+\}\}/g, ' ') // interpolations
    .replace(/\$t\([^)]+\)/g, ' '); // nested keys
  return spoken.match(/[A-Za-z]+(?:'[A-Za-z]+)*/g) ?? [];
}

const misspelledIn = (locale: string, text: string) => words(text).filter((word) => !spellerFor(locale).correct(word));

const englishLocales = Object.keys(RESOURCES).filter((locale) => locale.startsWith('en-'));

describe.each(englishLocales)('spelling of %s speech', (locale) => {
  it('has no misspelled words in anything it says, its base lines included', () => {
    const misspelled = new Set<string>();
    for (const text of strings(heardContent(locale))) for (const word of misspelledIn(locale, text)) misspelled.add(word);
    expect([...misspelled].sort()).toEqual([]);
  });

  it('would catch a typo', () => {
    expect(misspelledIn(locale, 'Keep the wraped ice on')).toEqual(['wraped']);
  });
});

describe('each English locale is checked against its own spelling', () => {
  it('en-US would catch a British spelling', () => {
    expect(misspelledIn('en-US', 'its normal colour, cancelled')).toEqual(['colour', 'cancelled']);
  });

  it.each(englishLocales.filter((locale) => locale !== 'en-US'))('%s would catch an American spelling', (locale) => {
    expect(misspelledIn(locale, 'its normal color, canceled')).toEqual(['color', 'canceled']);
  });
});
