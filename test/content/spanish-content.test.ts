/**
 * The Spanish speech: es-ES is written for Spain and es-US holds only what Spanish speakers in the US say
 * differently, and each hears its own emergency number, emergency care and same-day care in every urgent answer.
 * The coach says "tú" throughout (a calm, warm voice), and never uses a word that takes the listener's gender
 * ("bienvenido", "listo", "tumbado"): a Spanish speaker of any gender hears every line as addressed to them.
 */
import { RESOURCES, LOCALE_BASES } from '../../lambda/speech/resources';
import { createSpeech } from '../../lambda/speech/i18n';
import { SAME_DAY_FLAGS } from '../../lambda/core/triage';

type Tree = { [key: string]: unknown };
function leaves(tree: unknown, prefix = ''): Array<[string, unknown]> {
  if (!tree || typeof tree !== 'object' || Array.isArray(tree)) return [[prefix, tree]];
  return Object.entries(tree as Tree).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

const resources = RESOURCES as Record<string, Record<string, unknown>>;
const lines = (locale: string) =>
  Object.entries(resources[locale]).flatMap(([ns, tree]) => leaves(tree).map(([key, value]) => [`${ns}:${key}`, value] as const));

/** Every line a locale's listener hears (a variant's own over its base's), as text. */
function heard(locale: string): Map<string, string> {
  const base = LOCALE_BASES[locale];
  const all = new Map<string, string>();
  for (const [id, value] of [...(base ? lines(base) : []), ...lines(locale)]) all.set(id, JSON.stringify(value));
  return all;
}

describe('es-US, a variant of es-ES', () => {
  it('has es-ES as its base', () => {
    expect(LOCALE_BASES['es-US']).toBe('es-ES');
  });

  it('holds no copy of an es-ES line', () => {
    const base = new Map(lines('es-ES').map(([id, value]) => [id, JSON.stringify(value)]));
    expect(lines('es-US').filter(([id, value]) => base.get(id) === JSON.stringify(value)).map(([id]) => id)).toEqual([]);
  });
});

/** Words of one country that the other should not hear. */
const ONLY_IN: Record<'es-ES' | 'es-US', RegExp> = {
  'es-ES': /\b(112|urgencias|médico de cabecera|centro de salud|móvil|esterilla|guisantes|prospecto|túmbate|tumbarte|vale)\b/i,
  'es-US': /\b(911|sala de emergencias|celular|almohadilla|chícharos|etiqueta|acuéstate|acostarte)\b/i,
};

/**
 * "usted"; a welcome that agrees with the listener ("bienvenido", not "te doy la bienvenida"); or an adjective about
 * the listener after a verb said to them ("estás listo", "quédate tumbada", "para estar cómodo").
 */
const GENDERED =
  /\busted\b|(?<!la )\bbienvenid[oa]s?\b|\b(estás|estar|estés|quédate|quedarte|te quedes|ponte|ponerte|mantente|mantenerte|te sientes|te notas|te veo)\s+(muy\s+|más\s+|bien\s+)?(list|preparad|tumbad|acostad|sentad|cansad|cómod|activ|dormid|segur|tranquil|sol)[oa]s?\b/i;

test('the check would catch a gendered or formal line, and lets a neutral one through', () => {
  for (const line of ['Bienvenido a Alivio de Espalda.', '¿Estás lista?', 'Quédate tumbado un rato.', 'Para estar cómodo, usa un cojín.', '¿Puede usted decirme?']) {
    expect({ line, caught: GENDERED.test(line) }).toEqual({ line, caught: true });
  }
  for (const line of ['Te doy la bienvenida a Alivio de Espalda.', 'Descansa en una postura cómoda.', 'Solo hasta donde te resulte cómodo.']) {
    expect({ line, caught: GENDERED.test(line) }).toEqual({ line, caught: false });
  }
});

describe.each([
  ['es-ES', 'es-US'],
  ['es-US', 'es-ES'],
] as const)('%s', (locale, other) => {
  it(`never uses a word only ${other} says`, () => {
    const found = [...heard(locale)].filter(([, text]) => ONLY_IN[other].test(text)).map(([id, text]) => `${id}: ${text}`);
    expect(found).toEqual([]);
  });

  it('says tú, never usted, and no word that takes the listener\'s gender', () => {
    const found = [...heard(locale)].filter(([, text]) => GENDERED.test(text)).map(([id, text]) => `${id}: ${text}`);
    expect(found).toEqual([]);
  });
});

/**
 * No comma between the words and the "un 4" that completes them ("¿Es tu dolor, un 4 de 10?"); after an opening
 * word ("Vale, un 4 sobre diez") the comma is right.
 */
const OPENING_WORD = /^(vale|bien|entendido|gracias|perfecto|genial|hecho|acuerdo)$/i;
function commasBeforeNumber(text: string): string[] {
  return [...text.matchAll(/(\p{L}+), una? (\{\{\w+\}\}|\d+)/gu)].filter(([, word]) => !OPENING_WORD.test(word)).map(([found]) => found);
}

test('the comma check would catch a comma before a number, and lets an opening word through', () => {
  expect(commasBeforeNumber('¿Es tu dolor, un {{score}} de 10?')).toEqual(['dolor, un {{score}}']);
  expect(commasBeforeNumber('Tu dolor era, un 5.')).toEqual(['era, un 5']);
  expect(commasBeforeNumber('Vale, un {{score}} sobre diez. Muy bien, un 4.')).toEqual([]);
});

test('the lone number is confirmed in plain Spanish', () => {
  expect(createSpeech('es-ES', () => 0).say('pain.confirm.question', { score: 4 })).toBe('¿Tu dolor es un 4 de 10?');
});

describe.each(['es-ES', 'es-US'])('%s numbers', (locale) => {
  it('no comma parts a number from the words it completes', () => {
    const found = [...heard(locale)].flatMap(([id, text]) => commasBeforeNumber(text).map((comma) => `${id}: ${comma}`));
    expect(found).toEqual([]);
  });
});

/** Each country's emergency number as spoken, its emergency care, and its same-day care. */
const LOCAL_CARE = {
  'es-ES': { number: /<say-as interpret-as="telephone">112<\/say-as>/, emergencyCare: /ve a urgencias/, sameDay: /llama a tu médico de cabecera o al centro de salud hoy\.$/ },
  'es-US': { number: /<say-as interpret-as="telephone">911<\/say-as>/, emergencyCare: /ve a la sala de emergencias/, sameDay: /llama a tu médico o ve a una clínica de atención urgente hoy\.$/ },
} as const;

describe.each(Object.entries(LOCAL_CARE))('%s urgent answers', (locale, care) => {
  const speech = createSpeech(locale, () => 0);

  it.each(['safety.emergency', 'safety.unrecognised', 'safety.unrecognisedYes'] as const)('%s: the local number and emergency care', (key) => {
    const line = speech.say(key);
    expect(line).toMatch(care.number);
    expect(line).toMatch(care.emergencyCare);
  });

  it.each(SAME_DAY_FLAGS)('same-day answer for %s: the local same-day care', (flag) => {
    expect(speech.sayFirst([`safety.sameDay.${flag}`])).toMatch(care.sameDay);
  });

  it('the disclaimer: general self-care information, not medical advice, not for emergencies', () => {
    expect(speech.say('safety.disclaimer')).toMatch(/información general de autocuidado\. No es consejo médico, y no es para emergencias\./);
  });

  it('pain relief: no drug, no dose, the label or the pharmacist', () => {
    expect(speech.say('advice.painRelief.any')).toMatch(locale === 'es-ES' ? /sigue las indicaciones del prospecto, o pregunta en la farmacia/ : /sigue las instrucciones de la etiqueta, o pregúntale al farmacéutico/);
  });
});
