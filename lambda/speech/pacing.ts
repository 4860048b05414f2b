/**
 * SSML pacing for guided movement, in one place: holds timed with chained breaks (never over 10 s each),
 * breathing cues, steady lines so that no quiet runs longer than MAX_QUIET_SECONDS, a count only at the start and
 * the end of a hold, and the speech rate of a pace. Words come in already rendered from the locale; this file only
 * times them.
 */
import { estimateAudioSeconds, rateFactor, WORDS_PER_MINUTE } from '../core/audio-time';
import { Pace, PROSODY_RATES } from '../core/routine';
import { joinSpeech, pause } from './ssml';

/**
 * The longest quiet in a guided response, at any pace: someone lying on the floor who hears nothing for longer
 * wonders whether Alexa is still there. Holds fill longer quiet with steady lines; moves and rests (routine data)
 * are kept within it by the content (test/speech/hold-quiet.test.ts).
 */
export const MAX_QUIET_SECONDS = 5;

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
  /** Short lines said in turn once the breathing cues are used up, so a long hold is never long quiet ("Keep holding."). */
  steady: readonly string[];
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
 * cues while they fit, then the rest of the hold spread between as few steady lines as keep every quiet within
 * MAX_QUIET_SECONDS, and the countdown at the very end. `quietBefore` is the quiet just before the hold (the move
 * into position), which runs on into it when the hold starts with no words. `perMinute` is the speaking rate of the
 * words' language (wordsPerMinute(locale)).
 */
export function hold(seconds: number, breaths: number, words: HoldWords, pace: Pace, perMinute = WORDS_PER_MINUTE, quietBefore = 0): string {
  const rate = paceRate(pace);
  const measure = (ssml: string) => estimateAudioSeconds(ssml, rate, perMinute);
  const start = words.start ?? '';
  const end = words.countdown ? spacedCount(words.countdown) : '';
  let left = seconds - measure(start) - measure(end);
  const rhythm = BREATH_SECONDS[pace];
  // A breath is spoken as far as "and out."; the quiet after it is the breath out, and joins the quiet that follows.
  const breath = joinSpeech(words.breatheIn, pause(rhythm.in), words.breatheOut);
  const breathSeconds = measure(breath) + rhythm.out;
  const cues: string[] = [];
  for (let i = 0; i < breaths && breathSeconds <= left; i += 1) {
    if (i > 0) cues.push(pause(rhythm.out));
    cues.push(breath);
    left -= breathSeconds;
  }
  const quiet = Math.max(0, left + (cues.length > 0 ? rhythm.out : 0));
  // The first stretch of quiet runs on from the move when nothing has been said since.
  const firstLimit = start || cues.length > 0 ? MAX_QUIET_SECONDS : Math.max(0, MAX_QUIET_SECONDS - quietBefore);
  return joinSpeech(start, ...cues, steadyQuiet(quiet, firstLimit, words.steady, measure), end);
}

/**
 * `seconds` of a hold with as few steady lines (in turn) as keep the first gap within `firstLimit` and every
 * other within MAX_QUIET_SECONDS; the quiet left is shared out evenly, as far as the first gap allows.
 */
function steadyQuiet(seconds: number, firstLimit: number, steady: readonly string[], measure: (ssml: string) => number): string {
  const lines: string[] = [];
  let quiet = seconds;
  while (steady.length > 0 && quiet > firstLimit + lines.length * MAX_QUIET_SECONDS) {
    const line = steady[lines.length % steady.length];
    const spoken = measure(line);
    if (spoken > quiet) break; // too short a hold for another line
    lines.push(line);
    quiet -= spoken;
  }
  const gaps = lines.length + 1;
  const first = lines.length > 0 ? Math.min(firstLimit, quiet / gaps) : quiet;
  const other = lines.length > 0 ? (quiet - first) / lines.length : 0;
  const parts = [pause(roundTenth(first))];
  let said = roundTenth(first);
  lines.forEach((line, index) => {
    // The last gap takes what rounding left over, so the hold lasts as long as it says.
    const gap = index === lines.length - 1 ? Math.max(0, roundTenth(quiet - said)) : roundTenth(other);
    parts.push(line, pause(gap));
    said += gap;
  });
  return joinSpeech(...parts);
}

/** The time it takes to move into position after a cue: quiet. */
export function settleInto(seconds: number): string {
  return pause(seconds);
}

function roundTenth(value: number): number {
  return Math.round(value * 10) / 10;
}
