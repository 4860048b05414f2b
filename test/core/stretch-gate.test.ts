/** The stretching gate, by the care protocol: no stretching in the first 48 hours, with pain of 7 or more, or with rising pain. */
import { FRESH_PAIN_HOURS, freshPainScore, stretchGate } from '../../lambda/core/stretch-gate';

const HOUR = 3_600_000;
// Pinned, and at two hours of the day: the gate counts hours, never the time of day.
const NOONS = [new Date('2026-11-21T15:00:00Z'), new Date('2026-11-22T05:30:00Z')];

describe.each(NOONS)('the stretching gate at %s', (now) => {
  const ago = (hours: number) => new Date(now.getTime() - hours * HOUR);
  const score = (value: number, hoursAgo: number) => ({ score: value, at: ago(hoursAgo).toISOString() });

  it('refuses in the first 48 hours, whatever the pain, and asks no score there', () => {
    for (const pain of [[], [score(1, 1)], [score(0, 0.1)]]) {
      expect(stretchGate({ onsetAt: ago(47.9), pain }, now)).toEqual({ kind: 'refused', reason: 'acute' });
    }
    expect(stretchGate({ onsetAt: ago(2), pain: [] }, now)).toEqual({ kind: 'refused', reason: 'acute' });
  });

  it('needs the onset before anything else', () => {
    expect(stretchGate({ pain: [score(2, 1)] }, now)).toEqual({ kind: 'needOnset' });
  });

  it('after 48 hours needs a score from the last few hours', () => {
    expect(stretchGate({ onsetAt: ago(48), pain: [] }, now)).toEqual({ kind: 'needPain' });
    expect(stretchGate({ onsetAt: ago(96), pain: [score(2, FRESH_PAIN_HOURS + 0.1)] }, now)).toEqual({ kind: 'needPain' });
    // An old severe score is asked again, not held against the user: the pain may have eased.
    expect(stretchGate({ onsetAt: ago(96), pain: [score(8, 30)] }, now)).toEqual({ kind: 'needPain' });
    expect(stretchGate({ onsetAt: ago(96), pain: [score(2, FRESH_PAIN_HOURS - 0.1)] }, now)).toEqual({ kind: 'allowed', score: 2 });
  });

  it('refuses with pain of 7 or more', () => {
    expect(stretchGate({ onsetAt: ago(96), pain: [score(7, 1)] }, now)).toEqual({ kind: 'refused', reason: 'severePain' });
    expect(stretchGate({ onsetAt: ago(96), pain: [score(10, 0)] }, now)).toEqual({ kind: 'refused', reason: 'severePain' });
    expect(stretchGate({ onsetAt: ago(96), pain: [score(6, 1)] }, now)).toEqual({ kind: 'allowed', score: 6 });
  });

  it('refuses with rising pain, and allows steady or easing pain', () => {
    expect(stretchGate({ onsetAt: ago(96), pain: [score(2, 5), score(4, 1)] }, now)).toEqual({ kind: 'refused', reason: 'risingPain' });
    expect(stretchGate({ onsetAt: ago(96), pain: [score(4, 5), score(3, 1)] }, now)).toEqual({ kind: 'allowed', score: 3 });
    expect(stretchGate({ onsetAt: ago(96), pain: [score(3, 5), score(4, 1)] }, now)).toEqual({ kind: 'allowed', score: 4 });
  });

  it('takes no score from the future as fresh', () => {
    expect(freshPainScore([score(2, -2)], now)).toBeUndefined();
    expect(freshPainScore([{ score: 2, at: 'soon' }], now)).toBeUndefined();
    expect(freshPainScore([], now)).toBeUndefined();
  });
});
