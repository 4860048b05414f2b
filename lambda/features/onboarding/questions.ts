/**
 * The privacy questions the skill asks, and what the session remembers of them, read back defensively from the
 * session attributes (which come back from the device).
 */

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
