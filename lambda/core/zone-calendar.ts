/**
 * The calendar day an instant falls on in a user's time zone. Read from zone-offsets.json (every zone's UTC
 * offset and its daylight-saving changes over a window of years, written from ICU by scripts/zone-offsets.js)
 * when it covers the zone and the instant; otherwise from Intl, through luxon, as before.
 *
 * Why a table: the first Intl date formatter in a process costs about 20 ms of ICU set-up (measured here:
 * 16-25 ms, the same for any zone or locale), and a returning user's launch needs the day of their recovery.
 * test/core/zone-calendar.test.ts checks the table against ICU, zone by zone.
 */
import { luxon } from './luxon';
import { DAY_MS } from './clock';

const MINUTE_MS = 60_000;

interface OffsetTable {
  /** Epoch ms: the table covers [from, to). */
  from: number;
  to: number;
  /** "<offset>" then ";<minutes after from, base 36>,<offset>" for each change; offsets in minutes east of UTC. */
  schedules: string[];
  zones: Record<string, number>;
}

interface Schedule {
  /** Epoch ms of each change, the first entry being the table's start. */
  starts: number[];
  offsets: number[];
}

let table: OffsetTable | undefined;
const schedules = new Map<number, Schedule>();

function offsetTable(): OffsetTable {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- parsed on the first day count, not at load
  return (table ??= require('./zone-offsets.json') as OffsetTable);
}

function scheduleAt(index: number, from: number): Schedule {
  let schedule = schedules.get(index);
  if (!schedule) {
    const [first, ...changes] = offsetTable().schedules[index].split(';');
    schedule = { starts: [from], offsets: [Number(first)] };
    for (const change of changes) {
      const [minutes, offset] = change.split(',');
      schedule.starts.push(from + parseInt(minutes, 36) * MINUTE_MS);
      schedule.offsets.push(Number(offset));
    }
    schedules.set(index, schedule);
  }
  return schedule;
}

/** The zone's UTC offset at the instant, in minutes east of UTC, if the table has it. */
export function tableOffsetMinutes(timeZone: string, ms: number): number | undefined {
  const { from, to, zones } = offsetTable();
  const index = Object.prototype.hasOwnProperty.call(zones, timeZone) ? zones[timeZone] : undefined;
  if (index === undefined || !(ms >= from && ms < to)) return undefined;
  const { starts, offsets } = scheduleAt(index, from);
  let at = 0;
  while (at + 1 < starts.length && starts[at + 1] <= ms) at += 1;
  return offsets[at];
}

/** The zone's UTC offset at the instant, in minutes; undefined for a zone neither the table nor ICU knows. */
export function offsetMinutes(timeZone: string, ms: number): number | undefined {
  const listed = tableOffsetMinutes(timeZone, ms);
  if (listed !== undefined) return listed;
  const time = luxon().DateTime.fromMillis(ms, { zone: timeZone });
  return time.isValid ? time.offset : undefined;
}

/** The local calendar date of the instant in the zone, as a count of days since 1970-01-01. */
export function localDayNumber(instant: Date, timeZone: string): number | undefined {
  const ms = instant.getTime();
  const offset = offsetMinutes(timeZone, ms);
  return offset === undefined ? undefined : Math.floor((ms + offset * MINUTE_MS) / DAY_MS);
}
