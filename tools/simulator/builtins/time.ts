/** AMAZON.TIME: spoken times to what Alexa sends ("15:00", "07:30", and "MO"/"AF"/"EV"/"NI" for parts of the day). */
import { parseNumberWords } from './number-words';

const PARTS_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI' };
const NAMED_TIMES: Record<string, string> = { noon: '12:00', midday: '12:00', midnight: '00:00' };

export function parseTime(words: readonly string[]): string | undefined {
  let tokens = words.filter((w) => w !== 'at');
  if (tokens[0] === 'the' || tokens[0] === 'this' || tokens[0] === 'in') tokens = tokens.slice(1);
  if (tokens[0] === 'the') tokens = tokens.slice(1);
  const joined = tokens.join(' ');
  if (tokens.length === 1 && PARTS_OF_DAY[joined]) return PARTS_OF_DAY[joined];
  if (NAMED_TIMES[joined]) return NAMED_TIMES[joined];

  // A trailing "am"/"pm", "in the morning", "at night" decides the half of the day.
  let meridiem: 'am' | 'pm' | undefined;
  const suffix = /^(.*?) (am|a m|pm|p m|in the morning|in the afternoon|in the evening|at night|tonight)$/.exec(joined);
  let body = joined;
  if (suffix) {
    body = suffix[1];
    meridiem = /^(am|a m|in the morning)$/.test(suffix[2]) ? 'am' : 'pm';
  }
  const clock = parseClock(body.split(' ').filter(Boolean));
  if (!clock) return undefined;
  let { hour } = clock;
  if (hour > 23 || clock.minute > 59) return undefined;
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  return `${pad(hour)}:${pad(clock.minute)}`;
}

/** "seven", "seven thirty", "seven oh five", "7:30", "half past seven", "quarter to eight", "seven o'clock". */
function parseClock(tokens: readonly string[]): { hour: number; minute: number } | undefined {
  const joined = tokens.join(' ');
  const digits = /^(\d{1,2})(?::(\d{2}))?$/.exec(joined);
  if (digits) return { hour: Number(digits[1]), minute: Number(digits[2] ?? 0) };
  const oclock = /^(.+) o'?clock$/.exec(joined);
  if (oclock) {
    const hour = parseNumberWords(oclock[1].split(' '));
    return hour !== undefined && hour >= 1 && hour <= 12 ? { hour, minute: 0 } : undefined;
  }
  const relative = /^(half|a quarter|quarter|(.+?)(?: minutes?)?) (past|after|to|before|till|of) (.+)$/.exec(joined);
  if (relative) {
    const minutes = relative[1] === 'half' ? 30 : relative[1].endsWith('quarter') ? 15 : parseNumberWords((relative[2] ?? '').split(' '));
    const hour = hourWord(relative[4]);
    if (minutes === undefined || hour === undefined || minutes >= 60) return undefined;
    const after = relative[3] === 'past' || relative[3] === 'after';
    return after ? { hour, minute: minutes } : { hour: (hour + 23) % 24, minute: 60 - minutes };
  }
  // "seven", "seven thirty", "seven oh five", "eleven forty five": the hour is the first word
  // (or "twenty one" style hours), the rest the minutes.
  for (let split = 1; split <= Math.min(2, tokens.length); split++) {
    const hour = hourWord(tokens.slice(0, split).join(' '));
    if (hour === undefined) continue;
    const rest = tokens.slice(split);
    if (rest.length === 0) return { hour, minute: 0 };
    const minute = rest[0] === 'oh' && rest.length === 2 ? parseNumberWords(rest.slice(1)) : parseNumberWords(rest);
    if (minute !== undefined && (rest[0] === 'oh' ? minute < 10 : minute >= 10) && minute < 60) return { hour, minute };
  }
  return undefined;
}

function hourWord(text: string): number | undefined {
  if (text === 'noon' || text === 'midday') return 12;
  if (text === 'midnight') return 0;
  const hour = parseNumberWords(text.split(' '));
  return hour !== undefined && Number.isInteger(hour) && hour >= 0 && hour <= 23 ? hour : undefined;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
