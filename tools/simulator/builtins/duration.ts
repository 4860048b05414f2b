/** AMAZON.DURATION: spoken lengths of time to the ISO-8601 durations Alexa sends ("PT15M", "P2D", "PT1H30M"). */
import { parseNumberWords } from './number-words';

type Unit = 'Y' | 'MO' | 'W' | 'D' | 'H' | 'M' | 'S';
export type DurationUnit = Unit;

const UNIT_WORDS: Record<string, Unit> = {
  year: 'Y', years: 'Y', month: 'MO', months: 'MO', week: 'W', weeks: 'W', day: 'D', days: 'D',
  hour: 'H', hours: 'H', hr: 'H', hrs: 'H', minute: 'M', minutes: 'M', min: 'M', mins: 'M',
  second: 'S', seconds: 'S', sec: 'S', secs: 'S',
};
/** How a fraction of one unit carries into the next smaller one. */
const SMALLER: Partial<Record<Unit, { unit: Unit; factor: number }>> = {
  Y: { unit: 'MO', factor: 12 }, W: { unit: 'D', factor: 7 }, D: { unit: 'H', factor: 24 },
  H: { unit: 'M', factor: 60 }, M: { unit: 'S', factor: 60 },
};
const ORDER: readonly Unit[] = ['Y', 'MO', 'W', 'D', 'H', 'M', 'S'];

/** The ISO duration, or undefined when the words are not a duration. */
export function parseDuration(words: readonly string[]): string | undefined {
  const amounts = new Map<Unit, number>();
  let pending: string[] = [];
  let lastUnit: Unit | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const unit = UNIT_WORDS[word];
    if (unit) {
      const amount = quantity(pending);
      if (amount === undefined) return undefined;
      add(amounts, unit, amount);
      lastUnit = unit;
      pending = [];
      continue;
    }
    // "... and a half" after a unit adds half of that unit ("an hour and a half").
    if (lastUnit && pending.length === 0 && word === 'and' && words[i + 1] === 'a' && words[i + 2] === 'half' && !UNIT_WORDS[words[i + 3] ?? '']) {
      add(amounts, lastUnit, 0.5);
      i += 2;
      continue;
    }
    // "and" joins parts: "two hours and ten minutes".
    if (word === 'and' && pending.length === 0 && lastUnit) continue;
    pending.push(word);
  }
  if (pending.length > 0 || amounts.size === 0) return undefined;
  return formatDuration(amounts);
}

/** Amounts per unit as Alexa's ISO value: fractions carried down a unit, weeks folded into days when mixed. */
export function formatDuration(amounts: Map<Unit, number>): string {
  return format(carryFractions(amounts));
}

/** The amount before a unit word: a number, "a"/"an", "half a(n)", "a quarter of an", "one and a half". */
function quantity(words: readonly string[]): number | undefined {
  const joined = words.join(' ');
  if (joined === 'a' || joined === 'an' || joined === 'one') return 1;
  if (/^(a )?half (a|an)$/.test(joined) || joined === 'half') return 0.5;
  if (/^(a )?quarter (of )?(a|an)$/.test(joined) || joined === 'a quarter') return 0.25;
  if (/^(a )?couple( of)?$/.test(joined)) return 2;
  const half = /^(.+) and a half$/.exec(joined);
  if (half) {
    const whole = quantity(half[1].split(' '));
    return whole === undefined ? undefined : whole + 0.5;
  }
  const value = parseNumberWords(words);
  return value !== undefined && value >= 0 ? value : undefined;
}

function add(amounts: Map<Unit, number>, unit: Unit, amount: number): void {
  amounts.set(unit, (amounts.get(unit) ?? 0) + amount);
}

/** Moves fractional parts down a unit (1.5 hours -> 1 hour 30 minutes), as Alexa reports whole numbers. */
function carryFractions(amounts: Map<Unit, number>): Map<Unit, number> {
  const result = new Map(amounts);
  for (const unit of ORDER) {
    const value = result.get(unit);
    const smaller = SMALLER[unit];
    if (value === undefined || !smaller || Number.isInteger(value)) continue;
    const whole = Math.floor(value);
    result.set(unit, whole);
    add(result, smaller.unit, (value - whole) * smaller.factor);
  }
  // Weeks only stand alone in Alexa's values ("P1W"); mixed with days they become days.
  const weeks = result.get('W');
  if (weeks !== undefined && result.get('D') !== undefined) {
    result.delete('W');
    add(result, 'D', weeks * 7);
  }
  return result;
}

function format(amounts: Map<Unit, number>): string {
  const part = (unit: Unit, letter: string): string => {
    const value = amounts.get(unit);
    return value ? `${Math.round(value * 1000) / 1000}${letter}` : '';
  };
  const date = part('Y', 'Y') + part('MO', 'M') + part('W', 'W') + part('D', 'D');
  const time = part('H', 'H') + part('M', 'M') + part('S', 'S');
  if (!date && !time) {
    // Everything was zero ("zero minutes"): keep the smallest unit spoken.
    const unit = [...amounts.keys()].pop() ?? 'M';
    return ['H', 'M', 'S'].includes(unit) ? `PT0${unit}` : `P0${unit === 'MO' ? 'M' : unit}`;
  }
  return `P${date}${time ? `T${time}` : ''}`;
}
