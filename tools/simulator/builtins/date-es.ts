/**
 * AMAZON.DATE in Spanish: spoken dates to what Alexa sends, relative to the user's "now" in their time zone,
 * with the same rules as the English parser (date.ts): a date without its year or week is on or after today.
 *
 * Understood (accents optional, a leading "el" allowed):
 * - hoy, esta mañana, esta tarde, esta noche (today); ayer, anoche (yesterday); anteayer, antes de ayer, antier,
 *   anteanoche (two days back); mañana; pasado mañana; ahora, ahora mismo (PRESENT_REF);
 * - hace <n> días / semanas / meses / años ("hace tres días"; "hace un día");
 * - a weekday: "lunes", "el lunes" (the coming one, today included), "el lunes pasado", "el pasado lunes",
 *   "este lunes", "el próximo lunes", "el lunes que viene", each optionally with "por la mañana/tarde/noche";
 * - esta semana, la semana pasada, la semana que viene, la próxima semana; este fin de semana, el fin de semana
 *   (pasado); este mes, el mes pasado, el mes que viene; este año, el año pasado, el año que viene;
 * - a day of a month: "el veinte de noviembre", "el 20 de noviembre", "el uno" or "el primero de noviembre",
 *   "el veinte de noviembre de dos mil veintiséis", "el día veinte", "el siete" (this month's, or next month's once
 *   past; a bare "siete" is a number, not a date).
 * Anything else is not a date (undefined).
 */
import { DateTime } from 'luxon';
import { foldForGrammar } from '../language';
import { parseSpanishNumberWords } from './number-words-es';

const WEEKDAYS = ['lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo'];
const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const PARTS_OF_DAY = new Set(['por la manana', 'por la tarde', 'por la noche', 'en la manana', 'en la tarde', 'en la noche']);

export function parseSpanishDate(words: readonly string[], now: Date, timeZone: string): string | undefined {
  const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
  if (!today.isValid) return undefined;
  let tokens = words.map((w) => foldForGrammar(w.toLowerCase())).filter((w) => w.length > 0);
  const article = tokens[0] === 'el' && tokens.length > 1;
  if (article) tokens = tokens.slice(1);
  const text = tokens.join(' ');

  const fixed = relativeDay(text, today);
  if (fixed) return isoDate(fixed);
  if (text === 'ahora' || text === 'ahora mismo') return 'PRESENT_REF';

  const ago = /^hace (.+) (dias?|semanas?|mes|meses|anos?)$/.exec(text);
  if (ago) {
    const count = parseSpanishNumberWords(ago[1].split(' '));
    if (count === undefined || !Number.isInteger(count) || count < 0) return undefined;
    const unit = ago[2].startsWith('dia') ? 'days' : ago[2].startsWith('semana') ? 'weeks' : ago[2].startsWith('mes') ? 'months' : 'years';
    return isoDate(today.minus({ [unit]: count }));
  }

  const weekday = weekdayDate(text, today);
  if (weekday) return isoDate(weekday);

  const period = periodValue(text, today);
  if (period) return period;
  return calendarDate(tokens, today, article);
}

function relativeDay(text: string, today: DateTime): DateTime | undefined {
  switch (text) {
    case 'hoy': case 'esta manana': case 'esta tarde': case 'esta noche': case 'hoy por la manana': case 'hoy por la tarde':
      return today;
    case 'ayer': case 'anoche': case 'ayer por la manana': case 'ayer por la tarde': case 'ayer por la noche':
      return today.minus({ days: 1 });
    case 'anteayer': case 'antes de ayer': case 'antier': case 'anteanoche': case 'antes de anoche':
      return today.minus({ days: 2 });
    case 'manana': return today.plus({ days: 1 });
    case 'pasado manana': return today.plus({ days: 2 });
    default: return undefined;
  }
}

/** "lunes", "el lunes pasado", "el pasado lunes", "este lunes", "el próximo lunes", "el lunes que viene". */
function weekdayDate(text: string, today: DateTime): DateTime | undefined {
  let rest = text;
  for (const part of PARTS_OF_DAY) {
    if (rest.endsWith(` ${part}`)) {
      rest = rest.slice(0, -part.length - 1);
      break;
    }
  }
  const match = /^(este |pasado |proximo |el proximo |el pasado )?(\w+?)( pasado| que viene| proximo)?$/.exec(rest);
  if (!match) return undefined;
  const index = WEEKDAYS.indexOf(match[2]);
  if (index < 0) return undefined;
  const before = (match[1] ?? '').trim().replace(/^el /, '');
  const after = (match[3] ?? '').trim();
  if (before && after) return undefined;
  const target = index + 1; // luxon: Monday is 1
  if (before === 'pasado' || after === 'pasado') {
    const back = (today.weekday - target + 7) % 7 || 7;
    return today.minus({ days: back });
  }
  const ahead = (target - today.weekday + 7) % 7;
  const next = before === 'proximo' || after === 'que viene' || after === 'proximo';
  return today.plus({ days: next && ahead === 0 ? 7 : ahead });
}

function periodValue(text: string, today: DateTime): string | undefined {
  const week = (d: DateTime): string => `${d.weekYear}-W${String(d.weekNumber).padStart(2, '0')}`;
  switch (text) {
    case 'esta semana': return week(today);
    case 'la semana que viene': case 'la proxima semana': case 'proxima semana': case 'semana que viene': return week(today.plus({ weeks: 1 }));
    case 'la semana pasada': case 'semana pasada': return week(today.minus({ weeks: 1 }));
    case 'este fin de semana': case 'fin de semana': return `${week(today)}-WE`;
    case 'fin de semana que viene': case 'proximo fin de semana': return `${week(today.plus({ weeks: 1 }))}-WE`;
    case 'fin de semana pasado': case 'pasado fin de semana': return `${week(today.minus({ weeks: 1 }))}-WE`;
    case 'este mes': return today.toFormat('yyyy-MM');
    case 'mes que viene': case 'proximo mes': return today.plus({ months: 1 }).toFormat('yyyy-MM');
    case 'mes pasado': return today.minus({ months: 1 }).toFormat('yyyy-MM');
    case 'este ano': return today.toFormat('yyyy');
    case 'ano que viene': case 'proximo ano': return today.plus({ years: 1 }).toFormat('yyyy');
    case 'ano pasado': return today.minus({ years: 1 }).toFormat('yyyy');
    default: return undefined;
  }
}

/**
 * "veinte de noviembre", "20 de noviembre de 2026", "primero de noviembre", "el día veinte", "el veinte". A bare
 * number ("siete") is no date: without a month it needs "el" or "día" before it.
 */
function calendarDate(tokens: readonly string[], today: DateTime, article: boolean): string | undefined {
  let rest = [...tokens];
  const dayWord = rest[0] === 'dia';
  if (dayWord) rest = rest.slice(1);
  const monthAt = rest.findIndex((t) => MONTHS.includes(t));
  if (monthAt < 0 && !article && !dayWord) return undefined;
  let dayWords = monthAt >= 0 ? rest.slice(0, monthAt) : rest;
  if (dayWords[dayWords.length - 1] === 'de') dayWords = dayWords.slice(0, -1);
  const day = dayWords.length === 1 && dayWords[0] === 'primero' ? 1 : dayWords.length > 0 ? parseSpanishNumberWords(dayWords) : undefined;
  if (day === undefined || !Number.isInteger(day) || day < 1 || day > 31) return undefined;
  if (monthAt < 0) {
    let candidate = today.set({ day });
    if (!candidate.isValid || candidate.day !== day || candidate < today) candidate = today.plus({ months: 1 }).set({ day });
    return candidate.isValid ? isoDate(candidate) : undefined;
  }
  const month = MONTHS.indexOf(rest[monthAt]) + 1;
  let yearWords = rest.slice(monthAt + 1);
  if (yearWords[0] === 'de' || yearWords[0] === 'del') yearWords = yearWords.slice(1);
  let year: number | undefined;
  if (yearWords.length > 0) {
    year = parseSpanishNumberWords(yearWords);
    if (year === undefined || !Number.isInteger(year) || year < 1000) return undefined;
  }
  let candidate = DateTime.fromObject({ year: year ?? today.year, month, day }, { zone: today.zone });
  if (!candidate.isValid) return undefined;
  if (year === undefined && candidate < today) candidate = candidate.plus({ years: 1 });
  return isoDate(candidate);
}

function isoDate(date: DateTime): string {
  return date.toFormat('yyyy-MM-dd');
}
