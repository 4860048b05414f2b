/**
 * The guided-stretch feature's own records in the user's stored state, each under its own key and read
 * defensively (a record this version cannot read is ignored, never fatal):
 * - `routine`: where an unfinished routine stands (its first unfinished hold), so a later session can pick up there;
 * - `stretch`: completed routines (for the dose), the chosen pace and routine, and when the safety line was heard.
 *   The routine is kept, never why it was chosen: "I have osteoporosis" is a health detail the skill does not store.
 */
import { addCompletion, Completion, MAX_COMPLETIONS, Pace, PACES, readRoutineRun, Routine, RoutineRun } from './routine';
import { UserState } from './user-state';

export const ROUTINE_KEY = 'routine';
export const STRETCH_KEY = 'stretch';

export interface SavedRoutine extends RoutineRun {
  /** ISO instant the position was saved. */
  savedAt: string;
}

export interface StretchRecord {
  completions: Completion[];
  pace: Pace;
  /** The routine to play unless the user names one (the gentle one, once asked for). */
  routine?: string;
  /** ISO instant the first-time safety line was spoken. */
  safetyHeardAt?: string;
}

export function readSavedRoutine(user: UserState, routines: Readonly<Record<string, Routine>>): SavedRoutine | undefined {
  const raw = user[ROUTINE_KEY];
  const run = readRoutineRun(raw, routines);
  if (!run || run.completed) return undefined;
  const savedAt = (raw as { savedAt?: unknown }).savedAt;
  if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) return undefined;
  return { ...run, savedAt };
}

export function saveRoutine(user: UserState, run: RoutineRun, now: Date): void {
  user[ROUTINE_KEY] = { ...run, savedAt: now.toISOString() };
}

export function forgetRoutine(user: UserState): void {
  delete user[ROUTINE_KEY];
}

export function readStretchRecord(user: UserState): StretchRecord {
  const raw = user[STRETCH_KEY];
  const record: StretchRecord = { completions: [], pace: 'normal' };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return record;
  const { completions, pace, routine, safetyHeardAt } = raw as Record<string, unknown>;
  if (Array.isArray(completions)) {
    record.completions = completions.filter(isCompletion).slice(-MAX_COMPLETIONS);
  }
  if (typeof pace === 'string' && (PACES as readonly string[]).includes(pace)) record.pace = pace as Pace;
  if (typeof routine === 'string' && /^[A-Za-z][A-Za-z0-9]*$/.test(routine)) record.routine = routine;
  if (typeof safetyHeardAt === 'string' && !Number.isNaN(Date.parse(safetyHeardAt))) record.safetyHeardAt = safetyHeardAt;
  return record;
}

/** Changes the stretch record in place on a user state (for turn.update, so the change replays on a fresher copy). */
export function updateStretchRecord(user: UserState, change: (record: StretchRecord) => StretchRecord): void {
  user[STRETCH_KEY] = change(readStretchRecord(user));
}

export function recordCompletion(user: UserState, routineId: string, now: Date): void {
  updateStretchRecord(user, (record) => ({ ...record, completions: addCompletion(record.completions, routineId, now) }));
}

function isCompletion(value: unknown): value is Completion {
  if (typeof value !== 'object' || value === null) return false;
  const { routine, at } = value as Record<string, unknown>;
  return typeof routine === 'string' && typeof at === 'string' && !Number.isNaN(Date.parse(at));
}
