/**
 * Spell check of every line the skill speaks, so a typo never ships. Each English locale is checked against its own
 * country's Hunspell dictionary plus the skill's own words below, and what is checked is what that locale hears: a
 * regional variant's own lines and everything it takes from its base. So an American spelling inherited by en-GB
 * ("canceled") fails just as a British one in en-US ("colour") does. Other languages need their own dictionary.
 */
import { RESOURCES } from '../../lambda/speech/resources';
import { Speller, heardContent, loadDictionary, spokenStrings, spokenWords } from '../support/spoken-content';

/** Each English locale's dictionary package. Indian English follows British spelling (there is no en-IN one). */
const DICTIONARIES: Readonly<Record<string, string>> = {
  'en-US': 'dictionary-en',
  'en-GB': 'dictionary-en-gb',
  'en-IN': 'dictionary-en-gb',
  'en-AU': 'dictionary-en-au',
  'en-CA': 'dictionary-en-ca',
};

/** Words the dictionaries lack that the skill means to say. Keep this short and obvious: no spellings of one country. */
const SKILL_WORDS = ['Alexa', 'GP', 'NHS', 'ER', 'pelvic', 'APL', "Raynaud's"];

const spellers = new Map<string, Speller>();
function spellerFor(locale: string): Speller {
  const name = DICTIONARIES[locale];
  if (!name) throw new Error(`No spelling dictionary for ${locale}: add one to DICTIONARIES`);
  let spell = spellers.get(name);
  if (!spell) {
    spell = loadDictionary(name, SKILL_WORDS);
    spellers.set(name, spell);
  }
  return spell;
}

const misspelledIn = (locale: string, text: string) =>
  spokenWords(text, /[A-Za-z]+(?:'[A-Za-z]+)*/g).filter((word) => !spellerFor(locale).correct(word));

const englishLocales = Object.keys(RESOURCES).filter((locale) => locale.startsWith('en-'));

describe.each(englishLocales)('spelling of %s speech', (locale) => {
  it('has no misspelled words in anything it says, its base lines included', () => {
    const misspelled = new Set<string>();
    for (const text of spokenStrings(heardContent(locale))) for (const word of misspelledIn(locale, text)) misspelled.add(word);
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
