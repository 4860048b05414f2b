/** Red-flag triage: which warning signs mean emergency care now, which mean a doctor today. Advises, never diagnoses. */

export const EMERGENCY_FLAGS = [
  'SADDLE_NUMBNESS',
  'BLADDER',
  'BOWEL',
  'LEG_WEAKNESS',
  'SERIOUS_FALL',
  'CHEST_PAIN',
] as const;

export const SAME_DAY_FLAGS = [
  'FEVER',
  'CANCER_HISTORY',
  'WEIGHT_LOSS',
  'NIGHT_PAIN',
  'MINOR_FALL_OSTEOPOROSIS',
  'IMMUNE',
] as const;

export type EmergencyFlag = (typeof EMERGENCY_FLAGS)[number];
export type SameDayFlag = (typeof SAME_DAY_FLAGS)[number];
export type RedFlag = EmergencyFlag | SameDayFlag;

export type TriageResult =
  | { urgency: 'emergency'; flag: EmergencyFlag }
  | { urgency: 'sameDay'; flag: SameDayFlag }
  /** A warning sign was mentioned but not recognised: answer as for an emergency, listing the signs. */
  | { urgency: 'unrecognised' };

export function isRedFlag(id: string): id is RedFlag {
  return (EMERGENCY_FLAGS as readonly string[]).includes(id) || (SAME_DAY_FLAGS as readonly string[]).includes(id);
}

export function triage(flagId: string | undefined): TriageResult {
  if (flagId && (EMERGENCY_FLAGS as readonly string[]).includes(flagId)) {
    return { urgency: 'emergency', flag: flagId as EmergencyFlag };
  }
  if (flagId && (SAME_DAY_FLAGS as readonly string[]).includes(flagId)) {
    return { urgency: 'sameDay', flag: flagId as SameDayFlag };
  }
  return { urgency: 'unrecognised' };
}
