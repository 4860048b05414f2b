/** The pain feature's questions, read back defensively from the session attributes. */
import { readPainScore } from '../../core/pain';

export type PainQuestion =
  /** "How bad is your pain right now, from zero to ten?" */
  | { kind: 'pain' }
  /** A lone number heard with no question waiting: "Is that your pain, 7 out of 10?" */
  | { kind: 'painConfirm'; score: number };

export function readPainQuestion(raw: Record<string, unknown>): PainQuestion | undefined {
  if (raw.kind === 'pain') return { kind: 'pain' };
  if (raw.kind !== 'painConfirm') return undefined;
  const reading = readPainScore(String(raw.score));
  return reading.kind === 'ok' ? { kind: 'painConfirm', score: reading.score } : undefined;
}
