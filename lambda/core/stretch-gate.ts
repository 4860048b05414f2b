/**
 * Whether guided stretching may start now, by the care protocol: not in the acute window (the first 48 hours),
 * not with severe (7 or more) or rising pain, and only on a pain score from the last few hours, so the decision
 * rests on how the back feels now. Pure: the caller passes the onset, the pain history and the time.
 * There is no override: a person told "not yet" hears what helps instead (rest position, ice, a short walk).
 */
import { HOUR_MS } from './clock';
import { PainEntry, painPicture } from './pain';
import { ICE_ONLY_HOURS } from './phase';

/** A pain score older than this is asked again before stretching ("the last few hours"). */
export const FRESH_PAIN_HOURS = 4;

export type StretchRefusal = 'acute' | 'severePain' | 'risingPain';

export type StretchGate =
  | { kind: 'allowed'; score: number }
  /** The spasm's start is unknown: the acute window cannot be ruled out. */
  | { kind: 'needOnset' }
  /** No pain score from the last few hours: ask for one, then decide. */
  | { kind: 'needPain' }
  | { kind: 'refused'; reason: StretchRefusal };

export interface GateFacts {
  onsetAt?: Date;
  pain: readonly PainEntry[];
}

/** The latest pain score if it was given within FRESH_PAIN_HOURS of now (and not in the future). */
export function freshPainScore(pain: readonly PainEntry[], now: Date): number | undefined {
  const latest = pain[pain.length - 1];
  if (!latest) return undefined;
  const age = now.getTime() - Date.parse(latest.at);
  return Number.isFinite(age) && age >= -60_000 && age <= FRESH_PAIN_HOURS * HOUR_MS ? latest.score : undefined;
}

export function stretchGate(facts: GateFacts, now: Date): StretchGate {
  if (!facts.onsetAt) return { kind: 'needOnset' };
  const hours = (now.getTime() - facts.onsetAt.getTime()) / HOUR_MS;
  // The acute window comes first: no score changes it, so none is asked for.
  if (hours < ICE_ONLY_HOURS) return { kind: 'refused', reason: 'acute' };
  const score = freshPainScore(facts.pain, now);
  if (score === undefined) return { kind: 'needPain' };
  const picture = painPicture(facts.pain, now);
  if (picture.severe) return { kind: 'refused', reason: 'severePain' };
  if (picture.trend === 'rising') return { kind: 'refused', reason: 'risingPain' };
  return { kind: 'allowed', score };
}
