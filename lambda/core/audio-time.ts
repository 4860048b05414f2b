/**
 * How long Alexa takes to say a piece of SSML, estimated: words at about 150 a minute at the normal rate in English,
 * 140 in Spanish (scaled by any <prosody rate>), a short pause at each comma and full stop, plus every <break>.
 * Used to split long guided steps so that one response stays inside Alexa's 240 s of audio.
 * Pure text processing: no ASK types, no speech resources.
 */

export const WORDS_PER_MINUTE = 150;

/**
 * Words a minute by language, at the normal rate. Spanish is spoken at more syllables a second than English, but
 * its words are longer (about two syllables a word in running speech, against about one and a half), so it says
 * a little fewer words a minute: 140, an estimate on the slow side, so that a Spanish response is never measured
 * shorter than it is. (Spanish text is also longer for the same content; that is counted word by word.)
 */
const WORDS_PER_MINUTE_BY_LANGUAGE: Readonly<Record<string, number>> = { en: WORDS_PER_MINUTE, es: 140 };

/** The speaking rate to estimate a locale's speech with ("es-ES" -> 140); English's for any other language. */
export function wordsPerMinute(locale: string | undefined): number {
  const language = (locale ?? '').slice(0, 2).toLowerCase();
  return WORDS_PER_MINUTE_BY_LANGUAGE[language] ?? WORDS_PER_MINUTE;
}
/** Alexa's audio limits for one response: all of the speech, and the reprompt. */
export const MAX_RESPONSE_AUDIO_SECONDS = 240;
export const MAX_REPROMPT_AUDIO_SECONDS = 90;

/** The natural pause Alexa makes at punctuation, in seconds (an estimate on the long side). */
const SENTENCE_PAUSE = 0.35;
const CLAUSE_PAUSE = 0.2;

/** Named prosody rates as a factor of the normal rate (Amazon documents only the names). */
const NAMED_RATES: Record<string, number> = { 'x-slow': 0.5, slow: 0.75, medium: 1, fast: 1.25, 'x-fast': 1.5 };
/** Named break strengths, in seconds (estimates, as in the simulator's speech text). */
const BREAK_STRENGTHS: Record<string, number> = { none: 0, 'x-weak': 0, weak: 0.35, medium: 0.5, strong: 0.75, 'x-strong': 1.25 };

/** A prosody rate attribute ("85%", "slow") as a factor of the normal rate; 1 for anything unknown. */
export function rateFactor(rate: string | undefined): number {
  if (!rate) return 1;
  const value = rate.trim().toLowerCase();
  const percent = /^(\d+(?:\.\d+)?)%$/.exec(value);
  if (percent) return Math.max(0.2, Number(percent[1]) / 100);
  return NAMED_RATES[value] ?? 1;
}

/** Seconds of one <break>'s attributes: its time, else its strength (a bare break is medium). */
function breakSeconds(attributes: string): number {
  const time = /\btime\s*=\s*["']\s*(\d+(?:\.\d+)?)\s*(ms|s)\s*["']/i.exec(attributes);
  if (time) return time[2].toLowerCase() === 'ms' ? Number(time[1]) / 1000 : Number(time[1]);
  const strength = /\bstrength\s*=\s*["']\s*([\w-]+)\s*["']/i.exec(attributes);
  return strength ? (BREAK_STRENGTHS[strength[1].toLowerCase()] ?? 0.5) : 0.5;
}

/** Seconds to speak plain text at a rate factor: words (a number is read digit group by group), plus punctuation pauses. */
export function textSeconds(text: string, rate = 1, perMinute = WORDS_PER_MINUTE): number {
  const plain = text.replace(/&[a-z]+;|&#\d+;/gi, ' ');
  let words = 0;
  for (const token of plain.split(/\s+/)) {
    if (!/[\p{L}\p{N}]/u.test(token)) continue;
    const digits = token.replace(/\D/g, '');
    // "25" is two words, "911" three: count digits, at least one word.
    words += digits.length > 0 ? Math.max(1, digits.length) : 1;
  }
  const sentences = (plain.match(/[.!?](?=\s|$)/g) ?? []).length;
  const clauses = (plain.match(/[,;:](?=\s|$)/g) ?? []).length;
  return (words * 60) / (perMinute * rate) + sentences * SENTENCE_PAUSE + clauses * CLAUSE_PAUSE;
}

/**
 * Estimated seconds of audio for SSML (with or without <speak>), honouring nested prosody rates; `perMinute` is the
 * language's speaking rate (wordsPerMinute(locale)), English's unless given.
 */
export function estimateAudioSeconds(ssml: string, baseRate = 1, perMinute = WORDS_PER_MINUTE): number {
  const rates: number[] = [baseRate];
  let seconds = 0;
  const tag = /<\s*(\/?)\s*([\w:-]+)([^>]*?)(\/?)\s*>/g;
  let last = 0;
  for (let match = tag.exec(ssml); match; match = tag.exec(ssml)) {
    seconds += textSeconds(ssml.slice(last, match.index), rates[rates.length - 1], perMinute);
    last = tag.lastIndex;
    const [, closing, name, attributes, selfClosing] = match;
    const lower = name.toLowerCase();
    if (lower === 'break') {
      seconds += breakSeconds(attributes);
    } else if (lower === 'prosody') {
      if (closing) {
        if (rates.length > 1) rates.pop();
      } else if (!selfClosing) {
        const rate = /\brate\s*=\s*["']([^"']+)["']/i.exec(attributes)?.[1];
        rates.push(rates[rates.length - 1] * rateFactor(rate));
      }
    }
  }
  seconds += textSeconds(ssml.slice(last), rates[rates.length - 1], perMinute);
  return seconds;
}
