/**
 * The estimator's second opinion for warning signs (tools/simulator/warning-rescue.ts), on the real en-US model: a
 * long sentence the classifier puts out of domain is still heard as its warning sign, and nothing else is rescued.
 */
import { clauses, estimatorFor } from '../../tools/simulator/estimator';
import { hear } from '../../tools/simulator/hear';
import { warningRescue } from '../../tools/simulator/warning-rescue';
import { loadModel } from '../support/model';

jest.setTimeout(120_000);

const NOW = new Date('2026-11-21T15:00:00Z');
const model = loadModel('en-US');

describe('the warning-sign rescue', () => {
  it('hears rambling warning signs the classifier missed, and says which it rescued', async () => {
    const estimator = await estimatorFor(model, 'en-US');
    const heard = await Promise.all([
      estimator.classify('okay so um i came off my motorbike on the highway and landed right on my back'),
      estimator.classify('um my right leg keeps buckling every time i try to stand up from the floor'),
    ]);
    expect(heard.map((estimate) => estimate.intent)).toEqual(['RedFlagSeriousFallIntent', 'RedFlagLegWeaknessIntent']);
    // When this test was written the classifier alone heard neither (a timer command, out of domain); one at least
    // must still come through the second opinion, or the test no longer shows it at work.
    expect(heard.some((estimate) => estimate.rescued)).toBe(true);
  });

  it('leaves everyday sentences out of domain: one content word, no warning-sign word, or not the sign\'s words', async () => {
    const estimator = await estimatorFor(model, 'en-US');
    for (const utterance of ['what time is it', 'my legs are tired from the long drive', "my cousin's dog wet the carpet again"]) {
      await expect(estimator.classify(utterance)).resolves.toMatchObject({ intent: 'AMAZON.FallbackIntent' });
    }
  });

  it('only ever answers with a warning sign, never a care intent', () => {
    const corpus = [
      { utterance: 'how long do i keep the ice on', intent: 'IceDurationIntent' },
      { utterance: 'how long should the ice stay on', intent: 'IceDurationIntent' },
      { utterance: 'i wet myself', intent: 'RedFlagBladderIntent' },
    ];
    const rescue = warningRescue(corpus, 'en', ['RedFlagBladderIntent'], (word) => word.replace(/'/g, ''));
    expect(rescue('how long do i keep the ice on for', ['long', 'keep', 'ice', 'on', 'for'], 'AMAZON.FallbackIntent')).toBeUndefined();
    expect(rescue('i wet myself again', ['wet', 'myself'], 'AMAZON.FallbackIntent')).toBe('RedFlagBladderIntent');
    expect(rescue('wet', ['wet'], 'AMAZON.FallbackIntent')).toBeUndefined();
    // Nothing to rescue when the classifier already heard the sign.
    expect(rescue('i wet myself again', ['wet', 'myself'], 'RedFlagBladderIntent')).toBeUndefined();
  });

  it('counts a word no sample uses as half a word against the sign', () => {
    const corpus = [
      { utterance: 'i fell off a ladder', intent: 'RedFlagSeriousFallIntent' },
      { utterance: 'how long do i keep the ice on', intent: 'IceDurationIntent' },
      { utterance: 'turn on the lights', intent: 'AMAZON.FallbackIntent' },
    ];
    const rescue = warningRescue(corpus, 'en', ['RedFlagSeriousFallIntent'], (word) => word);
    // fell, off, ladder are the sign's; "christmas" and "garland" no sample uses: 3 / (3 + 0.5 x 2) = 0.75.
    expect(rescue('i fell off a ladder hanging christmas garland', ['fell', 'off', 'ladder', 'christmas', 'garland'], 'AMAZON.FallbackIntent')).toBe('RedFlagSeriousFallIntent');
    // A known word that is not the sign's counts whole: 3 / 5 is too little.
    expect(rescue('i fell off a ladder turning the lights', ['fell', 'off', 'ladder', 'turn', 'lights'], 'AMAZON.FallbackIntent')).toBeUndefined();
    // One unknown word too many: 3 / (3 + 0.5 x 3) = 0.67.
    expect(rescue('i fell off a ladder hanging christmas garland yesterday', ['fell', 'off', 'ladder', 'christmas', 'garland', 'yesterday'], 'AMAZON.FallbackIntent')).toBeUndefined();
  });

  it('splits a sentence into its clauses at the words that join them, and leaves a one-clause sentence whole', () => {
    expect(clauses("i don't know if it's related but my chest hurts too".split(' '), 'en')).toEqual(["i don't know if it's related", 'my chest hurts too']);
    expect(clauses('me da vergüenza pero me he meado encima'.split(' '), 'es')).toEqual(['me da vergüenza', 'me he meado encima']);
    // A joiner with one word beside it makes no clause of its own.
    expect(clauses('so my chest hurts'.split(' '), 'en')).toEqual([]);
    expect(clauses('my chest hurts'.split(' '), 'en')).toEqual([]);
  });

  it('hears a warning sign said as one clause of a longer sentence, and not a clause about someone else', async () => {
    const estimator = await estimatorFor(model, 'en-US');
    await expect(estimator.classify("i don't know if it's related but my chest hurts too")).resolves.toMatchObject({ intent: 'RedFlagChestPainIntent' });
    await expect(estimator.classify("my dog fell off the couch but he's totally fine")).resolves.toMatchObject({ intent: 'AMAZON.FallbackIntent' });
  });

  it('hears a possessive no sample says as its word: someone else\'s temperature is not a fever', async () => {
    const estimator = await estimatorFor(model, 'en-US');
    // "daughter's" is in no sample, "daughter" is (the fallback's other people): without the rule, a fever.
    await expect(estimator.classify("my daughter's got a temperature")).resolves.toMatchObject({ intent: 'AMAZON.FallbackIntent' });
    // A word the samples say with its "'s" stays as it is.
    await expect(estimator.classify("it's far worse at night")).resolves.toMatchObject({ intent: 'RedFlagNightPainIntent' });
  });

  it('never second-guesses one of the fallback intent\'s own samples', async () => {
    // A FallbackIntent sample whose words are also a serious fall's ("shower", "morning").
    await expect(hear(model, 'i had a shower this morning', NOW, 'UTC', { locale: 'en-US' })).resolves.toMatchObject({
      intent: 'AMAZON.FallbackIntent',
      fallbackSample: true,
    });
  });
});
