import { readOnset, MAX_ONSET_DAYS } from '../../lambda/core/onset';
import { DateTime } from 'luxon';

// 2026-11-21 10:00 in New York (15:00 UTC).
const now = new Date('2026-11-21T15:00:00Z');
const NY = 'America/New_York';

function at(reading: ReturnType<typeof readOnset>): string {
  if (reading.kind !== 'ok') throw new Error(`expected ok, got ${reading.kind}`);
  return reading.at.toISOString();
}

describe('onset from what Alexa heard', () => {
  it('reads "two days ago" and "about three hours ago" as durations', () => {
    expect(at(readOnset({ ago: 'P2D' }, now, NY))).toBe('2026-11-19T15:00:00.000Z');
    expect(at(readOnset({ ago: 'PT3H' }, now, NY))).toBe('2026-11-21T12:00:00.000Z');
  });

  it('reads "this morning" in the user\'s time zone', () => {
    expect(at(readOnset({ time: 'MO' }, now, NY))).toBe('2026-11-21T13:00:00.000Z'); // 08:00 New York
    expect(at(readOnset({ time: 'MO' }, now, 'Europe/London'))).toBe('2026-11-21T08:00:00.000Z');
  });

  it('takes a time of day still ahead today as yesterday\'s', () => {
    expect(at(readOnset({ time: 'EV' }, now, NY))).toBe('2026-11-21T00:00:00.000Z'); // 19:00 on the 20th
  });

  it('reads "yesterday" as midday and "yesterday evening" with its time', () => {
    expect(at(readOnset({ date: '2026-11-20' }, now, NY))).toBe('2026-11-20T17:00:00.000Z');
    expect(at(readOnset({ date: '2026-11-20', time: 'EV' }, now, NY))).toBe('2026-11-21T00:00:00.000Z');
  });

  it('clamps "today" said before midday to now', () => {
    expect(at(readOnset({ date: '2026-11-21' }, now, NY))).toBe(now.toISOString());
  });

  it('reads a date Alexa put in next year as this year\'s', () => {
    expect(at(readOnset({ date: '2027-11-19' }, now, NY))).toBe('2026-11-19T17:00:00.000Z');
  });

  it('reads a weekday Alexa resolved to the coming week as last week\'s', () => {
    // "it started on monday", said on Saturday 2026-11-21: Alexa sends the next Monday.
    expect(at(readOnset({ date: '2026-11-23' }, now, NY))).toBe('2026-11-16T17:00:00.000Z');
  });

  it('re-asks a time in the future', () => {
    expect(readOnset({ date: '2026-11-21', time: '18:00' }, now, NY).kind).toBe('future');
    expect(readOnset({ date: '2028-01-01' }, now, NY).kind).toBe('future');
    expect(readOnset({ date: '2026-11-22' }, now, NY).kind).toBe('future'); // "tomorrow"
    // "june first" with no year: Alexa sends next June; last June is too long ago.
    expect(readOnset({ date: '2027-06-01' }, now, NY).kind).toBe('tooOld');
  });

  it('re-asks an onset years ago', () => {
    expect(readOnset({ date: '2020-01-05' }, now, NY)).toEqual({ kind: 'tooOld', days: expect.any(Number) });
    expect(readOnset({ ago: `P${MAX_ONSET_DAYS + 1}D` }, now, NY).kind).toBe('tooOld');
    expect(readOnset({ ago: 'P3Y' }, now, NY).kind).toBe('tooOld');
  });

  it('re-asks what it cannot place', () => {
    expect(readOnset({}, now, NY).kind).toBe('unclear');
    expect(readOnset({ ago: 'PT0S' }, now, NY).kind).toBe('unclear');
    expect(readOnset({ ago: 'soon' }, now, NY).kind).toBe('unclear');
    expect(readOnset({ date: '2026-W47' }, now, NY).kind).toBe('unclear');
    expect(readOnset({ time: '25:00' }, now, NY).kind).toBe('unclear');
  });

  it('reads "just now"', () => {
    expect(at(readOnset({ date: 'PRESENT_REF' }, now, NY))).toBe(now.toISOString());
  });
});

describe('onsets said early in the day never land in the future or on yesterday', () => {
  const zones = ['America/New_York', 'Europe/London', 'Europe/Madrid', 'Asia/Kolkata', 'Australia/Sydney'];
  /** A local wall-clock time in a zone, as the instant the clock is pinned at. */
  const localAt = (zone: string, iso: string) => DateTime.fromISO(iso, { zone }).toJSDate();

  describe.each(zones)('in %s', (zone) => {
    it.each(['2026-11-21T06:00', '2026-11-21T00:05', '2026-11-21T07:59'])('"this morning" at %s is earlier today', (local) => {
      const clock = localAt(zone, local);
      const reading = readOnset({ time: 'MO' }, clock, zone);
      expect(reading.kind).toBe('ok');
      const onset = DateTime.fromJSDate((reading as { at: Date }).at, { zone });
      expect(onset.toISODate()).toBe('2026-11-21');
      expect(onset.toMillis()).toBeLessThanOrEqual(clock.getTime());
    });

    it('"this morning" with today\'s date at 06:00 is earlier today, not the future', () => {
      const clock = localAt(zone, '2026-11-21T06:00');
      const reading = readOnset({ date: '2026-11-21', time: 'MO' }, clock, zone);
      expect(reading.kind).toBe('ok');
      expect(DateTime.fromJSDate((reading as { at: Date }).at, { zone }).toISODate()).toBe('2026-11-21');
    });

    it('"this morning" after 08:00 is 08:00 today', () => {
      const clock = localAt(zone, '2026-11-21T10:30');
      const reading = readOnset({ time: 'MO' }, clock, zone);
      expect(DateTime.fromJSDate((reading as { at: Date }).at, { zone }).toFormat('yyyy-MM-dd HH:mm')).toBe('2026-11-21 08:00');
    });

    it('"last night" (NI) at 06:00 is yesterday evening', () => {
      const clock = localAt(zone, '2026-11-21T06:00');
      const reading = readOnset({ time: 'NI' }, clock, zone);
      expect(DateTime.fromJSDate((reading as { at: Date }).at, { zone }).toFormat('yyyy-MM-dd HH:mm')).toBe('2026-11-20 22:00');
    });

    it.each(['2026-11-21T06:00', '2026-11-21T00:05', '2026-11-21T23:30'])('"about three hours ago" (PT3H) at %s is three hours back', (local) => {
      const clock = localAt(zone, local);
      const reading = readOnset({ ago: 'PT3H' }, clock, zone);
      expect((reading as { at: Date }).at.getTime()).toBe(clock.getTime() - 3 * 3_600_000);
    });
  });
});
