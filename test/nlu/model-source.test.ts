/**
 * The model sources (interaction-models/source/) and what the generator makes of them: the template syntax, the
 * sample counts the team agreed (60 to 150 per care intent; warning signs at least 40 in English and 25 in Spanish
 * per emergency sign), planned intents written but not shipped, and Amazon's rules the generator enforces.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadModel } from '../support/model';
import { EMERGENCY_FLAGS } from '../../lambda/core/triage';
import { WARNING_SIGN_INTENTS } from '../../lambda/features/safety/handlers/warning-sign-intents';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const source = require('../../scripts/model-source.js') as {
  parseSource(text: string, name?: string): { intents: Array<{ name: string; planned: boolean; templates: string[] }>; phrases: Record<string, string> };
  expand(template: string, phrases: Record<string, string>): string[];
  buildModel(source: unknown, name?: string): { model: { interactionModel: { languageModel: { intents: Array<{ name: string; samples: string[] }> } } }; planned: string[] };
};

const ROOT = path.resolve(__dirname, '..', '..');
const read = (locale: string) => source.parseSource(readFileSync(path.join(ROOT, 'interaction-models', 'source', `${locale}.txt`), 'utf8'), locale);
const WARNING = new Set<string>([...Object.keys(WARNING_SIGN_INTENTS), 'UrgentHelpIntent']);
const EMERGENCY_INTENTS = Object.entries(WARNING_SIGN_INTENTS)
  .filter(([, flag]) => (EMERGENCY_FLAGS as readonly string[]).includes(flag))
  .map(([intent]) => intent);

describe('template syntax', () => {
  it('expands alternatives, optional words, phrases and glued apostrophes', () => {
    expect(source.expand("i( have|'ve|) (wet|peed) myself", {})).toEqual([
      'i have wet myself', 'i have peed myself', "i've wet myself", "i've peed myself", 'i wet myself', 'i peed myself',
    ]);
    expect(source.expand('<who> [really ](need|want) {thing}', { who: '(i|we)' })).toEqual([
      'i really need {thing}', 'i really want {thing}', 'i need {thing}', 'i want {thing}',
      'we really need {thing}', 'we really want {thing}', 'we need {thing}', 'we want {thing}',
    ]);
    expect(() => source.expand('(unclosed', {})).toThrow(/unclosed/);
    expect(() => source.expand('<nowhere>', {})).toThrow(/unknown phrase <nowhere>/);
  });

  it('refuses a sentence in two intents, a sample over 200 characters, and "!" templates over the cap', () => {
    const build = (text: string) => () => source.buildModel(source.parseSource(`invocation test skill\n${text}`));
    expect(build('intent AIntent\nhello there\nintent BIntent\n(hello|hi) there')).toThrow(/"hello there" is in AIntent and BIntent/);
    expect(build(`intent AIntent\n${'word '.repeat(41).trim()}`)).toThrow(/over 200 characters/);
    expect(build('intent AIntent max=2\n!(a|b|c) thing')).toThrow(/over its cap of 2/);
  });

  it('keeps every sentence of a "!" template, even one a smaller template also makes', () => {
    // "(x one|y)" is the smaller template and would own "x one", and its share of the cap (one) would keep only "y".
    const built = source.buildModel(source.parseSource('invocation test skill\nintent AIntent max=4\n!(x|z|w) one\n(x one|y)\n(a|b|c|d|e|f) two'));
    const samples = built.model.interactionModel.languageModel.intents[0].samples;
    expect(samples).toEqual(expect.arrayContaining(['x one', 'z one', 'w one']));
    expect(samples).toHaveLength(4);
  });

  it('keeps one sentence of every template before the big ones share the rest of the cap', () => {
    // A template of 100 sentences took its share of the cap of 4 first and starved the last one-line sample.
    const built = source.buildModel(
      source.parseSource('invocation test skill\nintent AIntent max=4\n(a|b|c|d|e|f|g|h|i|j) (k|l|m|n|o|p|q|r|s|t) one\nplain two\nplain three\nplain four'),
    );
    const samples = built.model.interactionModel.languageModel.intents[0].samples;
    expect(samples).toEqual(expect.arrayContaining(['plain two', 'plain three', 'plain four']));
    expect(samples).toHaveLength(4);
  });
});

describe.each(['en-US', 'es-ES'])('%s', (locale) => {
  const parsed = read(locale);
  const model = loadModel(locale);
  const intents = model.interactionModel.languageModel.intents;

  it('ships no planned intent, and every planned intent is written in the source', () => {
    const planned = parsed.intents.filter((intent) => intent.planned).map((intent) => intent.name);
    // Every intent of the contract is served now; a new one starts here as planned.
    expect(planned).toEqual([]);
    for (const name of planned) expect(intents.map((intent) => intent.name)).not.toContain(name);
    for (const name of planned) expect(parsed.intents.find((intent) => intent.name === name)?.templates.length).toBeGreaterThan(0);
  });

  // Warning signs get more room than care intents (500): hearing them matters most, and English says each in many ways.
  it('gives every care intent 60 to 150 samples and every warning sign at most 500', () => {
    const counts = intents.filter((intent) => !intent.name.startsWith('AMAZON.')).map((intent) => [intent.name, intent.samples?.length ?? 0] as const);
    const outside = counts.filter(([name, count]) => count < (WARNING.has(name) ? 25 : 60) || count > (WARNING.has(name) ? 500 : 150));
    expect(outside).toEqual([]);
  });

  it(`gives every emergency sign at least ${locale.startsWith('es') ? 25 : 40} samples`, () => {
    for (const name of EMERGENCY_INTENTS) {
      expect({ name, enough: (intents.find((intent) => intent.name === name)?.samples?.length ?? 0) >= (locale.startsWith('es') ? 25 : 40) }).toEqual({ name, enough: true });
    }
  });
});
