/**
 * The sets written after the tuning (HELD_OUT_SETS: the tuning set and each held-out set) are in the same format
 * as the main sets, so Amazon's NLU Evaluation Tool and `npm run nlu` read them alike: they parse, every
 * utterance is spoken words, none is there twice, and every intent is one the model (or its source, as planned) has.
 * Their figures are reported, never held to a floor: a held-out set measures the model, it does not shape it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readInteractionModel } from '../../tools/simulator/model-file';
import { annotationLocales, annotationsDir, HELD_OUT_SETS, readAnnotations } from '../../tools/nlu/annotations';
import { plannedIntents } from '../../tools/nlu/planned';

const sets = HELD_OUT_SETS.filter((set) => existsSync(join(annotationsDir(), set.dir)));

describe.each(sets)('evaluation set $dir', ({ dir }) => {
  it('covers en-US, en-GB and es-ES', () => {
    expect(annotationLocales(undefined, dir)).toEqual(expect.arrayContaining(['en-US', 'en-GB', 'es-ES']));
  });

  it.each(annotationLocales(undefined, dir))('%s: spoken words only, no utterance twice, only intents the model has', (locale) => {
    const annotations = readAnnotations(locale, undefined, dir);
    expect(annotations.length).toBeGreaterThan(0);
    expect(new Set(annotations.map((a) => a.utterance)).size).toBe(annotations.length);
    for (const annotation of annotations) expect(annotation.utterance).toMatch(/^[\p{Ll}' ]+$/u);
    const known = new Set([...readInteractionModel(locale).interactionModel.languageModel.intents.map((intent) => intent.name), ...plannedIntents(locale)]);
    expect(annotations.filter((a) => !known.has(a.intent)).map((a) => `${a.line}: ${a.intent}`)).toEqual([]);
  });
});
