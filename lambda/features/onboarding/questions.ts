/** The conversation's own questions (when it began, an offer, "anything else?"), read back defensively. */
import type { Offer } from '../../kernel/session-state';

export const OFFERS: readonly Offer[] = ['iceSession', 'heatTips', 'stretchTips', 'preventionTips', 'safetyCheck', 'restInstead', 'resumeRoutine'];

export type OnboardingQuestion =
  /** "When did the spasm begin?" */
  | { kind: 'onset' }
  /** "Shall we do an ice session?" and the other offers "yes" accepts. */
  | { kind: 'offer'; offer: Offer }
  /** "Anything else?" closing an answer. */
  | { kind: 'anythingElse' }
  /** No question waiting (a one-shot, a new session): what a turn with nothing pending is taken as. */
  | { kind: 'nothingAsked' };

export function readOnboardingQuestion(raw: Record<string, unknown>): OnboardingQuestion | undefined {
  if (raw.kind === 'onset' || raw.kind === 'anythingElse' || raw.kind === 'nothingAsked') return { kind: raw.kind };
  if (raw.kind !== 'offer') return undefined;
  const offer = OFFERS.find((known) => known === raw.offer);
  return offer ? { kind: 'offer', offer } : undefined;
}
