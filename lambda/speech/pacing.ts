/**
 * SSML pacing for guided movement, in one place: holds timed with chained breaks (never over 10 s each),
 * breathing cues, a count only at the start and the end of a hold, and the speech rate of a pace.
 * Words come in already rendered from the locale; this file only times them.
 */
import { estimateAudioSeconds, rateFactor, WORDS_PER_MINUTE } from '../core/audio-time';
import { Pace, PROSODY_RATES } from '../core/routine';
import { joinSpeech, pause } from './ssml';

/** The rhythm of one spoken breath cue: the pause after "breathe in" and after "and out". */
export const BREATH_SECONDS: Record<Pace, { in: number; out: number }> = {
  slow: { in: 4, out: 5 },
  normal: { in: 3, out: 4 },
  fast: { in: 2.5, out: 3 },
};

/** The gap between the numbers of a countdown ("three ... two ... one"). */
export const COUNT_GAP_SECONDS = 0.6;

export interface HoldWords {
  /** Said as the hold begins: "Hold for 25 seconds." or "Hold." */
  start?: string;
  breatheIn: string;
  breatheOut: string;
  /** Said as the hold ends: "Three, two, one." Its comma-separated numbers are spaced out. */
  countdown?: string;
}

/** The rate factor speech is read at for a pace (1 for normal). */
export function paceRate(pace: Pace): number {
  return rateFactor(PROSODY_RATES[pace]);
}

/** Wraps speech in the pace's prosody rate; normal pace is left as it is. */
export function atPace(ssml: string, pace: Pace): string {
  const rate = PROSODY_RATES[pace];
  return rate && ssml ? `<prosody rate="${rate}">${ssml}</prosody>` : ssml;
}

/** "Three, two, one." with a short gap after each number. */
export function spacedCount(text: string): string {
  return text.replace(/,\s*/g, `, ${pause(COUNT_GAP_SECONDS)} `);
}

/**
 * A hold of `seconds` (as heard, start cue and countdown included): the start cue, up to `breaths` breathing
 * cues while they fit, quiet for the rest (chained breaks), and the countdown at the very end. `perMinute` is the
 * speaking rate of the words' language (wordsPerMinute(locale)).
 */
export function hold(seconds: number, breaths: number, words: HoldWords, pace: Pace, perMinute = WORDS_PER_MINUTE): string {
  const rate = paceRate(pace);
  const measure = (ssml: string) => estimateAudioSeconds(ssml, rate, perMinute);
  const start = words.start ?? '';
  const end = words.countdown ? spacedCount(words.countdown) : '';
  let left = seconds - measure(start) - measure(end);
  const rhythm = BREATH_SECONDS[pace];
  const cycle = joinSpeech(words.breatheIn, pause(rhythm.in), words.breatheOut, pause(rhythm.out));
  const cycleSeconds = measure(cycle);
  const cues: string[] = [];
  for (let i = 0; i < breaths && cycleSeconds <= left; i += 1) {
    cues.push(cycle);
    left -= cycleSeconds;
  }
  return joinSpeech(start, ...cues, pause(Math.max(0, roundTenth(left))), end);
}

/** The time it takes to move into position after a cue: quiet. */
export function settleInto(seconds: number): string {
  return pause(seconds);
}

function roundTenth(value: number): number {
  return Math.round(value * 10) / 10;
}
