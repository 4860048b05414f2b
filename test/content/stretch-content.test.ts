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

/** Lines that close a response or a routine: heard again and again, so never twice in the same words. */
const CLOSING_LISTS = ['stretch:feedback.set', 'stretch:question.moreReps', 'stretch:stop.finished'];

describe.each(locales)('closing lines for %s', (locale) => {
  const speech = createSpeech(locale);
  const variants = (key: string) => {
    const all: string[] = [];
    for (let i = 0; speech.has(`${key}.${i}`); i += 1) all.push(speech.sayFirst([`${key}.${i}`]));
    return all;
  };

  it.each(CLOSING_LISTS)('%s has several variants, none the same', (key) => {
    const all = variants(key);
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(new Set(all.map((line) => line.toLowerCase())).size).toBe(all.length);
  });

  it('ends each routine, and the routine as a whole, in words of its own, with how to get up', () => {
    const lines = [
      ...Object.keys(ROUTINES).map((id) => speech.sayFirst([`stretch:done.${id}`])),
      speech.say('stretch:getUp.steps'),
      speech.say('stretch:getUp.reminder'),
      ...variants('stretch:stop.finished'),
    ];
    expect(new Set(lines).size).toBe(lines.length);
    // No closing sentence is shared either: each line's sentences are its own.
    const sentences = lines.flatMap((line) => line.split(/(?<=[.!?])\s+/));
    expect(new Set(sentences).size).toBe(sentences.length);
  });

  it('has the gate, the getting-up and the osteoporosis lines, and no override of the gate', () => {
    for (const key of [
      'stretch:gate.acute',
      'stretch:gate.severePain',
      'stretch:gate.risingPain',
      'stretch:gate.instead',
      'stretch:gate.askPain',
      'stretch:gate.needOnset',
      'stretch:getUp.steps',
      'stretch:getUp.reminder',
      'stretch:osteoporosis.switch',
      'stretch:osteoporosis.already',
      'stretch:osteoporosis.noted',
    ]) {
      expect({ key, exists: speech.has(key) }).toEqual({ key, exists: true });
    }
    expect(speech.has('stretch:gate.goAheadHint')).toBe(false);
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
