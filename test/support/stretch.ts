/** Users in a known place for the stretching transcripts: seeded straight into the test store. */
import { UserState, USER_STATE_VERSION } from '../../lambda/core/user-state';
import { estimateAudioSeconds, wordsPerMinute } from '../../lambda/core/audio-time';
import { transcript, Transcript, TranscriptOptions, HOURS, CONSENT_GIVEN_AT } from './transcript';

export const DAYS = 24 * HOURS;
export const USER_ID = 'amzn1.ask.account.TEST-USER';
export const NOW = new Date('2026-11-21T15:00:00Z');

export function ago(ms: number, from: Date = NOW): string {
  return new Date(from.getTime() - ms).toISOString();
}

/** Day 5 of a spasm, pain down to 3: the stretching phase. The disclaimer and safety check are behind them. */
export function stretchingPhase(): Partial<UserState> {
  return {
    onsetAt: ago(4 * DAYS),
    timeZone: 'America/New_York',
    pain: [{ score: 3, at: ago(2 * HOURS) }],
    disclaimerHeardAt: ago(4 * DAYS),
    safetyCheckAt: ago(4 * DAYS),
  };
}

/** A transcript whose user's record already holds `state`. */
export async function seeded(state: Partial<UserState>, options: TranscriptOptions = {}): Promise<Transcript> {
  const t = transcript({ now: NOW, ...options });
  const consent = (options.healthConsent ?? 'given') === 'given' ? { healthConsent: { answer: 'yes', at: CONSENT_GIVEN_AT } } : {};
  await t.store.write(options.userId ?? USER_ID, { version: USER_STATE_VERSION, pain: [], ...consent, ...state }, 0);
  return t;
}

/** Seconds of audio in a response's SSML, by the skill's own estimator, at the locale's speaking rate (English's unless given). */
export function audioSeconds(ssml: string, locale?: string): number {
  return estimateAudioSeconds(ssml, 1, wordsPerMinute(locale));
}

/** Total seconds of <break>s in SSML. */
export function breakSeconds(ssml: string): number {
  return [...ssml.matchAll(/<break time="(\d+)(ms|s)"\/>/g)].reduce((sum, m) => sum + Number(m[1]) / (m[2] === 's' ? 1 : 1000), 0);
}

/** The longest quiet in SSML, in seconds: <break>s in a row with no spoken words between them. */
export function longestQuiet(ssml: string): number {
  return Math.max(0, ...ssml.split(/[^<>]*[\p{L}\p{N}][^<>]*(?=<|$)/u).map(breakSeconds));
}
