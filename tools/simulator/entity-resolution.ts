/** Entity resolution for custom slot types, in the shape Alexa sends (`resolutions.resolutionsPerAuthority`). */
import { createHash } from 'node:crypto';
import type { slu } from 'ask-sdk-model';
import { foldAccents, Language } from './language';
import type { SlotType, SlotTypeValue } from './model-types';
import { normalizeWords } from './normalize';

export function authorityFor(skillId: string, typeName: string): string {
  return `amzn1.er-authority.echo-sdk.${skillId}.${typeName}`;
}

export function typeValues(type: SlotType): SlotTypeValue[] {
  if (type.values) return type.values;
  return type.valueSupplier?.type === 'InlineValueSupplier' ? type.valueSupplier.values : [];
}

/** Alexa makes up an id for a value that has none; a stable hash of the name stands in for it. */
export function valueId(value: SlotTypeValue): string {
  return value.id ?? createHash('md5').update(value.name.value).digest('hex');
}

export interface Resolved {
  resolutions: slu.entityresolution.Resolutions;
  matched: boolean;
}

/**
 * Resolves spoken words against a type's values and synonyms: exact (ignoring case, punctuation,
 * apostrophes and accent marks), then without a leading article (English "a", "the", "my"; Spanish "el",
 * "la", "un", "mi" and their plurals), then singular. Several values may share a synonym; all are returned.
 * On no match Alexa sends the status without a `values` array, so skills must check the status.
 */
export function resolveEntity(type: SlotType, spoken: string, skillId: string, language: Language = 'en'): Resolved {
  const values = typeValues(type);
  const words = normalizeWords(spoken);
  const candidates = [words, stripArticle(words, language), words.map(singular)].map((w) => key(w.join(' ')));
  let hits: SlotTypeValue[] = [];
  for (const candidate of candidates) {
    hits = values.filter((value) => forms(value).includes(candidate));
    if (hits.length > 0) break;
  }
  const authority = authorityFor(skillId, type.name);
  if (hits.length === 0) {
    const noMatch = { authority, status: { code: 'ER_SUCCESS_NO_MATCH' } };
    return {
      resolutions: { resolutionsPerAuthority: [noMatch as slu.entityresolution.Resolution] },
      matched: false,
    };
  }
  return {
    resolutions: {
      resolutionsPerAuthority: [
        {
          authority,
          status: { code: 'ER_SUCCESS_MATCH' },
          values: hits.map((value) => ({ value: { name: value.name.value, id: valueId(value) } })),
        },
      ],
    },
    matched: true,
  };
}

function forms(value: SlotTypeValue): string[] {
  return [value.name.value, ...(value.name.synonyms ?? [])].map((text) => key(normalizeWords(text).join(' ')));
}

/** Apostrophes and accent marks do not decide a match ("cant" finds "can't", "fiebre alta" the same either way). */
function key(text: string): string {
  return foldAccents(text.replace(/'/g, ''));
}

const ARTICLES: Record<Language, readonly string[]> = {
  en: ['a', 'an', 'the', 'my', 'some'],
  es: ['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'mi', 'mis'],
};

function stripArticle(words: string[], language: Language): string[] {
  return words.length > 1 && ARTICLES[language].includes(words[0]) ? words.slice(1) : words;
}

function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}
