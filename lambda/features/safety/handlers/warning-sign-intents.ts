/**
 * Which intent of the interaction model is which warning sign. One intent per sign, with no slot (see
 * interaction-models/source/): the model, not a slot value, says which sign was heard. UrgentHelpIntent ("this is an
 * emergency", "call an ambulance") names no sign and gets the whole list.
 */
import type { RedFlag } from '../../../core/triage';

export const WARNING_SIGN_INTENTS = {
  RedFlagSaddleNumbnessIntent: 'SADDLE_NUMBNESS',
  RedFlagBladderIntent: 'BLADDER',
  RedFlagBowelIntent: 'BOWEL',
  RedFlagLegWeaknessIntent: 'LEG_WEAKNESS',
  RedFlagSeriousFallIntent: 'SERIOUS_FALL',
  RedFlagChestPainIntent: 'CHEST_PAIN',
  RedFlagFeverIntent: 'FEVER',
  RedFlagCancerHistoryIntent: 'CANCER_HISTORY',
  RedFlagWeightLossIntent: 'WEIGHT_LOSS',
  RedFlagNightPainIntent: 'NIGHT_PAIN',
  RedFlagMinorFallIntent: 'MINOR_FALL_OSTEOPOROSIS',
  RedFlagImmuneIntent: 'IMMUNE',
} as const satisfies Record<string, RedFlag>;

export type WarningSignIntent = keyof typeof WARNING_SIGN_INTENTS;

export const URGENT_HELP_INTENT = 'UrgentHelpIntent';

/** Every intent the warning-sign handler answers. */
export const URGENT_INTENTS: readonly string[] = [...Object.keys(WARNING_SIGN_INTENTS), URGENT_HELP_INTENT];

export function warningSignOf(intentName: string): RedFlag | undefined {
  return Object.prototype.hasOwnProperty.call(WARNING_SIGN_INTENTS, intentName)
    ? WARNING_SIGN_INTENTS[intentName as WarningSignIntent]
    : undefined;
}
