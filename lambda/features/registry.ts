/**
 * The registry of every question the skill asks: each feature contributes the answers of its own kinds, and the
 * type checker refuses a kind left out (QuestionRegistry is a mapped type over the kinds). To add a kind: its type
 * and reader in the feature's questions.ts, the reader in kernel/session-state PENDING_READERS, and its answers in
 * the feature's answers.ts (a factory, like privacyAnswers, when they need a part of the skill such as the store).
 */
import { QuestionRegistry } from '../kernel/questions';
import { SkillStore } from '../kernel/user-store';
import { ONBOARDING_ANSWERS } from './onboarding/answers';
import { privacyAnswers } from './onboarding/privacy-answers';
import { SAFETY_ANSWERS } from './safety/answers';
import { PAIN_ANSWERS } from './pain/answers';
import { ICE_HEAT_ANSWERS } from './ice-heat/answers';
import { STRETCHING_ANSWERS } from './stretching/answers';

export function questionRegistry(store: SkillStore): QuestionRegistry {
  return {
    ...ONBOARDING_ANSWERS,
    ...privacyAnswers(store),
    ...SAFETY_ANSWERS,
    ...PAIN_ANSWERS,
    ...ICE_HEAT_ANSWERS,
    ...STRETCHING_ANSWERS,
  };
}
