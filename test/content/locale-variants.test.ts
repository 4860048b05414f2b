/**
 * Regional variants of en-US (en-GB, en-CA, en-AU, en-IN) hold only the lines that differ, and those lines must not
 * drift from their base. A variant line is one of two kinds:
 * - the country's own wording (where to get care, the emergency number), listed below: written for that country;
 * - the base line in the country's spelling: it must stay exactly the base line re-spelled, so rewording an en-US
 *   line without updating its variants fails here instead of leaving a country hearing the old words.
 * And each country hears its own emergency number and care pathway in every urgent answer.
 */
import { RESOURCES, LOCALE_BASES } from '../../lambda/speech/resources';
import { createSpeech } from '../../lambda/speech/i18n';
import { SAME_DAY_FLAGS } from '../../lambda/core/triage';

/** Lines each variant words in its own way ("ns:key"). Everything else a variant holds is a spelling. */
const OWN_WORDING: Readonly<Record<string, readonly string[]>> = {
  'en-GB': ['core:safety.emergencyNumber', 'core:safety.emergencyCare', 'core:safety.sameDayCare', 'core:advice.seeDoctorNote'],
  'en-CA': ['core:safety.sameDayCare', 'core:advice.seeDoctorNote'],
  'en-AU': ['core:safety.emergencyNumber', 'core:safety.sameDayCare', 'core:advice.seeDoctorNote'],
  'en-IN': ['core:safety.emergencyNumber', 'core:safety.emergencyCare', 'core:safety.sameDayCare', 'core:advice.seeDoctorNote'],
};

/** American spelling -> the spelling of the other English locales. */
const SPELLINGS: ReadonlyArray<readonly [string, string]> = [
  ['color', 'colour'],
  ['canceled', 'cancelled'],
  ['center', 'centre'],
  ['favor', 'favour'],
  ['tumor', 'tumour'],
];

function respell(text: string): string {
  return SPELLINGS.reduce((line, [us, other]) => line.replace(new RegExp(`\\b${us}\\b`, 'g'), other), text);
}

type Tree = { [key: string]: unknown };
function leaves(tree: unknown, prefix = ''): Array<[string, unknown]> {
  if (!tree || typeof tree !== 'object' || Array.isArray(tree)) return [[prefix, tree]];
  return Object.entries(tree as Tree).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

const resources = RESOURCES as Record<string, Record<string, unknown>>;
const englishVariants = Object.keys(LOCALE_BASES).filter((locale) => locale.startsWith('en-') && locale in RESOURCES);

describe.each(englishVariants)('%s lines', (locale) => {
  const base = LOCALE_BASES[locale];
  const own = Object.entries(resources[locale]).flatMap(([ns, tree]) => leaves(tree).map(([key, value]) => [`${ns}:${key}`, value] as const));
  const baseValue = (id: string) => {
    const [ns, key] = id.split(':');
    return new Map(leaves(resources[base][ns])).get(key);
  };

  it('lists its own wording for lines it really holds', () => {
    const held = new Set<string>(own.map(([id]) => id));
    expect((OWN_WORDING[locale] ?? []).filter((id) => !held.has(id))).toEqual([]);
  });

  it('holds no copy of a base line', () => {
    expect(own.filter(([id, value]) => JSON.stringify(value) === JSON.stringify(baseValue(id))).map(([id]) => id)).toEqual([]);
  });

  it('re-spells its base line exactly, wherever it does not word the line its own way', () => {
    for (const [id, value] of own) {
      if ((OWN_WORDING[locale] ?? []).includes(id)) continue;
      const expected = baseValue(id);
      const respelled = Array.isArray(expected) ? expected.map((line) => respell(String(line))) : respell(String(expected));
      expect({ id, value }).toEqual({ id, value: respelled });
    }
  });
});

/** Each country's emergency number as spoken, and its same-day care as spoken (from the care protocol). */
const LOCAL_CARE: Record<string, { emergency: RegExp; emergencyCare: RegExp; sameDay: RegExp }> = {
  'en-US': { emergency: /<say-as interpret-as="telephone">911<\/say-as>/, emergencyCare: /emergency department/, sameDay: /call your doctor or an urgent care clinic today/ },
  'en-CA': { emergency: /<say-as interpret-as="telephone">911<\/say-as>/, emergencyCare: /emergency department/, sameDay: /family doctor or go to a walk-in clinic today/ },
  'en-GB': { emergency: /<say-as interpret-as="telephone">999<\/say-as>/, emergencyCare: /go to A and E/, sameDay: /call your GP or NHS <say-as interpret-as="telephone">111<\/say-as> today/ },
  'en-AU': { emergency: /<sub alias="triple zero">000<\/sub>/, emergencyCare: /emergency department/, sameDay: /see your GP or go to an urgent care clinic today/ },
  'en-IN': { emergency: /<say-as interpret-as="telephone">112<\/say-as>/, emergencyCare: /nearest hospital emergency department/, sameDay: /see a doctor today/ },
};

describe.each(Object.entries(LOCAL_CARE))('%s urgent answers', (locale, care) => {
  const speech = createSpeech(locale, () => 0);

  it('give its emergency number and where to go, and no other country\'s number', () => {
    for (const key of ['safety.emergency', 'safety.unrecognised', 'safety.unrecognisedYes'] as const) {
      const line = speech.say(key);
      expect({ key, line }).toEqual({ key, line: expect.stringMatching(care.emergency) });
      expect({ key, line }).toEqual({ key, line: expect.stringMatching(care.emergencyCare) });
      const others = Object.entries(LOCAL_CARE).filter(([, other]) => other.emergency.source !== care.emergency.source);
      for (const [, other] of others) expect({ key, line }).not.toEqual({ key, line: expect.stringMatching(other.emergency) });
    }
  });

  it('send every same-day warning sign to its own same-day care', () => {
    for (const flag of SAME_DAY_FLAGS) expect({ flag, line: speech.sayFirst([`safety.sameDay.${flag}`]) }).toEqual({ flag, line: expect.stringMatching(care.sameDay) });
  });
});
