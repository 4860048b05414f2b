/** Spoken English numbers ("forty two", "one hundred and five", "42") to numbers, as AMAZON.NUMBER hears them. */

const UNITS: Record<string, number> = {
  zero: 0, oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };
/** Words that mean "nothing" where a count or score is expected. */
const NONE_WORDS = new Set(['none', 'nothing', 'nil', 'nought', 'naught']);

/**
 * The number the words say, or undefined when they are not (only) a number. A leading "a"/"an"
 * is allowed ("a hundred", and "a six" as people say for a score); "and" may join parts.
 */
export function parseNumberWords(words: readonly string[]): number | undefined {
  let tokens = words.filter((w) => w.length > 0);
  if (tokens.length === 0) return undefined;
  if (tokens.length === 1 && NONE_WORDS.has(tokens[0])) return 0;
  let negative = false;
  if (tokens[0] === 'minus' || tokens[0] === 'negative') {
    negative = true;
    tokens = tokens.slice(1);
  }
  if (tokens[0] === 'a' || tokens[0] === 'an') {
    // "a hundred" is 100; "a six" is 6.
    tokens = tokens.length > 1 && (tokens[1] === 'hundred' || tokens[1] in SCALES) ? ['one', ...tokens.slice(1)] : tokens.slice(1);
  }
  if (tokens.length === 0) return undefined;
  const value = tokens.length === 1 && /^\d+(\.\d+)?$/.test(tokens[0]) ? Number(tokens[0]) : parseWords(tokens);
  if (value === undefined) return undefined;
  return negative ? -value : value;
}

function parseWords(tokens: readonly string[]): number | undefined {
  // Digit runs spoken one by one ("two oh five") are not numbers to AMAZON.NUMBER: only grammatical numbers.
  let total = 0;
  let group = 0;
  let groupHasValue = false;
  /** What the last word was, to reject "forty fifty" or "six seven". */
  let last: 'start' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'and' = 'start';
  for (const token of tokens) {
    if (token === 'and') {
      if (last !== 'hundred' && last !== 'scale') return undefined;
      last = 'and';
      continue;
    }
    if (/^\d+$/.test(token)) {
      // Mixed forms like "2 thousand" or "1 hundred".
      if (last !== 'start' && last !== 'scale' && last !== 'and' && last !== 'hundred') return undefined;
      group += Number(token);
      groupHasValue = true;
      last = 'unit';
      continue;
    }
    if (token in UNITS) {
      if (token === 'oh') return undefined;
      if (last === 'unit' || last === 'teen') return undefined;
      const value = UNITS[token];
      if (value >= 10 && last === 'tens') return undefined;
      group += value;
      groupHasValue = true;
      last = value >= 10 ? 'teen' : 'unit';
      continue;
    }
    if (token in TENS) {
      if (last === 'unit' || last === 'teen' || last === 'tens') return undefined;
      group += TENS[token];
      groupHasValue = true;
      last = 'tens';
      continue;
    }
    if (token === 'hundred') {
      if (!groupHasValue || group >= 100) return undefined;
      group *= 100;
      last = 'hundred';
      continue;
    }
    if (token in SCALES) {
      if (!groupHasValue) return undefined;
      total += group * SCALES[token];
      group = 0;
      groupHasValue = false;
      last = 'scale';
      continue;
    }
    return undefined;
  }
  if (last === 'and') return undefined;
  return total + group;
}
