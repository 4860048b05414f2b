/**
 * Spoken Spanish numbers to numbers, as AMAZON.NUMBER hears them in es-ES and es-US.
 *
 * Understood: digits ("42"); cero to quince; dieciséis to diecinueve and veintiuno to veintinueve as one word
 * (veintiún and veintiuna too); the tens treinta to noventa, alone or with "y" and a unit ("cuarenta y dos");
 * cien, ciento and the hundreds (doscientos/doscientas ... novecientos); mil and millón/millones. "uno", "un" and
 * "una" are all 1. A leading "un"/"una" before a number is an article, as people give a score ("un seis" is 6);
 * "nada", "ninguno" and "ninguna" on their own are 0; "menos" makes it negative. Accents may be left out.
 * Not understood (undefined): ordinals, fractions and decimals in words ("seis coma cinco"), the old
 * "diez y seis" spelling, digit runs spoken one by one ("uno cero cinco").
 */
import { foldForGrammar } from '../language';

const UNITS: Record<string, number> = {
  cero: 0, uno: 1, un: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
};
/** 10-29: words that end their group (nothing but a scale may follow). */
const TEENS: Record<string, number> = {
  diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciseis: 16, diecisiete: 17, dieciocho: 18,
  diecinueve: 19, veinte: 20, veintiuno: 21, veintiun: 21, veintiuna: 21, veintidos: 22, veintitres: 23,
  veinticuatro: 24, veinticinco: 25, veintiseis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29,
};
const TENS: Record<string, number> = {
  treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
};
const HUNDREDS: Record<string, number> = {
  cien: 100, ciento: 100, doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300,
  cuatrocientos: 400, cuatrocientas: 400, quinientos: 500, quinientas: 500, seiscientos: 600, seiscientas: 600,
  setecientos: 700, setecientas: 700, ochocientos: 800, ochocientas: 800, novecientos: 900, novecientas: 900,
};
const SCALES: Record<string, number> = { mil: 1_000, millon: 1_000_000, millones: 1_000_000 };
const NONE_WORDS = new Set(['nada', 'ninguno', 'ninguna']);
const ARTICLES = new Set(['un', 'una']);

/** The number the Spanish words say, or undefined when they are not (only) a number. */
export function parseSpanishNumberWords(words: readonly string[]): number | undefined {
  let tokens = words.map((w) => foldForGrammar(w.toLowerCase())).filter((w) => w.length > 0);
  if (tokens.length === 0) return undefined;
  if (tokens.length === 1 && NONE_WORDS.has(tokens[0])) return 0;
  let negative = false;
  if (tokens[0] === 'menos') {
    negative = true;
    tokens = tokens.slice(1);
  }
  // "un seis" is a six; "un millón" and "una" alone are numbers themselves.
  if (tokens.length > 1 && ARTICLES.has(tokens[0]) && !(tokens[1] in SCALES)) tokens = tokens.slice(1);
  if (tokens.length === 0) return undefined;
  const value = tokens.length === 1 && /^\d+(\.\d+)?$/.test(tokens[0]) ? Number(tokens[0]) : parseWords(tokens);
  if (value === undefined) return undefined;
  return negative ? -value : value;
}

function parseWords(tokens: readonly string[]): number | undefined {
  let total = 0;
  let group = 0;
  let groupHasValue = false;
  /** The last word's kind, so that only grammatical sequences parse ("cuarenta y dos", not "dos cuarenta"). */
  let last: 'start' | 'hundred' | 'cien' | 'tens' | 'y' | 'end' | 'scale' = 'start';
  for (const token of tokens) {
    if (token === 'y') {
      if (last !== 'tens') return undefined;
      last = 'y';
      continue;
    }
    if (/^\d+$/.test(token)) {
      // Mixed forms such as "2 mil".
      if (last !== 'start' && last !== 'scale') return undefined;
      group += Number(token);
      groupHasValue = true;
      last = 'end';
      continue;
    }
    if (token in HUNDREDS) {
      if (last !== 'start' && last !== 'scale') return undefined;
      group += HUNDREDS[token];
      groupHasValue = true;
      last = token === 'cien' ? 'cien' : 'hundred';
      continue;
    }
    if (token in TENS) {
      if (last !== 'start' && last !== 'scale' && last !== 'hundred') return undefined;
      group += TENS[token];
      groupHasValue = true;
      last = 'tens';
      continue;
    }
    if (token in TEENS) {
      if (last !== 'start' && last !== 'scale' && last !== 'hundred') return undefined;
      group += TEENS[token];
      groupHasValue = true;
      last = 'end';
      continue;
    }
    if (token in UNITS) {
      // A unit after "y" is 1-9 ("cuarenta y cero" is not a number).
      if (last === 'y' && UNITS[token] === 0) return undefined;
      if (last !== 'start' && last !== 'scale' && last !== 'hundred' && last !== 'y') return undefined;
      if (UNITS[token] === 0 && last !== 'start') return undefined;
      group += UNITS[token];
      groupHasValue = true;
      last = 'end';
      continue;
    }
    if (token in SCALES) {
      if (last === 'y' || last === 'hundred') {
        // "ciento mil" is not said; "doscientos mil" is (a hundreds word that ends its group).
        if (last === 'y' || group === 100) return undefined;
      }
      const scale = SCALES[token];
      // "mil" alone is a thousand; "millones" needs a count, "millón" is one.
      const count = groupHasValue ? group : scale === 1_000 || token === 'millon' ? 1 : undefined;
      if (count === undefined) return undefined;
      if (token === 'millon' && count !== 1) return undefined;
      total += count * scale;
      group = 0;
      groupHasValue = false;
      last = 'scale';
      continue;
    }
    return undefined;
  }
  if (last === 'y') return undefined;
  return total + group;
}
