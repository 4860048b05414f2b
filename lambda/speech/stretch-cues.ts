/**
 * Renders guided-stretch segments from routine data and the locale's stretch cues (stretch:step.<cues>.*):
 * for each repetition, the instruction (in full at the start of a response, short after that), time to move,
 * the paced hold, and the release. Cue text is looked up side first ("step.kneeToChest.right.first"), then for
 * the step ("step.kneeToChest.release"). The guided part has no variants, so its length, and with it the
 * split into responses, is the same on every turn.
 */
import { estimateAudioSeconds, wordsPerMinute } from '../core/audio-time';
import { Pace, planRoutine, Routine, RoutinePlan, RoutineStep, SegmentSpan, Side } from '../core/routine';
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

export function renderSegment(speech: Speech, routine: Routine, span: SegmentSpan, pace: Pace): RenderedSegment {
  const step = routine.steps[span.step];
  const rate = paceRate(pace);
  const perMinute = wordsPerMinute(speech.locale);
  const holdSeconds = step.hold[pace];
  const sides: Array<Side | undefined> = step.alternateSides && step.sides ? step.sides : [span.side];
  const words: HoldWords = {
    breatheIn: speech.say('stretch:hold.breatheIn'),
    breatheOut: speech.say('stretch:hold.breatheOut'),
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
      const opening = rep === span.fromRep;
      const instruction = (opening ? undefined : stepCue(speech, step, side, 'again')) ?? requiredCue(speech, step, side, 'first');
      parts.push(instruction, settleInto(step.move[pace]));
      holdStarts.push(estimateAudioSeconds(joinSpeech(...parts), rate, perMinute));
      parts.push(hold(holdSeconds, step.breaths, words, pace, perMinute));
      const release = stepCue(speech, step, side, 'release');
      if (release) parts.push(release);
      if (sideIndex < sides.length - 1) parts.push(pause(step.rest[pace]));
    });
    if (rep < span.toRep) parts.push(pause(step.rest[pace]));
  }
  return { ssml: joinSpeech(...parts), holdStarts, holdSeconds };
}

/** Estimated seconds of a segment's guided part at its pace. */
export function segmentSeconds(speech: Speech, routine: Routine, span: SegmentSpan, pace: Pace): number {
  return estimateAudioSeconds(renderSegment(speech, routine, span, pace).ssml, paceRate(pace), wordsPerMinute(speech.locale));
}

/** The routine split into responses for this locale's wording, this dose and this pace. */
export function planFor(speech: Speech, routine: Routine, reps: readonly number[], pace: Pace): RoutinePlan {
  return planRoutine(routine, reps, pace, (span) => segmentSeconds(speech, routine, span, pace));
}
