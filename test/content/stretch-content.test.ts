/**
 * The guided-stretch content: every routine's cue keys exist in every locale (a name, an instruction and a "ready?"
 * question for every step and side; an intro, a name and a closing line for every routine), and the screen document
 * reads only data the skill sends.
 */
import { RESOURCES } from '../../lambda/speech/resources';
import { createSpeech } from '../../lambda/speech/i18n';
import { stepCue } from '../../lambda/speech/stretch-cues';
import { ROUTINES } from '../../lambda/features/stretching/routines';
import stretchStep from '../../content/apl/stretch-step.json';

const locales = Object.keys(RESOURCES);

describe.each(locales)('stretch content for %s', (locale) => {
  const speech = createSpeech(locale);

  it.each(Object.values(ROUTINES).map((routine) => [routine.id, routine] as const))('has every cue of %s', (_id, routine) => {
    for (const key of [`stretch:routine.${routine.id}.name`, `stretch:intro.${routine.id}`, `stretch:done.${routine.id}`]) {
      expect({ key, exists: speech.has(key) }).toEqual({ key, exists: true });
    }
    for (const step of routine.steps) {
      for (const side of step.sides ?? [undefined]) {
        for (const leaf of ['first', 'ready', 'name'] as const) {
          expect({ step: step.id, side, leaf, cue: typeof stepCue(speech, step, side, leaf) }).toEqual({ step: step.id, side, leaf, cue: 'string' });
        }
      }
    }
  });
});

describe('the stretch step screen', () => {
  it('is an APL document whose countdown is driven by handleTick from the data the skill sends', () => {
    expect(stretchStep.type).toBe('APL');
    expect(stretchStep.mainTemplate.parameters).toEqual(['payload']);
    const text = JSON.stringify(stretchStep);
    expect(text).toContain('"handleTick"');
    expect(text).toContain('elapsedTime');
    const fields = new Set([...text.matchAll(/payload\.stretchStep\.(\w+)/g)].map((m) => m[1]));
    expect([...fields].sort()).toEqual(['holdSeconds', 'holdStartsMs', 'holdWord', 'progressPercent', 'progressText', 'routineName', 'stepName']);
  });
});
