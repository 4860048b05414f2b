/**
 * The interaction models of regional variants (en-GB, en-CA, en-AU, en-IN) are generated from their base model
 * (en-US) and a short file of what people there say differently (interaction-models/variants/<locale>.json), by
 * scripts/locale-models.js. The committed models must be exactly what the generator makes, the generator must refuse
 * overrides that no longer fit the base, and each locale's own phrasing must reach the intent the handlers expect.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { loadModel } from './support/model';
import { matchUtterance } from '../tools/simulator/matcher';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const generator = require('../scripts/locale-models.js') as {
  buildVariantModel(baseModel: unknown, variant: unknown, name?: string): unknown;
  variantModels(): Array<{ locale: string; base: string; file: string; text: string; upToDate: boolean }>;
};

const ROOT = path.resolve(__dirname, '..');
const variants = generator.variantModels();
const baseModel = JSON.parse(readFileSync(path.join(ROOT, 'interaction-models', 'en-US.json'), 'utf8')) as unknown;

describe('generated variant models', () => {
  it('cover the English variants', () => {
    expect(variants.map((entry) => entry.locale).sort()).toEqual(expect.arrayContaining(['en-AU', 'en-CA', 'en-GB', 'en-IN']));
  });

  it.each(variants.map((entry) => [entry.locale, entry] as const))('interaction-models/%s.json is what the generator makes (run `npm run models`)', (_locale, entry) => {
    expect(readFileSync(entry.file, 'utf8')).toBe(entry.text);
  });

  it('refuses overrides that no longer fit the base model', () => {
    const build = (variant: object) => () => generator.buildVariantModel(baseModel, { base: 'en-US', ...variant }, 'test');
    expect(build({ intents: { SeeDoctorIntent: { remove: ['a sample the base never had'] } } })).toThrow(/cannot remove "a sample the base never had"/);
    expect(build({ intents: { NoSuchIntent: { add: ['hello there'] } } })).toThrow(/no intent NoSuchIntent/);
    expect(build({ types: { CareSessionKind: { NO_SUCH_KIND: { add: ['something'] } } } })).toThrow(/no value with id NO_SUCH_KIND/);
    expect(build({ types: { CareSessionKind: { ICE: { add: ['ice pack'] } } } })).toThrow(/"ice pack" is already in the base/);
    expect(build({ sample: [] })).toThrow(/unknown field "sample"/);
  });

  it('adds every sentence of a template once, and none the base already has', () => {
    type Model = { interactionModel: { languageModel: { intents: Array<{ name: string; samples?: string[] }> } } };
    const built = generator.buildVariantModel(baseModel, { base: 'en-US', intents: { SeeDoctorIntent: { add: ['should i see a (doctor|nurse|dentist)'] } } }) as Model;
    const samples = built.interactionModel.languageModel.intents.find((intent) => intent.name === 'SeeDoctorIntent')?.samples ?? [];
    expect(samples.filter((sample) => /^should i see a (doctor|nurse|dentist)$/.test(sample)).sort()).toEqual(['should i see a dentist', 'should i see a doctor', 'should i see a nurse']);
  });

  it('keeps every intent, slot, slot type and value id of the base, whatever the overrides', () => {
    const shape = (model: ReturnType<typeof loadModel>) => ({
      intents: model.interactionModel.languageModel.intents.map((intent) => [intent.name, (intent.slots ?? []).map((slot) => `${slot.name}:${slot.type}`)]),
      types: (model.interactionModel.languageModel.types ?? []).map((type) => [type.name, (type.values ?? []).map((value) => value.id)]),
      invocationName: model.interactionModel.languageModel.invocationName,
    });
    for (const entry of variants) expect({ locale: entry.locale, ...shape(loadModel(entry.locale)) }).toEqual({ locale: entry.locale, ...shape(loadModel(entry.base)) });
  });
});

/** What people in each country say, and the intent (and warning-sign id) it must reach. */
const PROBES: Record<string, ReadonlyArray<readonly [string, string]>> = {
  'en-GB': [
    ['do i need to go to a and e', 'SeeDoctorIntent'],
    ['should i call nine nine nine', 'SeeDoctorIntent'],
    ['should i ring one one one', 'SeeDoctorIntent'],
    ['should i go to the g. p.', 'SeeDoctorIntent'],
    ['should i see a physio', 'SeeDoctorIntent'],
    ['can i take paracetamol', 'PainReliefIntent'],
    ['can i take co codamol', 'PainReliefIntent'],
    ['what can i get from the chemist', 'PainReliefIntent'],
    ['can i use a hot water bottle', 'HeatingPadIntent'],
    ['can i use a heat pack', 'HeatingPadIntent'],
    ['should i stay off work', 'MovementIntent'],
    ["i can't wee", 'RedFlagBladderIntent'],
    ["i've weed myself", 'RedFlagBladderIntent'],
    ['my bum is numb', 'RedFlagSaddleNumbnessIntent'],
    ["i've had a tumour", 'RedFlagCancerHistoryIntent'],
    ['i have a temperature', 'RedFlagFeverIntent'],
    ['ring nine nine nine', 'UrgentHelpIntent'],
    ['how long do i keep ice on', 'IceDurationIntent'],
  ],
  'en-AU': [
    ['should i go to emergency', 'SeeDoctorIntent'],
    ['should i call triple zero', 'SeeDoctorIntent'],
    ['should i see my g. p.', 'SeeDoctorIntent'],
    ['should i ask the chemist', 'PainReliefIntent'],
    ['can i take paracetamol', 'PainReliefIntent'],
    ['can i use a heat pack', 'HeatingPadIntent'],
    ['how many heat pack sessions today', 'SessionCountIntent'],
    ["i've pooed myself", 'RedFlagBowelIntent'],
    ['call triple zero', 'UrgentHelpIntent'],
    ['how long do i keep ice on', 'IceDurationIntent'],
  ],
  'en-IN': [
    ['should i go to the hospital', 'SeeDoctorIntent'],
    ['should i call one one two', 'SeeDoctorIntent'],
    ['should i consult a doctor', 'SeeDoctorIntent'],
    ['should i go to casualty', 'SeeDoctorIntent'],
    ['can i apply a pain relief balm', 'PainReliefIntent'],
    ['can i take a pain killer', 'PainReliefIntent'],
    ['can i use a hot water bag', 'HeatingPadIntent'],
    ['how long should i apply ice', 'IceDurationIntent'],
    ['how many times a day should i apply ice', 'IceFrequencyIntent'],
    ['should i take bed rest', 'MovementIntent'],
    ["i can't pass urine", 'RedFlagBladderIntent'],
    ['i have a history of cancer', 'RedFlagCancerHistoryIntent'],
    ['call one one two', 'UrgentHelpIntent'],
  ],
  'en-CA': [
    ['should i go to a walk in clinic', 'SeeDoctorIntent'],
    ['should i go to emergency', 'SeeDoctorIntent'],
    ['should i call nine one one', 'SeeDoctorIntent'],
    ['should i see a physiotherapist', 'SeeDoctorIntent'],
    ['should i see my family doctor', 'SeeDoctorIntent'],
    ["i've had a tumour", 'RedFlagCancerHistoryIntent'],
    ['call nine one one', 'UrgentHelpIntent'],
    ['how long do i keep ice on', 'IceDurationIntent'],
  ],
};

describe.each(Object.entries(PROBES))('%s phrasing', (locale, probes) => {
  const model = loadModel(locale);
  const now = new Date('2026-11-21T15:00:00Z');

  it.each(probes)('"%s" -> %s', (utterance, intent) => {
    expect(matchUtterance(model, utterance, now, 'UTC').intent).toBe(intent);
  });
});
