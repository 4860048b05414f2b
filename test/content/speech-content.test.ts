/** Content checks: every key in every locale, every line valid for Alexa, no products, no doses. */
import { RESOURCES, FALLBACK_LOCALE, baseLocaleOf } from '../../lambda/speech/resources';
import { createSpeech } from '../../lambda/speech/i18n';
import { CARE_TOPICS } from '../../lambda/core/advice';
import { SAME_DAY_FLAGS } from '../../lambda/core/triage';
import { ssmlProblems } from '../support/alexa-limits';

type Tree = { [key: string]: string | string[] | Tree };

function leaves(tree: Tree, prefix = ''): Array<[string, string | string[]]> {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' || Array.isArray(value) ? [[path, value] as [string, string | string[]]] : leaves(value, path);
  });
}

const locales = Object.keys(RESOURCES) as Array<keyof typeof RESOURCES>;
const namespaces = Object.keys(RESOURCES[FALLBACK_LOCALE]) as Array<keyof (typeof RESOURCES)[typeof FALLBACK_LOCALE]>;
const sampleParams = {
  day: 2, score: 6, previous: 4, value: 42, seconds: 25, reps: 3, minutes: 4, count: 3, total: 6, name: 'the right knee stretch',
  // timers (ice and heat sessions)
  number: 3, max: 20, min: 10, left: 'about 12 minutes', since: 8, break: 20, wait: 12, times: '9 AM and 1 PM',
  first: 'today at 1 PM', last: 'Monday at 9 PM', time: '1 PM', continueWith: '{continueWithSkillName}',
};

/** Brands, programmes and products the source articles advertise, and drug names: the skill never says them. */
const FORBIDDEN = [
  /infra ?red/i, /jade/i, /lose the back pain/i, /healthy back institute/i, /better ?back/i, /dr\.? tom/i,
  /cedar/i, /muscle balance therapy/i, /ibuprofen/i, /naproxen/i, /paracetamol/i, /acetaminophen/i, /aspirin/i,
  /\b\d+\s*(mg|milligrams?|tablets?|pills?)\b/i, /\bcure[sd]?\b/i, /save (your )?li(fe|ves)/i,
  // The same in Spanish: drug names, doses ("400 mg", "dos pastillas"), cures and saved lives.
  /ibuprofeno/i, /naproxeno/i, /acetaminof[eé]n/i, /aspirina/i, /metamizol/i, /nolotil/i, /\bmg\b/i, /miligramos?/i,
  /\b(\d+|una?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\s+(comprimidos?|pastillas?|p[ií]ldoras?|c[aá]psulas?|tabletas?)\b/i,
  /\bcur(a|ar|ará|ará|ación|arte|arse)\b/i, /salva(r|rá|rte)? (tu |la |vidas|una vida)/i,
];

/** The not-medical-advice line of the first launch, in each language. */
const NOT_MEDICAL_ADVICE: Readonly<Record<string, RegExp>> = { en: /not medical advice/i, es: /no es consejo médico/i };

describe.each(locales)('speech content for %s', (locale) => {
  const base = baseLocaleOf(locale);
  for (const ns of namespaces) {
    const tree = (RESOURCES[locale] as Record<string, unknown>)[ns] as Tree | undefined;
    const reference = RESOURCES[FALLBACK_LOCALE][ns] as unknown as Tree;
    const baseTree = (RESOURCES as Record<string, Record<string, unknown>>)[base]?.[ns] as Tree | undefined;

    if (base === locale) {
      it(`${ns}: is complete, with every key the ${FALLBACK_LOCALE} content has and no others`, () => {
        expect(leaves(tree ?? {}).map(([key]) => key).sort()).toEqual(leaves(reference).map(([key]) => key).sort());
      });
    } else {
      it(`${ns}: overrides only keys its base ${base} has`, () => {
        const baseKeys = new Set(leaves(baseTree ?? {}).map(([key]) => key));
        expect(leaves(tree ?? {}).map(([key]) => key).filter((key) => !baseKeys.has(key))).toEqual([]);
      });
    }

    it(`${ns}: every line and variant, as this locale hears it, renders to SSML that Alexa accepts`, async () => {
      let index = 0;
      const speech = createSpeech(locale, () => index);
      const own = new Map(leaves(tree ?? {}));
      for (const [key, referenceValue] of leaves(baseTree ?? reference)) {
        const value = own.get(key) ?? referenceValue;
        const variants = Array.isArray(value) ? value.length : 1;
        for (index = 0; index < variants; index += 1) {
          const text = speech.sayFirst([`${ns}:${key}`], sampleParams);
          expect(text).not.toMatch(/\{\{|\$t\(/);
          expect({ key, problems: await ssmlProblems(text, locale) }).toEqual({ key, problems: [] });
          for (const pattern of FORBIDDEN) expect({ key, text }).not.toEqual({ key, text: expect.stringMatching(pattern) });
        }
      }
    });
  }

  it('answers every care topic at every stage', () => {
    const speech = createSpeech(locale);
    for (const topic of CARE_TOPICS.filter((name) => name !== 'phaseStatus')) {
      for (const stage of ['unknown', 'early', 'transition', 'later', 'recovered']) {
        expect(speech.has(`advice.${topic}.${stage}`) || speech.has(`advice.${topic}.any`)).toBe(true);
      }
    }
  });

  it('has a same-day answer for every same-day warning sign', () => {
    const speech = createSpeech(locale);
    for (const flag of SAME_DAY_FLAGS) expect(speech.has(`safety.sameDay.${flag}`)).toBe(true);
  });

  it('says the disclaimer in the first-launch welcome', () => {
    expect(createSpeech(locale).say('launch.welcomeFirst')).toMatch(NOT_MEDICAL_ADVICE[locale.slice(0, 2)]);
  });
});
