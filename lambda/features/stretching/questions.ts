/**
 * What the session remembers for a guided stretch routine, read back defensively from the session attributes:
 * the routine in progress (the segment last played, its dose and pace), and the question that closed the
 * last step ("Ready for the other side?"), which "yes", "no" and "ready" answer.
 */
import { readRoutineRun, RoutineRun } from '../../core/routine';
import { ROUTINES } from './routines';

export type RoutineQuestion = { kind: 'routine' };

export function readRoutineQuestion(raw: unknown): RoutineQuestion | undefined {
  return typeof raw === 'object' && raw !== null && (raw as { kind?: unknown }).kind === 'routine' ? { kind: 'routine' } : undefined;
}

export function readRoutineSession(raw: unknown): RoutineRun | undefined {
  return readRoutineRun(raw, ROUTINES);
}
