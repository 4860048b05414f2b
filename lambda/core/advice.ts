/** Picks the answer to a care question for the user's phase. Returns content keys, never wording. */
import { CarePhase, PhaseView } from './phase';

export const CARE_TOPICS = [
  'iceDuration',
  'iceFrequency',
  'iceOrHeat',
  'switchToHeat',
  'heatingPad',
  'warmBath',
  'restPosition',
  'movement',
  'tennisBall',
  'painRelief',
  'seeDoctor',
  'prevention',
  'stretchTips',
  'phaseStatus',
] as const;

export type CareTopic = (typeof CARE_TOPICS)[number];

/** How the answer varies: by where the user is, not by every phase for every topic. */
export type AdviceStage = 'unknown' | 'early' | 'transition' | 'later' | 'recovered';

export interface Advice {
  topic: CareTopic;
  stage: AdviceStage;
  /** Rising or severe pain: the answer adds "back to rest and ice". */
  flare: boolean;
  /** Two weeks on and still hurting: the answer adds "see your doctor". */
  seeDoctorSoon: boolean;
  day?: number;
}

const STAGE_OF_PHASE: Record<CarePhase, AdviceStage> = {
  unknown: 'unknown',
  ice: 'early',
  iceOrHeat: 'transition',
  heat: 'later',
  stretching: 'later',
  prevention: 'recovered',
};

export function adviceFor(topic: CareTopic, view: PhaseView): Advice {
  // A flare sends the user back to the early-phase answer, whatever the calendar says.
  const stage = view.pain.flare && view.phase !== 'unknown' ? 'early' : STAGE_OF_PHASE[view.phase];
  return { topic, stage, flare: view.pain.flare, seeDoctorSoon: view.seeDoctorSoon, day: view.day };
}
