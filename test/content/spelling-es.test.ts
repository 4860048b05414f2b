/**
 * Spell check of every line the skill speaks in Spanish (es-ES, and es-US as its listeners hear it: its own lines
 * over the es-ES base), against the Hunspell es dictionary of dictionary-es (read directly, as spelling.test.ts
 * reads the English ones), so a typo or a missing accent never ships.
 *
 * Spanish joins pronouns to imperatives and infinitives ("quítala", "póntela", "cronometrarte"), and the dictionary
 * lists few of those forms: a word it lacks is also accepted when, without its enclitic pronouns (and the written
 * accent they require), it is a correct verb form ("quítala" -> "quita"). The verb itself is still checked, so
 * "quítlaa" still fails.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import nspell from 'nspell';
import { RESOURCES, baseLocaleOf } from '../../lambda/speech/resources';

const dir = path.resolve(__dirname, '../../node_modules/dictionary-es');
const spell = nspell({ aff: readFileSync(path.join(dir, 'index.aff')), dic: readFileSync(path.join(dir, 'index.dic')) });

/**
 * Words the dictionary lacks that the skill means to say. Keep this short and obvious: Amazon's own terms, two
 * medical words, and "chícharos" (peas, as said in Mexico and by many Spanish speakers in the US).
 */
const SKILL_WORDS = ['Alexa', 'app', 'skill', 'skills', 'yoga', 'osteoporosis', 'pélvica', 'pélvicas', 'autocuidado', 'chícharos'];
for (const word of SKILL_WORDS) spell.add(word);

/** Pronouns joined to the end of a verb, longest first ("telo" before "lo"). */
const ENCLITICS = ['melo', 'mela', 'melos', 'melas', 'telo', 'tela', 'telos', 'telas', 'selo', 'sela', 'selos', 'selas', 'nos', 'los', 'las', 'les', 'me', 'te', 'se', 'lo', 'la', 'le'];
const UNACCENTED: Record<string, string> = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u' };

function correct(word: string): boolean {
  if (spell.correct(word)) return true;
  const lower = word.toLowerCase();
  for (const clitic of ENCLITICS) {
    if (!lower.endsWith(clitic) || lower.length - clitic.length < 2) continue;
    const verb = lower.slice(0, -clitic.length);
    // The accent an enclitic adds ("quita" + "la" = "quítala") goes when the pronoun goes.
    const plain = verb.replace(/[áéíóú]/g, (vowel) => UNACCENTED[vowel]);
    if (spell.correct(verb) || spell.correct(plain) || correct(plain)) return true;
  }
  return false;
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
  return spoken.match(/\p{L}+/gu) ?? [];
}

const misspelled = (text: string) => words(text).filter((word) => !correct(word));

type Tree = { [key: string]: unknown };
function overlay(base: unknown, own: unknown): unknown {
  if (own === undefined) return base;
  if (base && own && typeof base === 'object' && typeof own === 'object' && !Array.isArray(base) && !Array.isArray(own)) {
    const merged: Tree = { ...(base as Tree) };
    for (const [key, value] of Object.entries(own as Tree)) merged[key] = overlay((base as Tree)[key], value);
    return merged;
  }
  return own;
}

const resources = RESOURCES as Record<string, unknown>;
const spanishLocales = Object.keys(RESOURCES).filter((locale) => locale.startsWith('es-'));

test('there is Spanish speech to check', () => {
  expect(spanishLocales).toEqual(expect.arrayContaining(['es-ES', 'es-US']));
});

describe.each(spanishLocales)('spelling of %s speech', (locale) => {
  it('has no misspelled words in anything it says, its base lines included', () => {
    const base = baseLocaleOf(locale);
    const heard = base === locale ? resources[locale] : overlay(resources[base], resources[locale]);
    const wrong = new Set<string>();
    for (const text of strings(heard)) for (const word of misspelled(text)) wrong.add(word);
    expect([...wrong].sort()).toEqual([]);
  });
});

describe('the Spanish spell check', () => {
  it('would catch a typo and a missing accent', () => {
    expect(misspelled('Deja el hielo envuleto, despues quítalo')).toEqual(['envuleto', 'despues']);
  });

  it('accepts pronouns joined to a correct verb, and only to a correct verb', () => {
    expect(misspelled('Quítala, póntela, gírate, cronometrarte, tómatelo')).toEqual([]);
    expect(misspelled('Quítlaa, pónteal')).toEqual(['Quítlaa', 'pónteal']);
  });
});
