/**
 * The built-in slot types the simulator understands, and what Alexa sends for each, in the locale's language:
 * English grammars (number-words, duration, date, time) unless the locale is Spanish (the *-es files, each of
 * which says which Spanish forms it understands).
 */
import type { Language } from '../language';
import { parseDate } from './date';
import { parseSpanishDate } from './date-es';
import { parseDuration } from './duration';
import { parseSpanishDuration } from './duration-es';
import { parseNumberWords } from './number-words';
import { parseSpanishNumberWords } from './number-words-es';
import { parseTime } from './time';
import { parseSpanishTime } from './time-es';

interface Grammar {
  number(words: readonly string[]): number | undefined;
  duration(words: readonly string[]): string | undefined;
  date(words: readonly string[], now: Date, timeZone: string): string | undefined;
  time(words: readonly string[]): string | undefined;
}

const GRAMMARS: Record<Language, Grammar> = {
  en: { number: parseNumberWords, duration: parseDuration, date: parseDate, time: parseTime },
  es: { number: parseSpanishNumberWords, duration: parseSpanishDuration, date: parseSpanishDate, time: parseSpanishTime },
};

export interface BuiltinValue {
  value: string;
  /** False when the words did not parse: Alexa then sends the raw words ("?" for AMAZON.NUMBER). */
  understood: boolean;
}

export function isBuiltinType(type: string): boolean {
  return type.startsWith('AMAZON.');
}

/** What Alexa would put in the slot's value for these words of a built-in type. */
export function resolveBuiltin(
  type: string,
  words: readonly string[],
  now: Date,
  timeZone: string,
  language: Language = 'en',
): BuiltinValue {
  const raw = words.join(' ');
  const parsed = parse(GRAMMARS[language], type, words, now, timeZone);
  if (parsed !== undefined) return { value: parsed, understood: true };
  return { value: type === 'AMAZON.NUMBER' ? '?' : raw, understood: !KNOWN_TYPES.has(type) };
}

/** Types with a parser here; other built-ins (AMAZON.FirstName, lists) pass the spoken words. */
const KNOWN_TYPES = new Set(['AMAZON.NUMBER', 'AMAZON.DURATION', 'AMAZON.DATE', 'AMAZON.TIME', 'AMAZON.FOUR_DIGIT_NUMBER']);

function parse(grammar: Grammar, type: string, words: readonly string[], now: Date, timeZone: string): string | undefined {
  switch (type) {
    case 'AMAZON.NUMBER': {
      const value = grammar.number(words);
      return value === undefined || !Number.isInteger(value) ? undefined : String(value);
    }
    case 'AMAZON.FOUR_DIGIT_NUMBER': {
      const value = grammar.number(words);
      return value !== undefined && Number.isInteger(value) && value >= 0 && value <= 9999 ? String(value) : undefined;
    }
    case 'AMAZON.DURATION':
      return grammar.duration(words);
    case 'AMAZON.DATE':
      return grammar.date(words, now, timeZone);
    case 'AMAZON.TIME':
      return grammar.time(words);
    default:
      return undefined;
  }
}
