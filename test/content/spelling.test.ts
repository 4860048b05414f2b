/**
 * Spell check of every line the skill speaks, so a typo never ships. English locales are checked against
 * the en-US Hunspell dictionary plus the skill's own words below; other languages need their own dictionary.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import nspell from 'nspell';
import { RESOURCES } from '../../lambda/speech/resources';

// The package is ESM with an exports map; its Hunspell files are read directly.
const dictionaryDir = path.resolve(__dirname, '../../node_modules/dictionary-en');
const spell = nspell({
  aff: readFileSync(path.join(dictionaryDir, 'index.aff')),
  dic: readFileSync(path.join(dictionaryDir, 'index.dic')),
});

/** Words the dictionary lacks that the skill means to say. Keep this short and obvious. */
const SKILL_WORDS = ['Alexa', 'colour', 'favour', 'centre', 'GP', 'ER', 'pelvic', 'APL'];
for (const word of SKILL_WORDS) spell.add(word);

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

const englishLocales = Object.keys(RESOURCES).filter((locale) => locale.startsWith('en-'));

describe.each(englishLocales)('spelling of %s speech', (locale) => {
  it('has no misspelled words', () => {
    const content = RESOURCES[locale as keyof typeof RESOURCES];
    const misspelled = new Set<string>();
    for (const text of strings(content)) {
      for (const word of words(text)) if (!spell.correct(word)) misspelled.add(word);
    }
    expect([...misspelled].sort()).toEqual([]);
  });

  it('would catch a typo', () => {
    expect(words('Keep the wraped ice on').filter((word) => !spell.correct(word))).toEqual(['wraped']);
  });
});
