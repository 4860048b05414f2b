/**
 * AMAZON.DATE: spoken dates to what Alexa sends, relative to the user's "now" in their time zone.
 *
 * Alexa's documented rule: a date that does not say its year or week "defaults to dates on or after
 * the current date". So a bare weekday ("monday", "on monday") is the upcoming one (today if today
 * is that day), and "november twentieth" said on 2026-11-21 is 2027-11-20. Skills asking about the
 * past must allow for that; "last monday" and "three days ago" are in the past as spoken.
 * Weeks, months and years come back as "2026-W47", "2026-11", "2026"; "now" is "PRESENT_REF".
 */
import { DateTime } from 'luxon';
import { parseNumberWords } from './number-words';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};

export function parseDate(words: readonly string[], now: Date, timeZone: string): string | undefined {
  const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
  if (!today.isValid) return undefined;
  let tokens = [...words];
  if (tokens[0] === 'on' || tokens[0] === 'for') tokens = tokens.slice(1);
  const text = tokens.join(' ');

  const fixed = relativeDay(text, today);
  if (fixed) return isoDate(fixed);
  if (text === 'now' || text === 'right now') return 'PRESENT_REF';

  const weekday = weekdayDate(text, today);
  if (weekday) return isoDate(weekday);

  const ago = /^(.+) (days?|weeks?|months?|years?) ago$/.exec(text);
  if (ago) {
    const count = ago[1] === 'a' || ago[1] === 'an' ? 1 : parseNumberWords(ago[1].split(' '));
    if (count === undefined || !Number.isInteger(count)) return undefined;
    const unit = ago[2].replace(/s$/, '') as 'day' | 'week' | 'month' | 'year';
    return isoDate(today.minus({ [`${unit}s`]: count }));
  }

  const period = periodValue(text, today);
  if (period) return period;
  return calendarDate(tokens, today);
}

function relativeDay(text: string, today: DateTime): DateTime | undefined {
  switch (text) {
    case 'today': case 'tonight': case 'this morning': case 'this afternoon': case 'this evening':
      return today;
    case 'tomorrow': return today.plus({ days: 1 });
    case 'yesterday': case 'last night': return today.minus({ days: 1 });
    case 'the day before yesterday': case 'day before yesterday': return today.minus({ days: 2 });
    case 'the day after tomorrow': case 'day after tomorrow': return today.plus({ days: 2 });
    default: return undefined;
  }
}

/** "monday", "this monday", "next monday", "last monday", "monday morning". */
function weekdayDate(text: string, today: DateTime): DateTime | undefined {
  const match = /^(this |next |last |past |coming |this coming |this past )?(\w+?)s?( morning| afternoon| evening| night)?$/.exec(text);
  if (!match) return undefined;
  const index = WEEKDAYS.indexOf(match[2]);
  if (index < 0) return undefined;
  const target = index + 1; // luxon: Monday is 1
  const modifier = (match[1] ?? '').trim();
  if (modifier === 'last' || modifier === 'past' || modifier === 'this past') {
    const back = (today.weekday - target + 7) % 7 || 7;
    return today.minus({ days: back });
  }
  const ahead = (target - today.weekday + 7) % 7;
  // "next monday" never means today; a bare "monday" on a Monday is today (on or after today).
  return today.plus({ days: modifier === 'next' && ahead === 0 ? 7 : ahead });
}

function periodValue(text: string, today: DateTime): string | undefined {
  const week = (d: DateTime): string => `${d.weekYear}-W${String(d.weekNumber).padStart(2, '0')}`;
  switch (text) {
    case 'this week': return week(today);
    case 'next week': return week(today.plus({ weeks: 1 }));
    case 'last week': return week(today.minus({ weeks: 1 }));
    case 'this weekend': case 'the weekend': return `${week(today)}-WE`;
    case 'next weekend': return `${week(today.plus({ weeks: 1 }))}-WE`;
    case 'last weekend': return `${week(today.minus({ weeks: 1 }))}-WE`;
    case 'this month': return today.toFormat('yyyy-MM');
    case 'next month': return today.plus({ months: 1 }).toFormat('yyyy-MM');
    case 'last month': return today.minus({ months: 1 }).toFormat('yyyy-MM');
    case 'this year': return today.toFormat('yyyy');
    case 'next year': return today.plus({ years: 1 }).toFormat('yyyy');
    case 'last year': return today.minus({ years: 1 }).toFormat('yyyy');
    default: return undefined;
  }
}

/** "november twentieth", "the twentieth of november", "november 20", "november twentieth twenty twenty six". */
function calendarDate(tokens: readonly string[], today: DateTime): string | undefined {
  let rest = tokens.filter((t) => t !== 'the' && t !== 'of');
  const monthAt = rest.findIndex((t) => MONTHS.includes(t));
  let month: number | undefined;
  if (monthAt >= 0) {
    month = MONTHS.indexOf(rest[monthAt]) + 1;
    rest = [...rest.slice(0, monthAt), '|', ...rest.slice(monthAt + 1)];
  }
  // The day is the ordinal next to the month; anything after it is the year.
  const [before, after] = splitAt(rest, '|');
  let dayWords = before.length > 0 ? before : after;
  let yearWords: string[] = [];
  if (before.length === 0) {
    for (let cut = Math.min(2, after.length); cut >= 1; cut--) {
      if (parseOrdinal(after.slice(0, cut)) !== undefined) {
        dayWords = after.slice(0, cut);
        yearWords = after.slice(cut);
        break;
      }
    }
  } else {
    yearWords = after;
  }
  const day = parseOrdinal(dayWords);
  if (day === undefined) return undefined;
  const year = yearWords.length > 0 ? parseYear(yearWords) : undefined;
  if (yearWords.length > 0 && year === undefined) return undefined;

  if (month === undefined) {
    // "the twentieth": this month's, or next month's when it has passed.
    let candidate = today.set({ day });
    if (!candidate.isValid || candidate.day !== day || candidate < today) candidate = today.plus({ months: 1 }).set({ day });
    return candidate.isValid ? isoDate(candidate) : undefined;
  }
  const explicit = year !== undefined;
  let candidate = DateTime.fromObject({ year: year ?? today.year, month, day }, { zone: today.zone });
  if (!candidate.isValid) return undefined;
  if (!explicit && candidate < today) candidate = candidate.plus({ years: 1 });
  return isoDate(candidate);
}

function splitAt(tokens: readonly string[], mark: string): [string[], string[]] {
  const at = tokens.indexOf(mark);
  return at < 0 ? [[...tokens], []] : [tokens.slice(0, at), tokens.slice(at + 1)];
}

/** "twentieth", "twenty first", "20th", "20" (as in "november 20"), "the first". */
export function parseOrdinal(words: readonly string[]): number | undefined {
  if (words.length === 0) return undefined;
  const joined = words.join(' ');
  const digits = /^(\d{1,2})(st|nd|rd|th)?$/.exec(joined);
  let value: number | undefined;
  if (digits) value = Number(digits[1]);
  else if (words.length === 1) value = ORDINALS[joined];
  else if (words.length === 2 && (words[0] === 'twenty' || words[0] === 'thirty') && ORDINALS[words[1]] !== undefined && ORDINALS[words[1]] < 10) {
    value = (words[0] === 'twenty' ? 20 : 30) + ORDINALS[words[1]];
  }
  return value !== undefined && value >= 1 && value <= 31 ? value : undefined;
}

/** "2026", "twenty twenty six", "two thousand twenty six". */
function parseYear(words: readonly string[]): number | undefined {
  if (words.length === 1 && /^\d{4}$/.test(words[0])) return Number(words[0]);
  const whole = parseNumberWords(words);
  if (whole !== undefined && whole >= 1000) return whole;
  // Spoken as two pairs: "twenty" + "twenty six".
  for (let cut = 1; cut < words.length; cut++) {
    const high = parseNumberWords(words.slice(0, cut));
    const low = parseNumberWords(words.slice(cut));
    if (high !== undefined && low !== undefined && high >= 10 && high < 100 && low >= 10 && low < 100) return high * 100 + low;
  }
  return undefined;
}

function isoDate(date: DateTime): string {
  return date.toFormat('yyyy-MM-dd');
}
