/** The safety feature's questions, read back defensively from the session attributes. */

export type SafetyQuestion =
  /** "Do you have any numbness between your legs, ...?" (asked first on every launch until it is answered) */
  | { kind: 'safetyCheck' }
  /** "Last time you told me about a warning sign. Did you get checked?" (the launch after a warning sign) */
  | { kind: 'gotChecked' }
  /** The safety check again, after "you misheard me" about a stored warning sign: only its "no" takes the sign off. */
  | { kind: 'misheardCheck' };

export function readSafetyQuestion(raw: Record<string, unknown>): SafetyQuestion | undefined {
  return raw.kind === 'safetyCheck' || raw.kind === 'gotChecked' || raw.kind === 'misheardCheck' ? { kind: raw.kind } : undefined;
}
