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
import { RESOURCES } from '../../lambda/speech/resources';
import { heardContent, loadDictionary, spokenStrings, spokenWords } from '../support/spoken-content';

/**
 * Words the dictionary lacks that the skill means to say. Keep this short and obvious: Amazon's own terms, two
 * medical words, and "chícharos" (peas, as said in Mexico and by many Spanish speakers in the US).
 */
const SKILL_WORDS = ['Alexa', 'app', 'skill', 'skills', 'yoga', 'osteoporosis', 'pélvica', 'pélvicas', 'autocuidado', 'chícharos', 'Raynaud'];
const spell = loadDictionary('dictionary-es', SKILL_WORDS);

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

const misspelled = (text: string) => spokenWords(text, /\p{L}+/gu).filter((word) => !correct(word));

const spanishLocales = Object.keys(RESOURCES).filter((locale) => locale.startsWith('es-'));

test('there is Spanish speech to check', () => {
  expect(spanishLocales).toEqual(expect.arrayContaining(['es-ES', 'es-US']));
});

describe.each(spanishLocales)('spelling of %s speech', (locale) => {
  it('has no misspelled words in anything it says, its base lines included', () => {
    const wrong = new Set<string>();
    for (const text of spokenStrings(heardContent(locale))) for (const word of misspelled(text)) wrong.add(word);
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
