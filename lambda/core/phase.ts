/** Where the user stands in recovery, from the onset time, the clock and the pain history. */
import { HOUR_MS } from './clock';
import { PainEntry, PainPicture, painPicture } from './pain';
import { localDayNumber } from './zone-calendar';

export type CarePhase = 'unknown' | 'ice' | 'iceOrHeat' | 'heat' | 'stretching' | 'prevention';

/** Ice and relief up to 48 h; 48-72 h either; heat after 72 h (care protocol, phase table). */
export const ICE_ONLY_HOURS = 48;
export const HEAT_FROM_HOURS = 72;
/** Pain at or below this, not rising, counts as "begun to ease": gentle stretching may start. */
export const EASED_PAIN = 4;
/** Pain at or below this after the acute window counts as recovered. */
export const RECOVERED_PAIN = 1;
/** NHS: no better after about two weeks of self-care, see a GP. */
export const ROUTINE_REVIEW_DAYS = 14;

export interface PhaseView {
  phase: CarePhase;
  hoursSinceOnset?: number;
  /** Day of recovery by the user's calendar: 1 on the day it began, 2 the day after. */
  day?: number;
  pain: PainPicture;
  /** Still hurting after two weeks: suggest a routine doctor's visit. */
  seeDoctorSoon: boolean;
}

export function carePhase(
  onsetAt: Date | undefined,
  pain: readonly PainEntry[],
  now: Date,
  timeZone = 'UTC',
): PhaseView {
  const picture = painPicture(pain, now);
  if (!onsetAt) return { phase: 'unknown', pain: picture, seeDoctorSoon: false };
  const hours = Math.max(0, (now.getTime() - onsetAt.getTime()) / HOUR_MS);
  const day = calendarDaysBetween(onsetAt, now, timeZone) + 1;
  const seeDoctorSoon =
    hours >= ROUTINE_REVIEW_DAYS * 24 && picture.latest !== undefined && picture.latest >= EASED_PAIN;
  return { phase: phaseFor(hours, picture), hoursSinceOnset: hours, day, pain: picture, seeDoctorSoon };
}

function phaseFor(hours: number, pain: PainPicture): CarePhase {
  if (hours < ICE_ONLY_HOURS) return 'ice';
  if (hours < HEAT_FROM_HOURS) return 'iceOrHeat';
  if (pain.latest === undefined || pain.flare) return 'heat';
  if (pain.latest <= RECOVERED_PAIN) return 'prevention';
  if (pain.latest <= EASED_PAIN) return 'stretching';
  return 'heat';
}

/** Whole calendar days from one instant to another, as the user's wall calendar counts them. */
function calendarDaysBetween(from: Date, to: Date, timeZone: string): number {
  const start = localDayNumber(from, timeZone);
  const end = localDayNumber(to, timeZone);
  if (start === undefined || end === undefined) return Math.floor((to.getTime() - from.getTime()) / (24 * HOUR_MS));
  return Math.max(0, end - start);
}
