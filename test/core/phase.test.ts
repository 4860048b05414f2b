import { carePhase, HEAT_FROM_HOURS, ICE_ONLY_HOURS } from '../../lambda/core/phase';
import { HOUR_MS } from '../../lambda/core/clock';
import { PainEntry } from '../../lambda/core/pain';

const now = new Date('2026-11-21T18:00:00Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * HOUR_MS);
const pain = (...scores: Array<[number, number]>): PainEntry[] =>
  scores.map(([score, hoursBefore]) => ({ score, at: hoursAgo(hoursBefore).toISOString() }));

describe('care phase from onset and clock', () => {
  it('is unknown without an onset', () => {
    expect(carePhase(undefined, [], now).phase).toBe('unknown');
  });

  it.each([
    [0, 'ice'],
    [ICE_ONLY_HOURS - 0.01, 'ice'],
    [ICE_ONLY_HOURS, 'iceOrHeat'],
    [HEAT_FROM_HOURS - 0.01, 'iceOrHeat'],
    [HEAT_FROM_HOURS, 'heat'],
  ])('at %s hours it is %s', (hours, phase) => {
    expect(carePhase(hoursAgo(hours), [], now).phase).toBe(phase);
  });

  it('counts days by the user\'s calendar, in the user\'s time zone', () => {
    // now is 18:00 UTC: 13:00 in New York, 05:00 the next day in Sydney.
    expect(carePhase(hoursAgo(5), [], now, 'America/New_York').day).toBe(1);
    expect(carePhase(hoursAgo(20), [], now, 'America/New_York').day).toBe(2); // 17:00 the day before
    expect(carePhase(hoursAgo(5), [], now, 'Australia/Sydney').day).toBe(1);
    expect(carePhase(hoursAgo(8), [], now, 'Australia/Sydney').day).toBe(2); // 21:00 the day before, Sydney time
    expect(carePhase(hoursAgo(HEAT_FROM_HOURS), [], now, 'America/New_York').day).toBe(4);
  });

  it('moves to stretching once pain has eased after the ice window', () => {
    expect(carePhase(hoursAgo(80), pain([6, 30], [4, 1]), now).phase).toBe('stretching');
  });

  it('moves to prevention once pain is gone', () => {
    expect(carePhase(hoursAgo(200), pain([3, 30], [1, 1]), now).phase).toBe('prevention');
  });

  it('stays in heat with eased pain that is rising again', () => {
    const view = carePhase(hoursAgo(100), pain([2, 20], [4, 1]), now);
    expect(view.pain.trend).toBe('rising');
    expect(view.phase).toBe('heat');
    expect(view.pain.flare).toBe(true);
  });

  it('keeps the ice phase on day one whatever the pain', () => {
    expect(carePhase(hoursAgo(5), pain([1, 1]), now).phase).toBe('ice');
  });

  it('suggests a doctor when it still hurts after two weeks', () => {
    expect(carePhase(hoursAgo(15 * 24), pain([5, 1]), now).seeDoctorSoon).toBe(true);
    expect(carePhase(hoursAgo(15 * 24), pain([2, 1]), now).seeDoctorSoon).toBe(false);
    expect(carePhase(hoursAgo(10 * 24), pain([6, 1]), now).seeDoctorSoon).toBe(false);
  });
});
