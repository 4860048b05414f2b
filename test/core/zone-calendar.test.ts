/**
 * lambda/core/zone-offsets.json against the ICU of the Node running the tests: every zone, at every change it
 * lists (the minute before and the minute of it) and every 30 days across its window; the first zone of each
 * schedule every 10 days. A tzdata update that moves a
 * rule fails here: run `node scripts/zone-offsets.js` again. No wall clock: instants come from the table's window.
 */
import { DateTime } from 'luxon';
import { localDayNumber, offsetMinutes, tableOffsetMinutes } from '../../lambda/core/zone-calendar';
import table from '../../lambda/core/zone-offsets.json';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { formatFor, icuOffsetMinutes } = require('../../scripts/zone-offsets.js') as {
  formatFor(zone: string): Intl.DateTimeFormat;
  icuOffsetMinutes(format: Intl.DateTimeFormat, ms: number): number;
};

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const zones = Object.keys(table.zones);

describe('the zone offset table', () => {
  it('lists the zones the skill falls back to and the ones Alexa devices report', () => {
    for (const zone of ['America/New_York', 'America/Toronto', 'Europe/London', 'Australia/Sydney', 'Asia/Kolkata', 'Europe/Madrid', 'America/Los_Angeles', 'UTC']) {
      expect(zones).toContain(zone);
    }
  });

  it('agrees with ICU for every zone, at each change and across its window', () => {
    const mismatches: string[] = [];
    const checked = new Set<number>();
    for (const zone of zones) {
      const format = formatFor(zone);
      const index = table.zones[zone as keyof typeof table.zones];
      const step = checked.has(index) ? 30 * DAY_MS : 10 * DAY_MS;
      checked.add(index);
      const [, ...changes] = table.schedules[index].split(';');
      const instants = changes.flatMap((change) => {
        const at = table.from + parseInt(change.split(',')[0], 36) * MINUTE_MS;
        return [at - MINUTE_MS, at];
      });
      for (let at = table.from; at < table.to; at += step) instants.push(at);
      instants.push(table.to - MINUTE_MS);
      for (const at of instants) {
        const listed = tableOffsetMinutes(zone, at);
        const icu = icuOffsetMinutes(format, at);
        if (listed !== icu) mismatches.push(`${zone} at ${new Date(at).toISOString()}: table ${listed}, ICU ${icu}`);
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it('answers through ICU outside its window and for zones it does not list', () => {
    const before = table.from - MINUTE_MS;
    const after = table.to + 30 * DAY_MS;
    for (const at of [before, after]) {
      expect(tableOffsetMinutes('America/New_York', at)).toBeUndefined();
      expect(offsetMinutes('America/New_York', at)).toBe(DateTime.fromMillis(at, { zone: 'America/New_York' }).offset);
    }
    expect(offsetMinutes('Not/A_Zone', table.from)).toBeUndefined();
  });
});

describe('localDayNumber', () => {
  const midSummer = Date.UTC(new Date(table.from).getUTCFullYear() + 1, 6, 1, 3, 30); // 1 July, 03:30 UTC, inside the window

  it('counts days by the wall calendar of the zone', () => {
    const utcDay = Math.floor(midSummer / DAY_MS);
    expect(localDayNumber(new Date(midSummer), 'UTC')).toBe(utcDay);
    expect(localDayNumber(new Date(midSummer), 'America/New_York')).toBe(utcDay - 1); // 23:30 the evening before
    expect(localDayNumber(new Date(midSummer), 'Asia/Kolkata')).toBe(utcDay); // 09:00
    expect(localDayNumber(new Date(midSummer), 'Pacific/Kiritimati')).toBe(utcDay); // 17:30, UTC+14
  });

  it('is the day luxon gives, on both sides of a daylight-saving change', () => {
    for (const zone of ['America/New_York', 'Europe/Madrid', 'Australia/Sydney', 'Australia/Lord_Howe']) {
      const [, first] = table.schedules[table.zones[zone as keyof typeof table.zones]].split(';');
      const change = table.from + parseInt(first.split(',')[0], 36) * MINUTE_MS;
      for (const at of [change - 90 * MINUTE_MS, change - MINUTE_MS, change, change + 90 * MINUTE_MS]) {
        const local = DateTime.fromMillis(at, { zone });
        const expected = Date.UTC(local.year, local.month - 1, local.day) / DAY_MS;
        expect(localDayNumber(new Date(at), zone)).toBe(expected);
      }
    }
  });

  it('knows no day for a zone nobody has', () => {
    expect(localDayNumber(new Date(midSummer), 'Mars/Olympus_Mons')).toBeUndefined();
  });
});
