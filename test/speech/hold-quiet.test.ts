/**
 * No long silences in a guided routine: a person on the floor who hears nothing for more than a few seconds does not
 * know whether Alexa is still there. Every response of every routine, at every pace, in every locale, by the skill's
 * own estimate: no quiet (breaks in a row, with no words between) over 5 s, and a slower pace speaks at least as
 * many cues (breaths and steady lines) in a hold as the normal one.
 */
import { PACES, Pace, Routine } from '../../lambda/core/routine';
import { createSpeech, Speech } from '../../lambda/speech/i18n';
import { SUPPORTED_LOCALES } from '../../lambda/speech/resources';
import { planFor, renderSegment, variants } from '../../lambda/speech/stretch-cues';
import { ROUTINES } from '../../lambda/features/stretching/routines';
import { longestQuiet } from '../support/stretch';

/** The most quiet, in seconds, between two spoken words: "a few seconds", written here as the user expects it. */
const MOST_QUIET_SECONDS = 5;

/** Cues that keep a hold company: each breath ("Breathe in, ... and out.") and each steady line ("Keep holding."). */
function cuesIn(speech: Speech, ssml: string): number {
  const lines = new Set([speech.say('stretch:hold.breatheIn'), ...variants(speech, 'stretch:hold.keep'), ...variants(speech, 'stretch:hold.easy')]);
  return [...lines].reduce((sum, line) => sum + ssml.split(line).length - 1, 0);
}

/** The largest dose of a routine: the most repetitions in one response, so the rests between them are heard too. */
function largest(routine: Routine): number[] {
  return routine.steps.map((step) => (typeof step.reps === 'number' ? step.reps : step.reps.max));
}

describe.each(SUPPORTED_LOCALES)('quiet in guided stretches, %s', (locale) => {
  const speech = createSpeech(locale, () => 0);

  it.each(Object.keys(ROUTINES).flatMap((id) => PACES.map((pace) => [id, pace] as const)))(
    '%s at %s pace leaves no quiet over 5 s, in holds, moves or rests',
    (routineId, pace) => {
      const routine = ROUTINES[routineId];
      const plan = planFor(speech, routine, largest(routine), pace);
      const worst = plan.segments.map((segment) => {
        const { ssml } = renderSegment(speech, routine, segment, pace, true);
        return { step: routine.steps[segment.step].id, side: segment.side, quiet: longestQuiet(ssml) };
      });
      const over = worst.filter((entry) => entry.quiet > MOST_QUIET_SECONDS);
      expect(over).toEqual([]);
    },
  );

  it.each(Object.keys(ROUTINES))('%s: a slower pace has at least as many cues in each hold as a quicker one', (routineId) => {
    const routine = ROUTINES[routineId];
    const cues = (pace: Pace) =>
      routine.steps.map((step, index) => {
        const side = step.sides && !step.alternateSides ? step.sides[0] : undefined;
        const { ssml } = renderSegment(speech, routine, { step: index, side, fromRep: 1, toRep: 1 }, pace);
        return cuesIn(speech, ssml);
      });
    const [slow, normal, fast] = PACES.map(cues);
    routine.steps.forEach((step, index) => {
      expect({ step: step.id, slowAtLeastNormal: slow[index] >= normal[index], normalAtLeastFast: normal[index] >= fast[index] }).toEqual({
        step: step.id,
        slowAtLeastNormal: true,
        normalAtLeastFast: true,
      });
    });
    // A hold long enough to need them has steady lines between its breaths at the slow pace.
    expect(slow.some((count, index) => count > routine.steps[index].breaths)).toBe(true);
  });
});
