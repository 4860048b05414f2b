/**
 * Renders guided-stretch responses from routine data and the locale's stretch cues (stretch:step.<cues>.*):
 * for each repetition, the instruction (in full the first time, short after that), time to move, the paced hold,
 * and the release; then the check-in that closes the response ("Good. Other knee?"). Cue text is looked up side
 * first ("step.kneeToChest.right.first"), then for the step ("step.kneeToChest.release"). The guided part has no
 * random variants, and check-ins rotate by position, so a routine sounds the same on every run and no two
 * responses in a row close with the same words.
 */
import { estimateAudioSeconds, wordsPerMinute } from '../core/audio-time';
import { isLastSegment, Pace, planRoutine, Routine, RoutinePlan, RoutineStep, SegmentSpan, Side, upcoming } from '../core/routine';
import { Speech } from './i18n';
import { hold, HoldWords, paceRate, settleInto } from './pacing';
import { joinSpeech, pause } from './ssml';

type CueLeaf = 'name' | 'first' | 'again' | 'release' | 'ready';

export interface RenderedSegment {
  /** The guided part, to be read at the pace's rate (see atPace). */
  ssml: string;
  /** When each hold starts, in seconds from the start of the guided part (estimated), for a screen's countdown. */
  holdStarts: number[];
  holdSeconds: number;
}

/** The cue for a step (and side), or undefined when the locale has none for that leaf. */
export function stepCue(speech: Speech, step: RoutineStep, side: Side | undefined, leaf: CueLeaf): string | undefined {
  const keys = [...(side ? [`stretch:step.${step.cues}.${side}.${leaf}`] : []), `stretch:step.${step.cues}.${leaf}`];
  const key = keys.find((candidate) => speech.has(candidate));
  return key ? speech.sayFirst([key]) : undefined;
}

function requiredCue(speech: Speech, step: RoutineStep, side: Side | undefined, leaf: CueLeaf): string {
  const cue = stepCue(speech, step, side, leaf);
  if (cue === undefined) throw new Error(`No stretch cue "${leaf}" for step ${step.id}${side ? ` (${side})` : ''} in ${speech.locale}`);
  return cue;
}

/** The spoken name of the segment's step and side ("the right knee stretch"). */
export function segmentName(speech: Speech, routine: Routine, span: Pick<SegmentSpan, 'step' | 'side'>): string {
  const step = routine.steps[span.step];
  return requiredCue(speech, step, span.side, 'name');
}

/** The question that leads into a segment ("Ready for the other side?"). */
export function readyQuestion(speech: Speech, routine: Routine, span: Pick<SegmentSpan, 'step' | 'side'>): string {
  return requiredCue(speech, routine.steps[span.step], span.side, 'ready');
}

/**
 * The guided part of a segment. The first repetition gets the full instruction, later ones the short "again" cue;
 * `fullInstruction` gives the full one at the start of the response too (picking up in a new session).
 */
export function renderSegment(speech: Speech, routine: Routine, span: SegmentSpan, pace: Pace, fullInstruction = false): RenderedSegment {
  const step = routine.steps[span.step];
  const rate = paceRate(pace);
  const perMinute = wordsPerMinute(speech.locale);
  const holdSeconds = step.hold[pace];
  const sides: Array<Side | undefined> = step.alternateSides && step.sides ? step.sides : [span.side];
  const words: HoldWords = {
    breatheIn: speech.say('stretch:hold.breatheIn'),
    breatheOut: speech.say('stretch:hold.breatheOut'),
    // "Keep holding." only where a position is held; moving and resting get lines of their own.
    steady: variants(speech, step.count === 'none' ? 'stretch:hold.easy' : 'stretch:hold.keep'),
  };
  if (step.count === 'timed') {
    words.start = speech.say('stretch:hold.timed', { seconds: holdSeconds });
    words.countdown = speech.say('stretch:hold.countdown');
  } else if (step.count === 'short') {
    words.start = speech.say('stretch:hold.short');
  }
  const parts: string[] = [];
  const holdStarts: number[] = [];
  for (let rep = span.fromRep; rep <= span.toRep; rep += 1) {
    sides.forEach((side, sideIndex) => {
      const full = rep === 1 || (fullInstruction && rep === span.fromRep);
      const instruction = (full ? undefined : stepCue(speech, step, side, 'again')) ?? requiredCue(speech, step, side, 'first');
      parts.push(instruction, settleInto(step.move[pace]));
      holdStarts.push(estimateAudioSeconds(joinSpeech(...parts), rate, perMinute));
      // Each hold of a response starts its steady lines one further on, so quick knee rolls do not all say the same.
      const steady = words.steady.map((_, i) => words.steady[(i + holdStarts.length - 1) % words.steady.length]);
      parts.push(hold(holdSeconds, step.breaths, { ...words, steady }, pace, perMinute, step.move[pace]));
      const release = stepCue(speech, step, side, 'release');
      if (release) parts.push(release);
      if (sideIndex < sides.length - 1) parts.push(pause(step.rest[pace]));
    });
    if (rep < span.toRep) parts.push(pause(step.rest[pace]));
  }
  return { ssml: joinSpeech(...parts), holdStarts, holdSeconds };
}

/** One of a list of variants by position (the nth response of a routine), so neighbours never say the same words. */
export function rotating(speech: Speech, key: string, position: number): string {
  let count = 0;
  while (speech.has(`${key}.${count}`)) count += 1;
  if (count === 0) return speech.sayFirst([key]);
  return speech.sayFirst([`${key}.${((position % count) + count) % count}`]);
}

/** What is said before the first step: the safety line and how to stop (the first time), then the routine in brief. */
export function introLines(speech: Speech, routine: Routine, params: { reps: number; minutes: number }, safetyLine: boolean): string {
  return joinSpeech(
    safetyLine ? speech.say('stretch:safety.first') : undefined,
    safetyLine && routine.osteoporosisAlternative ? speech.say('stretch:safety.osteoporosis') : undefined,
    safetyLine ? speech.say('stretch:safety.controls') : undefined,
    speech.sayFirst([`stretch:intro.${routine.id}`], params),
  );
}

export interface CheckIn {
  /** Feedback and the question, said after the guided part (after the last segment: the end and how to get up). */
  speak: string;
  question: string;
  reprompt: string;
}

/** The question that closes the response for a segment: what comes next, or "go again?" after the last. */
export function questionFor(speech: Speech, plan: RoutinePlan, index: number): { question: string; reprompt: string } {
  if (isLastSegment(plan, index)) {
    const again = speech.say('stretch:question.again');
    return { question: again, reprompt: joinSpeech(again, speech.say('stretch:reprompt.again')) };
  }
  const question =
    upcoming(plan, index) === 'moreReps' ? rotating(speech, 'stretch:question.moreReps', index) : readyQuestion(speech, plan.routine, plan.segments[index + 1]);
  return { question, reprompt: joinSpeech(question, speech.say('stretch:reprompt.next')) };
}

export function checkIn(speech: Speech, plan: RoutinePlan, index: number): CheckIn {
  const { question, reprompt } = questionFor(speech, plan, index);
  const last = isLastSegment(plan, index);
  const speak = joinSpeech(
    rotating(speech, 'stretch:feedback.set', index),
    last ? speech.sayFirst([`stretch:done.${plan.routine.id}`]) : undefined,
    last ? speech.say('stretch:getUp.steps') : undefined,
    question,
  );
  return { speak, question, reprompt };
}

/** Every variant of a content entry (a list, or one line). */
export function variants(speech: Speech, key: string): string[] {
  const all: string[] = [];
  for (let i = 0; speech.has(`${key}.${i}`); i += 1) all.push(speech.sayFirst([`${key}.${i}`]));
  return all.length > 0 ? all : [speech.sayFirst([key])];
}

function longest(lines: readonly string[], measure: (ssml: string) => number): string {
  return lines.reduce((best, line) => (measure(line) > measure(best) ? line : best), '');
}

/**
 * The whole response for a span, as long as it can get: the intro before the first segment (or the longest
 * "picking up at ..." lead before any other), the guided part, and the longest check-in that can follow it.
 * The split into responses is made on this, so every response fits MAX_STRETCH_RESPONSE_SECONDS.
 */
function responseSeconds(speech: Speech, routine: Routine, reps: readonly number[], span: SegmentSpan, pace: Pace): number {
  const measure = (ssml: string) => estimateAudioSeconds(ssml, paceRate(pace), wordsPerMinute(speech.locale));
  const names = routine.steps.flatMap((step) => (step.sides ?? [undefined]).map((side) => requiredCue(speech, step, side, 'name')));
  const lead =
    span.step === 0 && span.fromRep === 1
      ? introLines(speech, routine, { reps: 10, minutes: 10 }, true)
      : speech.say('stretch:resume.picking', { name: longest(names, measure) });
  const lastStep = routine.steps.length - 1;
  const { sides, alternateSides } = routine.steps[lastStep];
  const lastSide = sides && !alternateSides ? sides[sides.length - 1] : undefined;
  const last = span.step === lastStep && span.side === lastSide && span.toRep >= (reps[lastStep] ?? 1);
  const feedback = longest(variants(speech, 'stretch:feedback.set'), measure);
  const questions = [
    ...variants(speech, 'stretch:question.moreReps'),
    ...routine.steps.flatMap((step) => (step.sides ?? [undefined]).map((side) => requiredCue(speech, step, side, 'ready'))),
  ];
  const closing = last
    ? joinSpeech(feedback, speech.sayFirst([`stretch:done.${routine.id}`]), speech.say('stretch:getUp.steps'), speech.say('stretch:question.again'))
    : joinSpeech(feedback, longest(questions, measure));
  return measure(joinSpeech(lead, renderSegment(speech, routine, span, pace, true).ssml, closing));
}

/** The routine split into responses for this locale's wording, this dose and this pace. */
export function planFor(speech: Speech, routine: Routine, reps: readonly number[], pace: Pace): RoutinePlan {
  return planRoutine(routine, reps, pace, (span) => responseSeconds(speech, routine, reps, span, pace));
}
