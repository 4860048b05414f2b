/** The routine player's pure core: data checks, dosing, pace, splitting into responses, navigation, stored positions. */
import {
  changePace,
  dose,
  navigate,
  planRoutine,
  readRoutine,
  readRoutineRun,
  remaining,
  repsFor,
  resumable,
  Routine,
  RoutineDataError,
  RoutineStep,
  SegmentSpan,
  SegmentTooLongError,
  upcoming,
  addCompletion,
  MAX_COMPLETIONS,
  MAX_STRETCH_RESPONSE_SECONDS,
  firstUnfinished,
} from '../../lambda/core/routine';
import kneeToChestData from '../../content/routines/knee-to-chest.json';
import gentleData from '../../content/routines/gentle.json';

const DAY = 86_400_000;
const now = new Date('2026-11-21T15:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
const kneeToChest = readRoutine(kneeToChestData);
const gentle = readRoutine(gentleData);
const routines = { kneeToChest, gentle };
const kneeStep = kneeToChest.steps[1];

/** A simple estimate: 40 s a repetition, 10 s for a step without holds worth counting. */
const flatEstimate = (routine: Routine) => (span: SegmentSpan) => (span.toRep - span.fromRep + 1) * (routine.steps[span.step].hold.normal + 15);

describe('routine data', () => {
  it('reads the bundled routines', () => {
    expect(kneeToChest.steps.map((step) => step.id)).toEqual(['settle', 'kneeToChest', 'bothKnees', 'rest']);
    expect(gentle.steps.map((step) => step.id)).toEqual(['settle', 'pelvicTilt', 'kneeRolls', 'rest']);
    expect(kneeToChest.osteoporosisAlternative).toBe('gentle');
  });

  const step = (change: Partial<Record<keyof RoutineStep, unknown>>) => ({
    id: 'demo',
    steps: [{ ...kneeToChestData.steps[1], ...change }],
  });

  it.each([
    ['not an object', 'text'],
    ['no steps', { id: 'demo', steps: [] }],
    ['a bad id', { id: 'two words', steps: kneeToChestData.steps }],
    ['repeated step ids', { id: 'demo', steps: [kneeToChestData.steps[0], kneeToChestData.steps[0]] }],
    ['unknown sides', step({ sides: ['up'] })],
    ['alternating without sides', step({ sides: undefined, alternateSides: true })],
    ['reps above 30', step({ reps: 31 })],
    ['a start dose above the maximum', step({ reps: { start: 8, max: 5 } })],
    ['a hold without every pace', step({ hold: { slow: 30, normal: 25 } })],
    ['a hold over a minute', step({ hold: { slow: 90, normal: 25, fast: 20 } })],
    ['an unknown count', step({ count: 'loud' })],
    ['too many breaths', step({ breaths: 12 })],
  ])('refuses %s', (_label, raw) => {
    expect(() => readRoutine(raw)).toThrow(RoutineDataError);
  });

  it('keeps wording out of the routine files: every string is an id or a key', () => {
    const strings: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') strings.push(value);
      else if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk([kneeToChestData, gentleData]);
    for (const text of strings) expect(text).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
  });
});

describe('dosing from completions', () => {
  const completions = (...days: number[]) => days.map((d) => ({ routine: 'kneeToChest', at: daysAgo(d) }));

  it('starts at 3 a side with no completions', () => {
    expect(repsFor(kneeStep, [], 'kneeToChest', now)).toBe(3);
  });

  it('adds 2 every 3 days of practice, up to 10', () => {
    expect(repsFor(kneeStep, completions(1, 0.5), 'kneeToChest', now)).toBe(3);
    expect(repsFor(kneeStep, completions(3, 1), 'kneeToChest', now)).toBe(5);
    expect(repsFor(kneeStep, completions(6, 4, 2), 'kneeToChest', now)).toBe(7);
    expect(repsFor(kneeStep, completions(9, 7, 5, 3, 1), 'kneeToChest', now)).toBe(9);
    expect(repsFor(kneeStep, completions(13, 11, 9, 7, 5, 3, 1), 'kneeToChest', now)).toBe(10);
    expect(repsFor(kneeStep, completions(30, 27, 24, 21, 18, 15, 12, 9, 6, 3, 0.1), 'kneeToChest', now)).toBe(10);
  });

  it('does not step up faster than the days actually practised', () => {
    // First done 9 days ago, but only on one day since: one step up.
    expect(repsFor(kneeStep, completions(6), 'kneeToChest', now)).toBe(5);
    expect(repsFor(kneeStep, completions(6.2, 6.1, 6), 'kneeToChest', now)).toBe(5);
  });

  it('starts again after a week off, or from a new spasm', () => {
    expect(repsFor(kneeStep, completions(20, 17, 14, 11), 'kneeToChest', now)).toBe(3);
    expect(repsFor(kneeStep, completions(30, 27, 24, 21, 3, 2), 'kneeToChest', now)).toBe(5);
    expect(repsFor(kneeStep, completions(9, 6, 3, 1), 'kneeToChest', now, new Date(daysAgo(2)))).toBe(3);
  });

  it('counts only completions of the same routine, and keeps fixed repetitions fixed', () => {
    const other = [9, 6, 3].map((d) => ({ routine: 'gentle', at: daysAgo(d) }));
    expect(repsFor(kneeStep, other, 'kneeToChest', now)).toBe(3);
    expect(dose(kneeToChest, completions(9, 6, 3, 1), now)).toEqual([1, 9, 1, 1]);
    expect(dose(gentle, [], now)).toEqual([1, 5, 5, 1]);
  });

  it('keeps a bounded list of completions', () => {
    let list = addCompletion([], 'kneeToChest', now);
    for (let i = 0; i < MAX_COMPLETIONS + 5; i += 1) list = addCompletion(list, 'kneeToChest', now);
    expect(list).toHaveLength(MAX_COMPLETIONS);
  });
});

describe('pace', () => {
  it('steps between slow, normal and fast, and says when it cannot go further', () => {
    expect(changePace('normal', 'slower')).toEqual({ pace: 'slow', changed: true });
    expect(changePace('slow', 'slower')).toEqual({ pace: 'slow', changed: false });
    expect(changePace('normal', 'faster')).toEqual({ pace: 'fast', changed: true });
    expect(changePace('fast', 'faster')).toEqual({ pace: 'fast', changed: false });
    expect(changePace('fast', 'slower')).toEqual({ pace: 'normal', changed: true });
  });
});

describe('splitting into responses', () => {
  it('gives each side of a step its own response, and each alternating step one', () => {
    const plan = planRoutine(kneeToChest, [1, 3, 1, 1], 'normal', flatEstimate(kneeToChest), 195);
    expect(plan.segments.map((s) => [s.step, s.side, s.fromRep, s.toRep])).toEqual([
      [0, undefined, 1, 1],
      [1, 'right', 1, 3],
      [1, 'left', 1, 3],
      [2, undefined, 1, 1],
      [3, undefined, 1, 1],
    ]);
    const rolls = planRoutine(gentle, [1, 5, 5, 1], 'normal', flatEstimate(gentle), 195);
    expect(rolls.segments.filter((s) => s.step === 2)).toEqual([{ step: 2, fromRep: 1, toRep: 5, reps: 5, seconds: 90 }]);
  });

  it('splits a long side so that each response fits the budget', () => {
    const plan = planRoutine(kneeToChest, [1, 10, 1, 1], 'normal', flatEstimate(kneeToChest), 195);
    const right = plan.segments.filter((s) => s.step === 1 && s.side === 'right');
    expect(right.map((s) => [s.fromRep, s.toRep])).toEqual([[1, 4], [5, 8], [9, 10]]);
    for (const segment of plan.segments) expect(segment.seconds).toBeLessThanOrEqual(195);
  });

  it('keeps every response within a minute by default: one knee hold each, a few short rolls', () => {
    expect(MAX_STRETCH_RESPONSE_SECONDS).toBe(60);
    const plan = planRoutine(kneeToChest, [1, 3, 1, 1], 'normal', flatEstimate(kneeToChest));
    expect(plan.segments.filter((s) => s.step === 1).map((s) => [s.side, s.fromRep, s.toRep])).toEqual([
      ['right', 1, 1],
      ['right', 2, 2],
      ['right', 3, 3],
      ['left', 1, 1],
      ['left', 2, 2],
      ['left', 3, 3],
    ]);
    const rolls = planRoutine(gentle, [1, 5, 5, 1], 'normal', flatEstimate(gentle)).segments.filter((s) => s.step === 2);
    expect(rolls.map((s) => [s.fromRep, s.toRep])).toEqual([[1, 3], [4, 5]]);
    for (const segment of plan.segments) expect(segment.seconds).toBeLessThanOrEqual(60);
  });

  it('refuses a single repetition that does not fit', () => {
    expect(() => planRoutine(kneeToChest, [1, 3, 1, 1], 'normal', () => 500)).toThrow(SegmentTooLongError);
  });
});

describe('navigation', () => {
  const plan = planRoutine(kneeToChest, [1, 3, 1, 1], 'normal', flatEstimate(kneeToChest), 195);
  const last = plan.segments.length - 1;

  it.each([
    ['next', 0, { kind: 'play', index: 1 }],
    ['next', 2, { kind: 'play', index: 3 }],
    ['next', last, { kind: 'end' }],
    ['back', 0, { kind: 'play', index: 0, atFirst: true }],
    ['back', 2, { kind: 'play', index: 1 }],
    ['back', last, { kind: 'play', index: last - 1 }],
    ['repeat', 0, { kind: 'play', index: 0 }],
    ['repeat', 2, { kind: 'play', index: 2 }],
    ['repeat', last, { kind: 'play', index: last }],
    ['startOver', 0, { kind: 'play', index: 0 }],
    ['startOver', 2, { kind: 'play', index: 0 }],
    ['startOver', last, { kind: 'play', index: 0 }],
  ] as const)('%s from segment %d', (command, from, move) => {
    expect(navigate(plan, from, command)).toEqual(move);
  });

  it('knows what comes next and what is left', () => {
    expect([0, 1, 2, 3, 4].map((i) => upcoming(plan, i))).toEqual(['nextStep', 'otherSide', 'nextStep', 'nextStep', 'none']);
    const split = planRoutine(kneeToChest, [1, 10, 1, 1], 'normal', flatEstimate(kneeToChest));
    expect(upcoming(split, 1)).toBe('moreReps');
    expect(remaining(plan, 0).sets).toBe(4);
    expect(remaining(plan, last)).toEqual({ sets: 0, seconds: 0 });
  });

  it('picks up at the first unfinished hold: the one after the last played, nothing after the last', () => {
    expect([0, 1, 2, 3].map((i) => firstUnfinished(plan, i))).toEqual([1, 2, 3, 4]);
    expect(firstUnfinished(plan, last)).toBeUndefined();
  });
});

describe('stored positions', () => {
  const run = { routineId: 'kneeToChest', reps: [1, 3, 1, 1], pace: 'slow', step: 1, side: 'left', rep: 1 };

  it('reads a valid position', () => {
    expect(readRoutineRun(run, routines)).toEqual(run);
    expect(readRoutineRun({ ...run, completed: true }, routines)).toEqual({ ...run, completed: true });
  });

  it.each([
    ['an unknown routine', { ...run, routineId: 'yoga' }],
    ['a step out of range', { ...run, step: 9 }],
    ['a repetition beyond the dose', { ...run, rep: 4 }],
    ['a missing side where the step has sides', { ...run, side: undefined }],
    ['a side where the step has none', { ...run, step: 2 }],
    ['an unknown pace', { ...run, pace: 'sprint' }],
    ['a dose for another routine', { ...run, reps: [1, 3] }],
    ['not an object', 'left knee'],
  ])('ignores %s', (_label, raw) => {
    expect(readRoutineRun(raw, routines)).toBeUndefined();
  });

  it('offers a stopped routine again for twelve hours', () => {
    expect(resumable(new Date(now.getTime() - 11 * 3_600_000).toISOString(), now)).toBe(true);
    expect(resumable(new Date(now.getTime() - 13 * 3_600_000).toISOString(), now)).toBe(false);
    expect(resumable(undefined, now)).toBe(false);
    expect(resumable('yesterday', now)).toBe(false);
  });
});
