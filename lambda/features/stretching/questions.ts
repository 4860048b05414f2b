/**
 * What the session remembers for a guided stretch routine, read back defensively from the session attributes:
 * the routine in progress (the segment last played, its dose and pace), and the questions the routine asks:
 * the check-in that closed the last step ("Other knee?"), which "yes", "no" and "ready" answer, and "how bad is
 * your pain right now?" asked before stretching, which a score answers.
 */
import { readRoutineRun, RoutineRun } from '../../core/routine';
import { ROUTINES } from './routines';

export type RoutineQuestion =
  | { kind: 'routine' }
  /** Before stretching: the routine to start (or to pick up, when resume) once the score allows it. */
  | { kind: 'stretchPain'; routine: string; resume: boolean };

export function readRoutineQuestion(raw: unknown): RoutineQuestion | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { kind, routine, resume } = raw as Record<string, unknown>;
  if (kind === 'routine') return { kind };
  if (kind === 'stretchPain' && typeof routine === 'string' && ROUTINES[routine]) return { kind, routine, resume: resume === true };
  return undefined;
}

export function readRoutineSession(raw: unknown): RoutineRun | undefined {
  return readRoutineRun(raw, ROUTINES);
}
