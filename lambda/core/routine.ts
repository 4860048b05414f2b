/**
 * The guided-stretch player as a pure state machine over routine data (content/routines/*.json):
 * where a routine stands (step, side, repetition), the pace (hold seconds and speech rate), navigation,
 * dosing from stored completions, and splitting steps into spoken segments that each fit one response.
 * No ASK types, no wording: the speech layer renders a segment from its cue keys.
 */
import { DAY_MS, HOUR_MS } from './clock';

export const PACES = ['slow', 'normal', 'fast'] as const;
export type Pace = (typeof PACES)[number];
export const SIDES = ['right', 'left'] as const;
export type Side = (typeof SIDES)[number];

/** A value that differs by pace (hold or rest seconds). */
export type ByPace = Record<Pace, number>;

/** Repetitions: fixed, or dosed from completions (start low, grow every few days, up to a maximum). */
export type RepsSpec = number | { start: number; max: number };

/** How a hold is counted: "Hold for 25 seconds ... three, two, one", a bare "Hold.", or not at all (breathing only). */
export type HoldCount = 'timed' | 'short' | 'none';

export interface RoutineStep {
  /** Stable id, stored in a user's position. */
  id: string;
  /** Cue key prefix in the locale's stretch namespace: stretch:step.<cues>.*. */
  cues: string;
  /** Done on each side in turn; with alternateSides, both sides within each repetition. */
  sides?: Side[];
  alternateSides?: boolean;
  reps: RepsSpec;
  /** Seconds in the position per repetition (per side when alternating). */
  hold: ByPace;
  /** Seconds to move into the position after the cue. */
  move: ByPace;
  /** Seconds of rest between repetitions within one response. */
  rest: ByPace;
  /** Breathing cues spoken during a hold ("breathe in... and out"); short steady lines pace the rest (speech/pacing). */
  breaths: number;
  count: HoldCount;
}

export interface Routine {
  id: string;
  /** Another routine for people with osteoporosis (the pelvic-tilt routine instead of knee-to-chest). */
  osteoporosisAlternative?: string;
  steps: RoutineStep[];
}

// ---------------------------------------------------------------------------------------------
// Routine data

export class RoutineDataError extends Error {}

/** Checks routine data from a content file and returns it typed; throws RoutineDataError naming the problem. */
export function readRoutine(raw: unknown, source = 'routine'): Routine {
  const fail = (problem: string): never => {
    throw new RoutineDataError(`${source}: ${problem}`);
  };
  if (!isRecord(raw)) return fail('not an object');
  if (!isId(raw.id)) fail('id must be a word');
  if (raw.osteoporosisAlternative !== undefined && !isId(raw.osteoporosisAlternative)) fail('bad osteoporosisAlternative');
  if (!Array.isArray(raw.steps) || raw.steps.length === 0) return fail('steps must be a non-empty list');
  const ids = new Set<string>();
  const steps = raw.steps.map((step: unknown, index): RoutineStep => {
    const at = `step ${index + 1}`;
    if (!isRecord(step)) return fail(`${at} is not an object`);
    if (!isId(step.id) || ids.has(step.id)) fail(`${at}: id missing or repeated`);
    ids.add(step.id as string);
    if (!isId(step.cues)) fail(`${at}: cues must be a key`);
    if (step.sides !== undefined) {
      const sides = step.sides;
      if (!Array.isArray(sides) || sides.length === 0 || !sides.every(isSide) || new Set(sides).size !== sides.length) {
        fail(`${at}: sides must be right and/or left`);
      }
    }
    if (step.alternateSides !== undefined && (typeof step.alternateSides !== 'boolean' || step.sides === undefined)) {
      fail(`${at}: alternateSides needs sides`);
    }
    const reps = step.reps;
    if (typeof reps === 'number') {
      if (!isCount(reps)) fail(`${at}: reps must be 1 to 30`);
    } else if (!isRecord(reps) || !isCount(reps.start) || !isCount(reps.max) || (reps.start as number) > (reps.max as number)) {
      fail(`${at}: reps must be a number or { start, max }`);
    }
    for (const key of ['hold', 'move', 'rest'] as const) {
      if (!isByPace(step[key])) fail(`${at}: ${key} must give seconds (0-60) for slow, normal and fast`);
    }
    if (typeof step.breaths !== 'number' || !Number.isInteger(step.breaths) || step.breaths < 0 || step.breaths > 10) {
      fail(`${at}: breaths must be 0 to 10`);
    }
    if (step.count !== 'timed' && step.count !== 'short' && step.count !== 'none') fail(`${at}: count must be timed, short or none`);
    return step as unknown as RoutineStep;
  });
  return { ...(raw as unknown as Routine), steps };
}

// ---------------------------------------------------------------------------------------------
// Dosing

/** A finished routine, as stored. */
export interface Completion {
  routine: string;
  /** ISO instant. */
  at: string;
}

export const MAX_COMPLETIONS = 60;
/** Repetitions grow every this many days of practice (the guidelines: "add 1-2 every few days"). */
export const DAYS_PER_STEP_UP = 3;
export const REPS_PER_STEP_UP = 2;
/** A break longer than this starts the dose again from the beginning. */
export const RESTART_AFTER_DAYS = 7;

/**
 * Repetitions for a step from the user's completions of the routine: the start dose at first, two more for
 * every three days since the first completion of the current run of practice (a gap of over a week, or a new
 * spasm, starts a new run), but never more steps up than days actually practised, and never above the maximum.
 */
export function repsFor(step: RoutineStep, completions: readonly Completion[], routineId: string, now: Date, since?: Date): number {
  if (typeof step.reps === 'number') return step.reps;
  const { start, max } = step.reps;
  const times = completions
    .filter((entry) => entry.routine === routineId)
    .map((entry) => Date.parse(entry.at))
    .filter((time) => Number.isFinite(time) && time <= now.getTime() && (!since || time >= since.getTime()))
    .sort((a, b) => a - b);
  if (times.length === 0) return start;
  let runStart = 0;
  for (let i = 1; i < times.length; i += 1) {
    if (times[i] - times[i - 1] > RESTART_AFTER_DAYS * DAY_MS) runStart = i;
  }
  // A run that ended more than a week ago is over too.
  if (now.getTime() - times[times.length - 1] > RESTART_AFTER_DAYS * DAY_MS) return start;
  const run = times.slice(runStart);
  const days = Math.floor((now.getTime() - run[0]) / DAY_MS);
  const practiceDays = new Set(run.map((time) => Math.floor(time / DAY_MS))).size;
  const stepsUp = Math.min(Math.floor(days / DAYS_PER_STEP_UP), practiceDays);
  return Math.min(max, start + REPS_PER_STEP_UP * stepsUp);
}

export function dose(routine: Routine, completions: readonly Completion[], now: Date, since?: Date): number[] {
  return routine.steps.map((step) => repsFor(step, completions, routine.id, now, since));
}

export function addCompletion(completions: readonly Completion[], routineId: string, now: Date): Completion[] {
  return [...completions, { routine: routineId, at: now.toISOString() }].slice(-MAX_COMPLETIONS);
}

// ---------------------------------------------------------------------------------------------
// Pace

/** Speech rate for each pace, as Alexa's prosody accepts it (a percentage of at least 20%); normal is unchanged. */
export const PROSODY_RATES: Record<Pace, string | undefined> = { slow: '85%', normal: undefined, fast: '115%' };

export function changePace(pace: Pace, direction: 'slower' | 'faster'): { pace: Pace; changed: boolean } {
  const index = PACES.indexOf(pace) + (direction === 'slower' ? -1 : 1);
  if (index < 0 || index >= PACES.length) return { pace, changed: false };
  return { pace: PACES[index], changed: true };
}

// ---------------------------------------------------------------------------------------------
// Segments: one response each

/**
 * Every response of a routine is at most this much audio, holds included: a person on the floor hears one or two
 * holds and a check-in ("Good. Other knee?"), never minutes of speech to follow (Alexa itself allows 240 s).
 */
export const MAX_STRETCH_RESPONSE_SECONDS = 60;
/** What comes before the first step: one safety line and how to stop. */
export const MAX_INTRO_SECONDS = 20;

/** Part of a step that is spoken in one response: some repetitions on one side (or of a step without sides). */
export interface SegmentSpan {
  step: number;
  side?: Side;
  fromRep: number;
  toRep: number;
}

export interface Segment extends SegmentSpan {
  /** Repetitions of this step on this side in all. */
  reps: number;
  /** Estimated seconds of the whole response that plays it. */
  seconds: number;
}

export interface RoutinePlan {
  routine: Routine;
  pace: Pace;
  reps: number[];
  segments: Segment[];
}

export class SegmentTooLongError extends Error {}

/**
 * Splits every step into segments: each side of a step on its own, and as many repetitions in one response as
 * fit the budget by the estimate (at least one, and a repetition that cannot fit is an error in the content).
 * `estimate` renders the response for a span and measures it.
 */
export function planRoutine(
  routine: Routine,
  reps: readonly number[],
  pace: Pace,
  estimate: (span: SegmentSpan) => number,
  budget = MAX_STRETCH_RESPONSE_SECONDS,
): RoutinePlan {
  const segments: Segment[] = [];
  routine.steps.forEach((step, stepIndex) => {
    const total = Math.max(1, reps[stepIndex] ?? 1);
    const sides: Array<Side | undefined> = step.sides && !step.alternateSides ? step.sides : [undefined];
    for (const side of sides) {
      let fromRep = 1;
      while (fromRep <= total) {
        const base = side ? { step: stepIndex, side } : { step: stepIndex };
        let toRep = fromRep;
        let seconds = estimate({ ...base, fromRep, toRep });
        if (seconds > budget) {
          throw new SegmentTooLongError(`${routine.id} step ${step.id}: one repetition takes ${Math.round(seconds)} s`);
        }
        while (toRep < total) {
          const longer = estimate({ ...base, fromRep, toRep: toRep + 1 });
          if (longer > budget) break;
          toRep += 1;
          seconds = longer;
        }
        segments.push({ ...base, fromRep, toRep, reps: total, seconds });
        fromRep = toRep + 1;
      }
    }
  });
  return { routine, pace, reps: [...reps], segments };
}

// ---------------------------------------------------------------------------------------------
// A routine in progress

/**
 * Where a routine stands: a segment (by its first repetition), the dose and the pace. In the session it is the
 * segment last played ("repeat" plays it again); in the user's record, the first unfinished one (see stretch-state).
 */
export interface RoutineRun {
  routineId: string;
  reps: number[];
  pace: Pace;
  step: number;
  side?: Side;
  rep: number;
  /** The last segment has been played: the completion is recorded, and there is nothing to resume. */
  completed?: boolean;
}

export function runAt(run: RoutineRun, segment: SegmentSpan, completed = run.completed): RoutineRun {
  const next: RoutineRun = { routineId: run.routineId, reps: [...run.reps], pace: run.pace, step: segment.step, rep: segment.fromRep };
  if (segment.side) next.side = segment.side;
  if (completed) next.completed = true;
  return next;
}

/** The segment a run stands at; after a change of pace, the new segment holding its repetition. */
export function segmentIndex(plan: RoutinePlan, run: Pick<RoutineRun, 'step' | 'side' | 'rep'>): number {
  const exact = plan.segments.findIndex(
    (s) => s.step === run.step && s.side === run.side && s.fromRep <= run.rep && run.rep <= s.toRep,
  );
  if (exact >= 0) return exact;
  const sameStep = plan.segments.findIndex((s) => s.step === run.step && (run.side === undefined || s.side === run.side));
  return Math.max(0, sameStep);
}

export type NavigationCommand = 'next' | 'back' | 'repeat' | 'startOver';

export type Move =
  /** Play this segment. atFirst: "back" at the first segment plays it again. */
  | { kind: 'play'; index: number; atFirst?: boolean }
  /** "next" after the last segment: nothing left to play. */
  | { kind: 'end' };

export function navigate(plan: RoutinePlan, current: number, command: NavigationCommand): Move {
  const last = plan.segments.length - 1;
  const at = Math.min(Math.max(current, 0), last);
  switch (command) {
    case 'next':
      return at >= last ? { kind: 'end' } : { kind: 'play', index: at + 1 };
    case 'back':
      return at === 0 ? { kind: 'play', index: 0, atFirst: true } : { kind: 'play', index: at - 1 };
    case 'repeat':
      return { kind: 'play', index: at };
    case 'startOver':
      return { kind: 'play', index: 0 };
  }
}

export function isLastSegment(plan: RoutinePlan, index: number): boolean {
  return index >= plan.segments.length - 1;
}

/**
 * Where to pick up after the segment at `index` was played: the first unfinished hold, which is the next segment
 * (a response is played whole before the user answers it); undefined after the last, when nothing is left.
 */
export function firstUnfinished(plan: RoutinePlan, index: number): number | undefined {
  return index + 1 < plan.segments.length ? index + 1 : undefined;
}

/** What the next segment is, relative to the one just played: for the question that closes a response. */
export type Upcoming = 'moreReps' | 'otherSide' | 'nextStep' | 'none';

export function upcoming(plan: RoutinePlan, index: number): Upcoming {
  const current = plan.segments[index];
  const next = plan.segments[index + 1];
  if (!current || !next) return 'none';
  if (next.step !== current.step) return 'nextStep';
  return next.side !== current.side ? 'otherSide' : 'moreReps';
}

export interface Remaining {
  /** Segments after the current one. */
  sets: number;
  /** Estimated seconds of guided audio in them. */
  seconds: number;
}

export function remaining(plan: RoutinePlan, current: number): Remaining {
  const after = plan.segments.slice(Math.max(0, current) + 1);
  return { sets: after.length, seconds: after.reduce((sum, segment) => sum + segment.seconds, 0) };
}

export function totalSeconds(plan: RoutinePlan): number {
  return plan.segments.reduce((sum, segment) => sum + segment.seconds, 0);
}

/** A stopped routine is offered again on launch for this long. */
export const RESUME_WINDOW_HOURS = 12;

export function resumable(savedAt: string | undefined, now: Date): boolean {
  if (!savedAt) return false;
  const at = Date.parse(savedAt);
  return Number.isFinite(at) && at <= now.getTime() + 60_000 && now.getTime() - at <= RESUME_WINDOW_HOURS * HOUR_MS;
}

// ---------------------------------------------------------------------------------------------
// Reading stored positions (session attributes and the user's record come back as unknown JSON)

/** A run as stored, checked against the routine it names; undefined when it no longer fits. */
export function readRoutineRun(raw: unknown, routines: Readonly<Record<string, Routine>>): RoutineRun | undefined {
  if (!isRecord(raw) || typeof raw.routineId !== 'string') return undefined;
  const routine = routines[raw.routineId];
  if (!routine) return undefined;
  const { reps, pace, step, side, rep } = raw;
  if (!Array.isArray(reps) || reps.length !== routine.steps.length || !reps.every(isCount)) return undefined;
  if (typeof pace !== 'string' || !(PACES as readonly string[]).includes(pace)) return undefined;
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 0 || step >= routine.steps.length) return undefined;
  if (typeof rep !== 'number' || !Number.isInteger(rep) || rep < 1 || rep > (reps[step] as number)) return undefined;
  const stepData = routine.steps[step];
  const splitBySide = stepData.sides !== undefined && !stepData.alternateSides;
  if (splitBySide ? !(isSide(side) && stepData.sides?.includes(side)) : side !== undefined) return undefined;
  const run: RoutineRun = { routineId: routine.id, reps: reps as number[], pace: pace as Pace, step, rep };
  if (isSide(side)) run.side = side;
  if (raw.completed === true) run.completed = true;
  return run;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z][A-Za-z0-9]*$/.test(value);
}

function isSide(value: unknown): value is Side {
  return value === 'right' || value === 'left';
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 30;
}

function isByPace(value: unknown): value is ByPace {
  return isRecord(value) && PACES.every((pace) => typeof value[pace] === 'number' && (value[pace] as number) >= 0 && (value[pace] as number) <= 60);
}
