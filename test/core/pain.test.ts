import { addPainEntry, MAX_PAIN_HISTORY, painPicture, readPainScore } from '../../lambda/core/pain';

const now = new Date('2026-11-21T12:00:00Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString();

describe('pain scores', () => {
  it.each([
    ['6', { kind: 'ok', score: 6 }],
    ['0', { kind: 'ok', score: 0 }],
    ['10', { kind: 'ok', score: 10 }],
    ['42', { kind: 'outOfRange', value: 42 }],
    ['-3', { kind: 'outOfRange', value: -3 }],
    ['?', { kind: 'notANumber' }],
    ['', { kind: 'missing' }],
    [undefined, { kind: 'missing' }],
  ])('reads %p', (raw, expected) => {
    expect(readPainScore(raw)).toEqual(expected);
  });

  it.each([
    ['6', '7', { kind: 'ok', score: 7 }],
    ['7', '6', { kind: 'ok', score: 7 }],
    ['6', undefined, { kind: 'ok', score: 6 }],
    ['6', '?', { kind: 'ok', score: 6 }],
    ['9', '12', { kind: 'outOfRange', value: 12 }],
    ['?', '7', { kind: 'ok', score: 7 }],
  ])('reads a range %p or %p as its higher end, so a range cannot slip under the stretching gate', (raw, high, expected) => {
    expect(readPainScore(raw, high)).toEqual(expected);
  });

  it('keeps a bounded history', () => {
    let history = addPainEntry([], 5, now);
    for (let i = 0; i < MAX_PAIN_HISTORY + 5; i += 1) history = addPainEntry(history, i % 10, now);
    expect(history).toHaveLength(MAX_PAIN_HISTORY);
  });

  it('sees a rise of two or more as a flare', () => {
    const picture = painPicture([{ score: 3, at: hoursAgo(5) }, { score: 5, at: hoursAgo(0) }], now);
    expect(picture).toMatchObject({ latest: 5, trend: 'rising', flare: true, severe: false });
  });

  it('sees seven or more as severe', () => {
    expect(painPicture([{ score: 7, at: hoursAgo(0) }], now)).toMatchObject({ trend: 'first', severe: true, flare: true });
  });

  it('sees a drop as easing and ignores reports older than two days for the trend', () => {
    expect(painPicture([{ score: 6, at: hoursAgo(3) }, { score: 4, at: hoursAgo(0) }], now).trend).toBe('easing');
    expect(painPicture([{ score: 1, at: hoursAgo(60) }, { score: 5, at: hoursAgo(0) }], now).trend).toBe('first');
  });
});
