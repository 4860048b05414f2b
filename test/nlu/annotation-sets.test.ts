/**
 * The annotation sets (interaction-models/annotations/, Amazon's NLU Evaluation Tool format), evaluated offline with
 * both engines of the simulator, as `npm run nlu` prints them: every warning sign is heard and nothing else raises
 * the alarm, with either engine; every intent reaches 95% with the statistical estimate and 80% with exact samples.
 * Each locale's classifier is trained once for this file (and cached in .cache/nlu/ by model hash).
 */
import { readInteractionModel } from '../../tools/simulator/model-file';
import { annotationLocales, parseAnnotations, readAnnotations, toSmapiJson } from '../../tools/nlu/annotations';
import { evaluate, isUrgent, Report } from '../../tools/nlu/evaluate';
import { plannedIntents } from '../../tools/nlu/planned';
import { URGENT_INTENTS } from '../../lambda/features/safety/handlers/warning-sign-intents';

jest.setTimeout(180_000);

const locales = annotationLocales();
const reports: Record<string, { exact: Report; estimate: Report }> = {};

beforeAll(async () => {
  for (const locale of locales) {
    const model = readInteractionModel(locale);
    const annotations = readAnnotations(locale);
    const planned = plannedIntents(locale);
    reports[locale] = {
      exact: await evaluate(model, locale, annotations, 'exact', planned),
      estimate: await evaluate(model, locale, annotations, 'estimate', planned),
    };
  }
});

const perIntentBelow = (report: Report, floor: number) =>
  Object.entries(report.perIntent)
    .filter(([, { total, right }]) => right / total < floor)
    .map(([intent, { total, right }]) => `${intent} ${right}/${total}: ${report.confusions.filter((c) => c.expected === intent).map((c) => `${c.utterances.join(' | ')} -> ${c.heard}`).join('; ')}`);

describe('annotation sets', () => {
  it('exist for en-US, en-GB and es-ES, with at least 400 English and 150 Spanish utterances', () => {
    expect(locales).toEqual(expect.arrayContaining(['en-US', 'en-GB', 'es-ES']));
    const count = (prefix: string) => locales.filter((locale) => locale.startsWith(prefix)).reduce((sum, locale) => sum + readAnnotations(locale).length, 0);
    expect(count('en-')).toBeGreaterThanOrEqual(400);
    expect(count('es-')).toBeGreaterThanOrEqual(150);
  });

  it('use the CSV columns of Amazon\'s NLU Evaluation Tool and name no utterance twice', () => {
    for (const locale of locales) {
      const annotations = readAnnotations(locale);
      expect(new Set(annotations.map((a) => a.utterance)).size).toBe(annotations.length);
      for (const annotation of annotations) expect(annotation.utterance).toMatch(/^[\p{Ll}' ]+$/u);
    }
    const parsed = parseAnnotations('utterance,referenceTimestamp,intent,slot[painScore]\nit hurts a seven,2026-11-21T15:00:00.000Z,PainReportIntent,7\n');
    expect(parsed).toEqual([{ utterance: 'it hurts a seven', referenceTimestamp: '2026-11-21T15:00:00.000Z', intent: 'PainReportIntent', slots: { painScore: '7' }, line: 2 }]);
    // The JSON body of SMAPI's update-annotations call, for `npm run nlu -- --smapi-json <locale>`.
    expect(toSmapiJson(parsed)).toEqual({
      data: [{ inputs: { utterance: 'it hurts a seven', referenceTimestamp: '2026-11-21T15:00:00.000Z' }, expected: [{ intent: { name: 'PainReportIntent', slots: { painScore: { value: '7' } } } }] }],
    });
  });

  it.each(locales)('%s covers every intent of its model, every warning sign, and out-of-domain sentences', (locale) => {
    const model = readInteractionModel(locale);
    const named = new Set(readAnnotations(locale).map((a) => a.intent));
    const shipped = model.interactionModel.languageModel.intents.map((intent) => intent.name);
    // A regional set covers the signs and what is said differently there; the base set covers every intent.
    const required = locale === 'en-GB' ? [...URGENT_INTENTS, 'AMAZON.FallbackIntent'] : shipped;
    expect(required.filter((intent) => !named.has(intent))).toEqual([]);
  });
});

describe.each(locales)('%s', (locale) => {
  it.each(['exact', 'estimate'] as const)('%s: every warning sign reaches the urgent answer', (engine) => {
    expect(reports[locale][engine].warningSigns.missed).toEqual([]);
  });

  // The urgent answer names the sign it heard: a bowel accident heard as a bladder one is a wrong answer.
  it.each(['exact', 'estimate'] as const)('%s: every warning sign is heard as its own sign', (engine) => {
    expect(reports[locale][engine].warningSigns.asAnotherSign).toEqual([]);
  });

  it.each(['exact', 'estimate'] as const)('%s: no everyday sentence raises the alarm', (engine) => {
    expect(reports[locale][engine].falseAlarms).toEqual([]);
    // The negatives are there to be tested: out-of-domain and alarming-sounding sentences.
    expect(reports[locale][engine].outcomes.filter((o) => o.annotation.intent === 'AMAZON.FallbackIntent').length).toBeGreaterThanOrEqual(10);
    expect(reports[locale][engine].outcomes.some((o) => isUrgent(o.annotation.intent))).toBe(true);
  });

  it('every intent reaches 95% with the statistical estimate', () => {
    expect(perIntentBelow(reports[locale].estimate, 0.95)).toEqual([]);
  });

  it('every intent reaches 80% with exact samples', () => {
    expect(perIntentBelow(reports[locale].exact, 0.8)).toEqual([]);
  });

  it('skips only annotations of planned intents', () => {
    const planned = plannedIntents(locale);
    for (const skipped of reports[locale].exact.skipped) expect(planned).toContain(skipped.intent);
  });
});
