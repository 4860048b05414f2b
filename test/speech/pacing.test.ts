/** SSML pacing: holds last as long as they say, breaks never pass 10 s, counts only at the start and the end. */
import { estimateAudioSeconds } from '../../lambda/core/audio-time';
import { atPace, hold, MAX_QUIET_SECONDS, paceRate, spacedCount } from '../../lambda/speech/pacing';
import { longestQuiet } from '../support/stretch';

const steady = ['Keep holding.', 'Nice and easy.'];
const words = { start: 'Hold for 25 seconds.', breatheIn: 'Breathe in,', breatheOut: 'and out.', steady, countdown: 'Three, two, one.' };
const breaks = (ssml: string) => [...ssml.matchAll(/<break time="(\d+)(ms|s)"\/>/g)].map((m) => Number(m[1]) * (m[2] === 's' ? 1000 : 1));

describe('pacing', () => {
  it.each([
    [25, 'normal'],
    [30, 'slow'],
    [20, 'fast'],
    [60, 'normal'],
  ] as const)('a %d s hold at %s pace lasts that long, with no break over 10 s', (seconds, pace) => {
    const ssml = hold(seconds, 2, words, pace);
    expect(estimateAudioSeconds(ssml, paceRate(pace))).toBeCloseTo(seconds, 0);
    expect(Math.max(...breaks(ssml))).toBeLessThanOrEqual(10_000);
  });

  it('speaks the count only at the start and the end, with breathing cues between', () => {
    const ssml = hold(25, 2, words, 'normal');
    expect(ssml.startsWith('Hold for 25 seconds.')).toBe(true);
    expect(ssml).toMatch(/Three, <break time="600ms"\/> two, <break time="600ms"\/> one\.$/);
    expect(ssml.match(/Breathe in/g)).toHaveLength(2);
    expect(ssml.replace(/<[^>]+>/g, '')).not.toMatch(/\b(four|five|six|seven|eight|nine|ten)\b/i);
  });

  it.each([
    [28, 2, 'slow'],
    [25, 2, 'normal'],
    [60, 2, 'normal'],
    [20, 0, 'fast'],
    [45, 1, 'slow'],
  ] as const)('a %d s hold with %d breaths at %s pace has steady lines, never more quiet than MAX_QUIET_SECONDS', (seconds, breaths, pace) => {
    const ssml = hold(seconds, breaths, words, pace);
    expect(estimateAudioSeconds(ssml, paceRate(pace))).toBeCloseTo(seconds, 0);
    expect(longestQuiet(ssml)).toBeLessThanOrEqual(MAX_QUIET_SECONDS);
    expect(ssml).toContain('Keep holding.');
  });

  it('counts the quiet of the move before a hold that starts with no words', () => {
    const quietWords = { breatheIn: 'Breathe in,', breatheOut: 'and out.', steady };
    const ssml = hold(4, 0, quietWords, 'slow', undefined, 3);
    expect(longestQuiet(`<break time="3s"/> ${ssml}`)).toBeLessThanOrEqual(MAX_QUIET_SECONDS);
    expect(estimateAudioSeconds(ssml, paceRate('slow'))).toBeCloseTo(4, 0);
    // A short hold on its own needs no steady line.
    expect(hold(4, 0, quietWords, 'slow')).not.toContain('Keep holding.');
  });

  it('drops breathing cues that do not fit a short hold', () => {
    const ssml = hold(2, 2, { start: 'Hold.', breatheIn: 'Breathe in,', breatheOut: 'and out.', steady }, 'normal');
    expect(ssml).not.toMatch(/Breathe/);
    expect(estimateAudioSeconds(ssml)).toBeCloseTo(2, 0);
  });

  it('breathes slower at the slow pace', () => {
    const slow = hold(30, 2, words, 'slow');
    const fast = hold(30, 2, words, 'fast');
    expect(slow).toContain('Breathe in, <break time="4s"/> and out. <break time="5s"/>');
    expect(fast).toContain('Breathe in, <break time="2500ms"/> and out. <break time="3s"/>');
  });

  it('wraps speech in the pace\'s prosody rate, leaving normal pace alone', () => {
    expect(atPace('Hello.', 'slow')).toBe('<prosody rate="85%">Hello.</prosody>');
    expect(atPace('Hello.', 'fast')).toBe('<prosody rate="115%">Hello.</prosody>');
    expect(atPace('Hello.', 'normal')).toBe('Hello.');
  });

  it('spaces out a countdown', () => {
    expect(spacedCount('Three, two, one.')).toBe('Three, <break time="600ms"/> two, <break time="600ms"/> one.');
  });
});
