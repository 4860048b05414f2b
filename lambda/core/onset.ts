/**
 * When the spasm began, from what Alexa heard: AMAZON.DATE ("2026-11-20", "PRESENT_REF"),
 * AMAZON.TIME ("14:30", "MO" morning ...) and AMAZON.DURATION ("P2D" in "two days ago").
 */
import type { DateTime } from 'luxon';
import { luxon } from './luxon';

export interface OnsetSlots {
  date?: string;
  time?: string;
  ago?: string;
}

export type OnsetReading =
  | { kind: 'ok'; at: Date }
  | { kind: 'future' }
  | { kind: 'tooOld'; days: number }
  | { kind: 'unclear' };

/** Older than this is not the spasm this skill guides: re-ask, and point to a doctor. */
export const MAX_ONSET_DAYS = 42;

/** Clock times Alexa sends for parts of the day, and the hour we take each to mean (a Map: no inherited keys). */
const PART_OF_DAY_HOURS: ReadonlyMap<string, number> = new Map([
  ['MO', 8],
  ['AF', 14],
  ['EV', 19],
  ['NI', 22],
]);
/** Longer ago than a lifetime is not an onset at all: asked again, not computed (years ago is "too old"). */
const MAX_SENSIBLE_AGO_DAYS = 120 * 366;
/**
 * The first part of the day. Said before the hour we take it to mean ("this morning" at 6 am, or just after
 * midnight), it is still earlier today, never yesterday: the onset is taken as now.
 */
const FIRST_PART_OF_DAY = 'MO';
/** A date said without a time: midday, clamped to now. Half a day is well inside the 48-72 h window's slack. */
const DATE_ONLY_HOUR = 12;

export function readOnset(slots: OnsetSlots, now: Date, timeZone: string): OnsetReading {
  const at = resolveInstant(slots, luxon().DateTime.fromJSDate(now, { zone: timeZone }));
  if (at === 'unclear') return { kind: 'unclear' };
  if (at === 'future') return { kind: 'future' };
  const ageDays = now.getTime() - at.toMillis();
  if (ageDays < 0) return { kind: 'future' };
  const days = Math.floor(ageDays / 86_400_000);
  if (days > MAX_ONSET_DAYS) return { kind: 'tooOld', days };
  return { kind: 'ok', at: at.toJSDate() };
}

function resolveInstant(slots: OnsetSlots, now: DateTime): DateTime | 'unclear' | 'future' {
  const ago = slots.ago?.trim();
  if (ago) return fromDurationAgo(ago, now);
  const date = slots.date?.trim();
  const time = slots.time?.trim();
  if (date === 'PRESENT_REF') return now;
  if (date) return fromDate(date, time, now);
  if (time) return fromTimeToday(time, now);
  return 'unclear';
}

function fromDurationAgo(iso: string, now: DateTime): DateTime | 'unclear' {
  const duration = luxon().Duration.fromISO(iso);
  if (!duration.isValid || !(duration.toMillis() > 0) || duration.as('days') > MAX_SENSIBLE_AGO_DAYS) return 'unclear';
  const at = now.minus(duration);
  return at.isValid ? at : 'unclear';
}

function fromDate(isoDate: string, time: string | undefined, now: DateTime): DateTime | 'unclear' | 'future' {
  // Only whole days are precise enough; weeks, months and decades ("2026-W47", "2026-11") are re-asked.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return 'unclear';
  const said = luxon().DateTime.fromISO(isoDate, { zone: now.zone });
  if (!said.isValid) return 'unclear';
  const day = latestPastOccurrence(said, now);
  if (day.startOf('day') > now.startOf('day')) return 'future';
  const hour = time ? hourOf(time) : DATE_ONLY_HOUR;
  if (hour === undefined) return 'unclear';
  const at = day.set({ hour: Math.floor(hour), minute: Math.round((hour % 1) * 60) });
  if (at > now) return day.hasSame(now, 'day') && (!time || time === FIRST_PART_OF_DAY) ? now : 'future';
  return at;
}

/**
 * Alexa resolves dates toward the future: a bare weekday ("on monday") to the coming one, a date without a
 * year ("november twentieth" said on the 21st) to next year's. A spasm is always in the past, so take the
 * previous occurrence: a week back for a date two to six days ahead, a year back for one less than a year ahead.
 * One day ahead stays in the future: that is "tomorrow", which we re-ask, rather than a weekday.
 */
function latestPastOccurrence(day: DateTime, now: DateTime): DateTime {
  const today = now.startOf('day');
  const daysAhead = day.startOf('day').diff(today, 'days').days;
  if (daysAhead <= 0) return day;
  if (daysAhead === 1) return day;
  if (daysAhead < 7) return day.minus({ weeks: 1 });
  if (daysAhead <= 366) return day.minus({ years: 1 });
  return day;
}

/**
 * A time without a date ("at three", "this evening") is its latest occurrence: today, or yesterday if still ahead.
 * "This morning" before the morning's hour is earlier today.
 */
function fromTimeToday(time: string, now: DateTime): DateTime | 'unclear' {
  const hour = hourOf(time);
  if (hour === undefined) return 'unclear';
  const today = now.set({ hour: Math.floor(hour), minute: Math.round((hour % 1) * 60), second: 0, millisecond: 0 });
  if (today <= now) return today;
  return time === FIRST_PART_OF_DAY ? now : today.minus({ days: 1 });
}

function hourOf(time: string): number | undefined {
  const partOfDay = PART_OF_DAY_HOURS.get(time);
  if (partOfDay !== undefined) return partOfDay;
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return hours + minutes / 60;
}
