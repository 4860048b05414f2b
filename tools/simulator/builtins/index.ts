/** The built-in slot types the simulator understands, and what Alexa sends for each. */
import { parseDate } from './date';
import { parseDuration } from './duration';
import { parseNumberWords } from './number-words';
import { parseTime } from './time';

export interface BuiltinValue {
  value: string;
  /** False when the words did not parse: Alexa then sends the raw words ("?" for AMAZON.NUMBER). */
  understood: boolean;
}

export function isBuiltinType(type: string): boolean {
  return type.startsWith('AMAZON.');
}

/** What Alexa would put in the slot's value for these words of a built-in type. */
export function resolveBuiltin(type: string, words: readonly string[], now: Date, timeZone: string): BuiltinValue {
  const raw = words.join(' ');
  const parsed = parse(type, words, now, timeZone);
  if (parsed !== undefined) return { value: parsed, understood: true };
  return { value: type === 'AMAZON.NUMBER' ? '?' : raw, understood: !KNOWN_TYPES.has(type) };
}

/** Types with a parser here; other built-ins (AMAZON.FirstName, lists) pass the spoken words. */
const KNOWN_TYPES = new Set(['AMAZON.NUMBER', 'AMAZON.DURATION', 'AMAZON.DATE', 'AMAZON.TIME', 'AMAZON.FOUR_DIGIT_NUMBER']);

function parse(type: string, words: readonly string[], now: Date, timeZone: string): string | undefined {
  switch (type) {
    case 'AMAZON.NUMBER': {
      const value = parseNumberWords(words);
      return value === undefined || !Number.isInteger(value) ? undefined : String(value);
    }
    case 'AMAZON.FOUR_DIGIT_NUMBER': {
      const value = parseNumberWords(words);
      return value !== undefined && Number.isInteger(value) && value >= 0 && value <= 9999 ? String(value) : undefined;
    }
    case 'AMAZON.DURATION':
      return parseDuration(words);
    case 'AMAZON.DATE':
      return parseDate(words, now, timeZone);
    case 'AMAZON.TIME':
      return parseTime(words);
    default:
      return undefined;
  }
}
