/**
 * The conversation's own questions (when it began, an offer, "anything else?") and the privacy questions (consent,
 * "forget me"), and what the session remembers of them, read back defensively from the session attributes.
 */
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

/** What follows once the consent question is answered: the question it stood before, or the returning greeting. */
export type AfterConsent = 'onset' | 'greeting';

export type PrivacyQuestion =
  /** "Shall I remember when this started and your pain scores ...?" (asked once; the answer is stored) */
  | { kind: 'healthConsent'; then: AfterConsent }
  /** "Do you want me to forget everything about you ...?" (after "forget me") */
  | { kind: 'forgetMe' };

export type PrivacyQuestionKind = PrivacyQuestion['kind'];

export const PRIVACY_QUESTION_KINDS: readonly PrivacyQuestionKind[] = ['healthConsent', 'forgetMe'];
const AFTER_CONSENT: readonly AfterConsent[] = ['onset', 'greeting'];

export function isPrivacyQuestion(question: { kind: string } | undefined): question is PrivacyQuestion {
  return question !== undefined && (PRIVACY_QUESTION_KINDS as readonly string[]).includes(question.kind);
}

export function readPrivacyQuestion(raw: unknown): PrivacyQuestion | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const value = raw as Record<string, unknown>;
  if (value.kind === 'forgetMe') return { kind: 'forgetMe' };
  if (value.kind === 'healthConsent' && typeof value.then === 'string' && (AFTER_CONSENT as readonly string[]).includes(value.then)) {
    return { kind: 'healthConsent', then: value.then as AfterConsent };
  }
  return undefined;
}

/** What the session remembers of the privacy questions. */
export interface PrivacySessionNotes {
  /** The consent question was asked in this session (answered or not): it is not asked again in it. */
  consentAsked?: boolean;
}

export function readPrivacyNotes(raw: unknown): PrivacySessionNotes | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  return (raw as Record<string, unknown>).consentAsked === true ? { consentAsked: true } : undefined;
}
