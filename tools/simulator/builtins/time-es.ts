/**
 * AMAZON.TIME in Spanish: spoken times to what Alexa sends ("15:00", "07:30", and "MO"/"AF"/"EV"/"NI" for
 * parts of the day).
 *
 * Understood (accents optional):
 * - parts of the day, alone or after "esta", "por la", "en la", "a la": mañana (MO), mediodía (12:00), tarde (AF),
 *   noche (NI); "anoche" and "esta noche" (NI); "madrugada" (NI); medianoche (00:00);
 * - clock times, after an optional "a", "sobre", "hacia", "eso de" and "la"/"las": "las tres" (03:00), "la una",
 *   "las tres y media" / "y cuarto" / "menos cuarto" / "y diez" / "menos veinte", "las siete treinta",
 *   "las tres en punto", "15:30"; followed by "de la mañana", "de la madrugada" (a.m.), "de la tarde",
 *   "de la noche" (p.m.), or "del mediodía" (12 to 1).
 * Anything else is not a time (undefined).
 */
import { foldForGrammar } from '../language';
import { parseSpanishNumberWords } from './number-words-es';

const PARTS_OF_DAY: Record<string, string> = {
  manana: 'MO', tarde: 'AF', noche: 'NI', anoche: 'NI', madrugada: 'NI', mediodia: '12:00', medianoche: '00:00',
};
const LEADS = ['a eso de', 'sobre', 'hacia', 'a', 'por', 'en', 'esta', 'la', 'las', 'el', 'eso de'];

export function parseSpanishTime(words: readonly string[]): string | undefined {
  let tokens = words.map((w) => foldForGrammar(w.toLowerCase())).filter((w) => w.length > 0);
  // Leading "a las", "sobre las", "por la", "esta": as many as are there.
  for (let changed = true; changed && tokens.length > 1; ) {
    changed = false;
    for (const lead of LEADS) {
      const parts = lead.split(' ');
      if (tokens.length > parts.length && parts.every((p, i) => tokens[i] === p)) {
        tokens = tokens.slice(parts.length);
        changed = true;
        break;
      }
    }
  }
  const joined = tokens.join(' ');
  if (PARTS_OF_DAY[joined]) return PARTS_OF_DAY[joined];

  let half: 'am' | 'pm' | 'noon' | undefined;
  const suffix = /^(.*?) (de la manana|de la madrugada|de la tarde|de la noche|del mediodia|en punto de la manana|en punto de la tarde)$/.exec(joined);
  let body = joined;
  if (suffix) {
    body = suffix[1];
    half = /manana|madrugada/.test(suffix[2]) ? 'am' : suffix[2] === 'del mediodia' ? 'noon' : 'pm';
  }
  body = body.replace(/ en punto$/, '');
  const clock = parseClock(body.split(' ').filter(Boolean));
  if (!clock) return undefined;
  let { hour } = clock;
  if (hour > 23 || clock.minute > 59) return undefined;
  if (half === 'pm' && hour < 12) hour += 12;
  if (half === 'am' && hour === 12) hour = 0;
  if (half === 'noon' && hour !== 12 && hour !== 1) return undefined;
  if (half === 'noon' && hour === 1) hour = 13;
  return `${pad(hour)}:${pad(clock.minute)}`;
}

/** "tres", "la una", "tres y media", "tres menos cuarto", "siete treinta", "7:30". */
function parseClock(tokens: readonly string[]): { hour: number; minute: number } | undefined {
  const joined = tokens.join(' ');
  const digits = /^(\d{1,2})(?::(\d{2}))?$/.exec(joined);
  if (digits) return { hour: Number(digits[1]), minute: Number(digits[2] ?? 0) };
  const relative = /^(.+?) (y|menos) (.+?)( minutos)?$/.exec(joined);
  if (relative) {
    const hour = hourWord(relative[1]);
    const minutes = relative[3] === 'media' ? 30 : relative[3] === 'cuarto' ? 15 : parseSpanishNumberWords(relative[3].split(' '));
    if (hour !== undefined && minutes !== undefined && minutes > 0 && minutes < 60) {
      return relative[2] === 'y' ? { hour, minute: minutes } : { hour: (hour + 23) % 24, minute: 60 - minutes };
    }
  }
  // "siete treinta", "once cuarenta y cinco": the hour is the first word, the rest the minutes.
  const hour = hourWord(tokens[0] ?? '');
  if (hour === undefined) return undefined;
  const rest = tokens.slice(1);
  if (rest.length === 0) return { hour, minute: 0 };
  const minute = parseSpanishNumberWords(rest);
  return minute !== undefined && minute >= 10 && minute < 60 ? { hour, minute } : undefined;
}

function hourWord(text: string): number | undefined {
  if (text === 'mediodia') return 12;
  if (text === 'medianoche') return 0;
  const hour = parseSpanishNumberWords(text.split(' '));
  return hour !== undefined && Number.isInteger(hour) && hour >= 0 && hour <= 23 ? hour : undefined;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
