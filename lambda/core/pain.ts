/** Pain scores (0-10) and what their history says. */
import { HOUR_MS } from './clock';

export interface PainEntry {
  score: number;
  /** ISO-8601 instant of the report. */
  at: string;
}

export type PainScoreReading =
  | { kind: 'ok'; score: number }
  | { kind: 'missing' }
  | { kind: 'outOfRange'; value: number }
  | { kind: 'notANumber' };

export const MAX_PAIN_HISTORY = 20;
export const SEVERE_PAIN = 7;
/** The top of the scale: answered with empathy and same-day help, not "noted". */
export const WORST_PAIN = 10;
/** A rise of this much against a report from the last two days counts as getting worse. */
const RISE_THRESHOLD = 2;
const TREND_WINDOW_MS = 48 * HOUR_MS;

/**
 * Reads an AMAZON.NUMBER slot value ("6", "?" when Alexa heard no number, absent when not said). A range ("six or
 * seven") also fills `high`: its higher end counts, so a range can't slip under the stretching gate.
 */
export function readPainScore(raw: string | undefined, high?: string): PainScoreReading {
  const low = readOneScore(raw);
  const top = readOneScore(high);
  if (top.kind === 'outOfRange' || low.kind === 'outOfRange') return top.kind === 'outOfRange' ? top : low;
  if (top.kind !== 'ok') return low;
  return low.kind === 'ok' && low.score > top.score ? low : top;
}

function readOneScore(raw: string | undefined): PainScoreReading {
  if (raw === undefined || raw.trim() === '') return { kind: 'missing' };
  const value = Number(raw.trim());
  if (!Number.isFinite(value)) return { kind: 'notANumber' };
  if (value < 0 || value > 10) return { kind: 'outOfRange', value };
  return { kind: 'ok', score: Math.round(value) };
}

export function addPainEntry(history: readonly PainEntry[], score: number, now: Date): PainEntry[] {
  return [...history, { score, at: now.toISOString() }].slice(-MAX_PAIN_HISTORY);
}

export type PainTrend = 'unknown' | 'first' | 'rising' | 'steady' | 'easing';

export interface PainPicture {
  latest?: number;
  trend: PainTrend;
  severe: boolean;
  /** Rising or severe pain: back to rest and ice, no stretching. */
  flare: boolean;
}

export function painPicture(history: readonly PainEntry[], now: Date): PainPicture {
  const latestEntry = history[history.length - 1];
  if (!latestEntry) return { trend: 'unknown', severe: false, flare: false };
  const latest = latestEntry.score;
  const severe = latest >= SEVERE_PAIN;
  const previous = history
    .slice(0, -1)
    .filter((entry) => now.getTime() - Date.parse(entry.at) <= TREND_WINDOW_MS)
    .pop();
  let trend: PainTrend = 'first';
  if (previous) {
    const change = latest - previous.score;
    if (change >= RISE_THRESHOLD) trend = 'rising';
    else if (change <= -1) trend = 'easing';
    else trend = 'steady';
  }
  return { latest, trend, severe, flare: severe || trend === 'rising' };
}
