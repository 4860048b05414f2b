/** The safety feature's questions, read back defensively from the session attributes. */

/** What was asked before the safety check had ever been answered, started once it is answered "no". */
export type AfterCheck = { start: 'ice' | 'heat'; minutes?: number } | { start: 'stretch'; routine?: string };

export type SafetyQuestion =
  /** "Do you have any numbness between your legs, ...?" (asked first on every launch until it is answered) */
  | { kind: 'safetyCheck'; then?: AfterCheck }
  /** "Last time you told me about a warning sign. Did you get checked?" (the launch after a warning sign) */
  | { kind: 'gotChecked' }
  /** The safety check again, after "you misheard me" about a stored warning sign: only its "no" takes the sign off. */
  | { kind: 'misheardCheck' };

export function readSafetyQuestion(raw: Record<string, unknown>): SafetyQuestion | undefined {
  if (raw.kind === 'safetyCheck') return { kind: 'safetyCheck', then: readAfterCheck(raw.then) };
  return raw.kind === 'gotChecked' || raw.kind === 'misheardCheck' ? { kind: raw.kind } : undefined;
}

function readAfterCheck(raw: unknown): AfterCheck | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const value = raw as Record<string, unknown>;
  if (value.start === 'ice' || value.start === 'heat') {
    return { start: value.start, minutes: typeof value.minutes === 'number' && Number.isFinite(value.minutes) ? value.minutes : undefined };
  }
  if (value.start === 'stretch') return { start: 'stretch', routine: typeof value.routine === 'string' ? value.routine : undefined };
  return undefined;
}
