/**
 * Static checks of every interaction model in interaction-models/*.json against Amazon's rules for
 * invocation names, sample utterances and custom slot types, plus this project's own rules
 * (lower-case samples, no bare-slot samples except where allowed, enough samples per intent).
 * The en-US model is also probed with the phrases the care protocol and the handlers rely on.
 */
import path from 'path';
import type { Intent, InteractionModel, SlotType } from '../tools/simulator/model-types';
import { EMERGENCY_FLAGS, SAME_DAY_FLAGS } from '../lambda/core/triage';
import { URGENT_INTENTS, WARNING_SIGN_INTENTS } from '../lambda/features/safety/handlers/warning-sign-intents';
import { isCustomIntent, listIntentNames, listModelFiles, loadModel, readModel } from './support/model';
import { matchUtterance } from '../tools/simulator/matcher';

const REQUIRED_BUILT_INS = [
  'AMAZON.HelpIntent',
  'AMAZON.StopIntent',
  'AMAZON.CancelIntent',
  'AMAZON.FallbackIntent',
  'AMAZON.NavigateHomeIntent',
  'AMAZON.YesIntent',
  'AMAZON.NoIntent',
  'AMAZON.RepeatIntent',
] as const;

const MIN_CUSTOM_SAMPLES = 20;

/** Samples made only of slot references are allowed here and nowhere else. */
const BARE_SLOT_SAMPLES_ALLOWED: Readonly<Record<string, readonly string[]>> = {
  // The answer to "how bad is it, from zero to ten?"
  PainReportIntent: ['{painScore}'],
  // Answers to "when did the spasm begin?": "yesterday", "yesterday evening". AMAZON.DATE only takes dates.
  SetOnsetIntent: ['{onsetDate}', '{onsetDate} {onsetTime}'],
};

/** A sample must not begin with a launch phrase: Alexa would hear it as a new skill invocation. */
const FORBIDDEN_SAMPLE_STARTS = ['ask', 'open', 'launch', 'tell', 'talk to'];
/** The same in Spanish ("Alexa, abre ...", "Alexa, pide a ... que ..."). */
const FORBIDDEN_SAMPLE_STARTS_ES = ['abre', 'pide a', 'pídele a', 'pregunta a', 'pregúntale a', 'dile a', 'lanza', 'habla con'];

/** Wake words, "skill"/"app", launch phrases and connecting words may not appear in an invocation name. */
const INVOCATION_FORBIDDEN_WORDS = new Set([
  'alexa', 'amazon', 'echo', 'computer', 'ziggy',
  'skill', 'app',
  'ask', 'open', 'launch', 'tell', 'load', 'begin', 'enable', 'start', 'run', 'resume', 'use', 'play', 'talk',
  'to', 'from', 'in', 'using', 'with', 'about', 'for', 'that', 'by', 'if', 'and', 'whether',
]);
/** A two-word invocation name may not contain an article or a preposition. */
const TWO_WORD_FORBIDDEN = new Set(['the', 'a', 'an', 'for', 'to', 'of']);
/**
 * The same rules for a Spanish invocation name: Alexa's Spanish launch words ("abre", "pide", "pregunta", "dile",
 * "inicia", "empieza" ...) and the words that join a name to a request ("pide a X que ...", "pregunta a X por ...",
 * "... con X"). "de" is not one of them: Spanish names use it freely ("alivio de espalda"), just not in two words.
 */
const INVOCATION_FORBIDDEN_WORDS_ES = new Set([
  'alexa', 'amazon', 'echo', 'computer', 'ziggy',
  'skill', 'app', 'aplicación',
  'abre', 'abrir', 'pide', 'pídele', 'pregunta', 'pregúntale', 'dile', 'inicia', 'iniciar', 'empieza', 'empezar', 'comienza',
  'lanza', 'carga', 'ejecuta', 'usa', 'usar', 'activa', 'habilita', 'reanuda', 'juega', 'habla',
  'a', 'que', 'con', 'sobre', 'por', 'para', 'si', 'y', 'usando', 'desde',
]);
const TWO_WORD_FORBIDDEN_ES = new Set(['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'de', 'del', 'al', 'a', 'en', 'con', 'por', 'para', 'sin', 'sobre']);

/** A word: letters with possessive/contraction apostrophes ("i'm", "doctor's"), or an abbreviation ("m. r. i."). */
const WORD = /^(?:[a-z]+(?:'[a-z]*)*|(?:[a-z]\.)+)$/;
/** A Spanish word: Amazon accepts the accented letters and ñ in Spanish models ("cuánto", "año", "pingüino"); no apostrophes. */
const WORD_ES = /^(?:[a-záéíóúüñ]+|(?:[a-záéíóúüñ]\.)+)$/;

/** The rules of a model's language: its file name is its locale. English rules unless the locale is Spanish. */
function rulesFor(file: string) {
  const spanish = path.basename(file).startsWith('es-');
  return {
    word: spanish ? WORD_ES : WORD,
    sampleStarts: spanish ? FORBIDDEN_SAMPLE_STARTS_ES : FORBIDDEN_SAMPLE_STARTS,
    invocationWords: spanish ? INVOCATION_FORBIDDEN_WORDS_ES : INVOCATION_FORBIDDEN_WORDS,
    twoWordForbidden: spanish ? TWO_WORD_FORBIDDEN_ES : TWO_WORD_FORBIDDEN,
  };
}
const SLOT_REF = /^\{([A-Za-z][A-Za-z0-9_]*)\}$/;
const SLOT_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
const CUSTOM_INTENT_NAME = /^[A-Za-z_]+$/;
/** Single spaces between tokens, none at either end. */
const SPACED = /^\S+(?: \S+)*$/;

function fold(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

function tokens(sample: string): string[] {
  return sample.trim().split(/\s+/);
}

function slotRefs(sample: string): string[] {
  return tokens(sample).flatMap((token) => {
    const match = SLOT_REF.exec(token);
    return match ? [match[1]] : [];
  });
}

/** Sample text problems, or [] when the sample is well formed. */
function sampleProblems(sample: string, word: RegExp = WORD): string[] {
  const problems: string[] = [];
  if (!SPACED.test(sample)) problems.push('extra or missing spaces');
  if (/[{}]/.test(sample.replace(/\{[A-Za-z][A-Za-z0-9_]*\}/g, ''))) problems.push('a brace outside a {slot} reference');
  for (const token of tokens(sample)) {
    if (SLOT_REF.test(token)) continue;
    if (token.includes('{') || token.includes('}')) problems.push(`slot reference not separated by spaces: "${token}"`);
    else if (/\d/.test(token)) problems.push(`digits: "${token}" (spell numbers out)`);
    else if (token !== token.toLowerCase()) problems.push(`not lower case: "${token}"`);
    else if (!word.test(token)) problems.push(`characters other than letters, apostrophes and abbreviation periods: "${token}"`);
  }
  return problems;
}

function customIntents(model: InteractionModel): Intent[] {
  return model.interactionModel.languageModel.intents.filter(isCustomIntent);
}

function allIntents(model: InteractionModel): Intent[] {
  return model.interactionModel.languageModel.intents;
}

function customTypes(model: InteractionModel): SlotType[] {
  return model.interactionModel.languageModel.types ?? [];
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) dup.add(value);
    seen.add(value);
  }
  return [...dup];
}

const modelFiles = listModelFiles();

test('there is an interaction model for en-US', () => {
  expect(modelFiles.map((file) => path.basename(file))).toContain('en-US.json');
});

describe.each(modelFiles.map((file) => [path.basename(file), file] as const))('%s', (_name, file) => {
  const model = readModel(file);
  const lm = model.interactionModel.languageModel;
  const rules = rulesFor(file);

  test('file name is a locale', () => {
    expect(path.basename(file)).toMatch(/^[a-z]{2}-[A-Z]{2}\.json$/);
  });

  test('has a valid shape', () => {
    expect(lm.intents.length).toBeGreaterThan(0);
    expect(listIntentNames(file)).toEqual(lm.intents.map((intent) => intent.name));
  });

  describe('invocation name', () => {
    const name = lm.invocationName;
    const words = name.split(' ');

    test('is lower-case words with single spaces (apostrophes and abbreviation periods allowed), no digits', () => {
      expect(name).toMatch(SPACED);
      for (const word of words) expect(word).toMatch(rules.word);
    });

    test('has two or more words', () => {
      expect(words.length).toBeGreaterThanOrEqual(2);
    });

    test('contains no wake word, "skill"/"app", launch phrase or connecting word', () => {
      expect(words.filter((word) => rules.invocationWords.has(word))).toEqual([]);
    });

    test('a two-word name has no article or preposition', () => {
      if (words.length === 2) expect(words.filter((word) => rules.twoWordForbidden.has(word))).toEqual([]);
    });
  });

  describe('intents', () => {
    test('names are unique and well formed', () => {
      const names = lm.intents.map((intent) => intent.name);
      expect(duplicates(names)).toEqual([]);
      for (const intent of customIntents(model)) expect(intent.name).toMatch(CUSTOM_INTENT_NAME);
    });

    test.each(REQUIRED_BUILT_INS.map((name) => [name]))('includes %s', (name) => {
      expect(lm.intents.map((intent) => intent.name)).toContain(name);
    });

    test(`each custom intent has at least ${MIN_CUSTOM_SAMPLES} samples`, () => {
      const short = customIntents(model)
        .filter((intent) => (intent.samples ?? []).length < MIN_CUSTOM_SAMPLES)
        .map((intent) => `${intent.name}: ${(intent.samples ?? []).length}`);
      expect(short).toEqual([]);
    });

    test('every sample is lower-case words and {slot} references only', () => {
      const bad = allIntents(model).flatMap((intent) =>
        (intent.samples ?? []).flatMap((sample) =>
          sampleProblems(sample, rules.word).map((problem) => `${intent.name}: "${sample}": ${problem}`),
        ),
      );
      expect(bad).toEqual([]);
    });

    test('slot elicitation samples are well formed too', () => {
      const bad = allIntents(model).flatMap((intent) =>
        (intent.slots ?? []).flatMap((slot) =>
          (slot.samples ?? []).flatMap((sample) => [
            ...sampleProblems(sample, rules.word).map((problem) => `${intent.name}.${slot.name}: "${sample}": ${problem}`),
            ...(slotRefs(sample).includes(slot.name) ? [] : [`${intent.name}.${slot.name}: "${sample}" does not use {${slot.name}}`]),
          ]),
        ),
      );
      expect(bad).toEqual([]);
    });

    test('no sample starts with a launch phrase or names the wake word', () => {
      const bad = allIntents(model).flatMap((intent) =>
        (intent.samples ?? [])
          .filter((sample) => {
            const text = fold(sample);
            return (
              rules.sampleStarts.some((start) => text === start || text.startsWith(`${start} `)) ||
              tokens(text).includes('alexa')
            );
          })
          .map((sample) => `${intent.name}: "${sample}"`),
      );
      expect(bad).toEqual([]);
    });

    test('no sample is only slot references, except where allowed', () => {
      const bad = allIntents(model).flatMap((intent) =>
        (intent.samples ?? [])
          .filter((sample) => tokens(sample).every((token) => SLOT_REF.test(token)))
          .filter((sample) => !(BARE_SLOT_SAMPLES_ALLOWED[intent.name] ?? []).includes(sample))
          .map((sample) => `${intent.name}: "${sample}"`),
      );
      expect(bad).toEqual([]);
    });

    test('slots are declared once, with well-formed names, and every {slot} reference is declared', () => {
      const bad = allIntents(model).flatMap((intent) => {
        const declared = (intent.slots ?? []).map((slot) => slot.name);
        const problems = duplicates(declared).map((name) => `${intent.name}: slot ${name} declared twice`);
        problems.push(...declared.filter((name) => !SLOT_NAME.test(name)).map((name) => `${intent.name}: bad slot name ${name}`));
        for (const sample of intent.samples ?? []) {
          for (const ref of slotRefs(sample)) {
            if (!declared.includes(ref)) problems.push(`${intent.name}: "${sample}" uses undeclared {${ref}}`);
          }
        }
        return problems;
      });
      expect(bad).toEqual([]);
    });

    test('every declared slot is used by a sample or has elicitation samples', () => {
      const unused = allIntents(model).flatMap((intent) =>
        (intent.slots ?? [])
          .filter((slot) => {
            const inSamples = (intent.samples ?? []).some((sample) => slotRefs(sample).includes(slot.name));
            return !inSamples && (slot.samples ?? []).length === 0;
          })
          .map((slot) => `${intent.name}.${slot.name}`),
      );
      expect(unused).toEqual([]);
    });

    test('no sample appears twice in one intent', () => {
      const bad = allIntents(model).flatMap((intent) =>
        duplicates((intent.samples ?? []).map(fold)).map((sample) => `${intent.name}: "${sample}"`),
      );
      expect(bad).toEqual([]);
    });

    test('no sample appears in two intents', () => {
      const owner = new Map<string, string>();
      const clashes: string[] = [];
      for (const intent of allIntents(model)) {
        for (const sample of new Set((intent.samples ?? []).map(fold))) {
          const other = owner.get(sample);
          if (other !== undefined) clashes.push(`"${sample}": ${other} and ${intent.name}`);
          else owner.set(sample, intent.name);
        }
      }
      expect(clashes).toEqual([]);
    });
  });

  describe('slot types', () => {
    const types = customTypes(model);
    const typeNames = types.map((type) => type.name);

    test('custom type names are unique and do not use the AMAZON. prefix', () => {
      expect(duplicates(typeNames)).toEqual([]);
      expect(typeNames.filter((name) => name.startsWith('AMAZON.'))).toEqual([]);
    });

    test('every slot type referenced is built in or defined', () => {
      const missing = allIntents(model).flatMap((intent) =>
        (intent.slots ?? [])
          .filter((slot) => !slot.type.startsWith('AMAZON.') && !typeNames.includes(slot.type))
          .map((slot) => `${intent.name}.${slot.name}: ${slot.type}`),
      );
      expect(missing).toEqual([]);
    });

    test('every custom type is used by a slot', () => {
      const used = new Set(allIntents(model).flatMap((intent) => (intent.slots ?? []).map((slot) => slot.type)));
      expect(typeNames.filter((name) => !used.has(name))).toEqual([]);
    });

    test.each(types.map((type) => [type.name, type] as const))('%s: values have unique ids', (_type, type) => {
      const values = type.values ?? [];
      expect(values.length).toBeGreaterThan(0);
      const ids = values.map((value) => value.id);
      expect(ids.filter((id) => id === undefined || id.length === 0)).toEqual([]);
      expect(duplicates(ids.filter((id): id is string => id !== undefined))).toEqual([]);
    });

    test.each(types.map((type) => [type.name, type] as const))(
      '%s: no value or synonym is repeated, within or across values',
      (_type, type) => {
        const phrases = (type.values ?? []).flatMap((value) => [value.name.value, ...(value.name.synonyms ?? [])].map(fold));
        expect(duplicates(phrases)).toEqual([]);
      },
    );

    test.each(types.map((type) => [type.name, type] as const))(
      '%s: values and synonyms are lower-case words only',
      (_type, type) => {
        const bad = (type.values ?? [])
          .flatMap((value) => [value.name.value, ...(value.name.synonyms ?? [])])
          .filter((phrase) => !SPACED.test(phrase) || !tokens(phrase).every((word) => rules.word.test(word)));
        expect(bad).toEqual([]);
      },
    );
  });
});

describe('en-US probes', () => {
  const model = loadModel('en-US');

  // The simulator's matcher: the same one the console and transcript tests use, with Alexa's built-in slot types.
  const now = new Date('2026-11-21T15:00:00Z');
  const heard = (utterance: string) => matchUtterance(model, utterance, now, 'America/New_York');

  test('one intent per triage flag, no slot, and no open-slot warning-sign carrier', () => {
    expect(Object.values(WARNING_SIGN_INTENTS).sort()).toEqual([...EMERGENCY_FLAGS, ...SAME_DAY_FLAGS].sort());
    for (const name of URGENT_INTENTS) {
      const intent = model.interactionModel.languageModel.intents.find((candidate) => candidate.name === name);
      expect({ name, slots: intent?.slots ?? [] }).toEqual({ name, slots: [] });
    }
    expect(customTypes(model).map((type) => type.name)).not.toContain('RedFlagSymptom');
  });

  /** The care protocol's red-flag examples, and the warning-sign intent each must reach. */
  const RED_FLAGS: ReadonlyArray<readonly [string, string]> = [
    ["I can't control my bladder", 'RedFlagBladderIntent'],
    ['numbness between my legs', 'RedFlagSaddleNumbnessIntent'],
    ['my leg is getting weak', 'RedFlagLegWeaknessIntent'],
    ['I fell down the stairs', 'RedFlagSeriousFallIntent'],
    ['chest pain', 'RedFlagChestPainIntent'],
    ['I have a fever', 'RedFlagFeverIntent'],
    ['i have chest pain', 'RedFlagChestPainIntent'],
    ["i've got a numb groin", 'RedFlagSaddleNumbnessIntent'],
    ['i have tingling in my buttocks', 'RedFlagSaddleNumbnessIntent'],
    ["i can't control my bowels", 'RedFlagBowelIntent'],
    ['i have trouble peeing', 'RedFlagBladderIntent'],
    ['i have a weak leg', 'RedFlagLegWeaknessIntent'],
    ['my leg keeps giving way', 'RedFlagLegWeaknessIntent'],
    ['i was in a car accident', 'RedFlagSeriousFallIntent'],
    ['i fell off a ladder', 'RedFlagSeriousFallIntent'],
    ['i have a history of cancer', 'RedFlagCancerHistoryIntent'],
    ["i've noticed unexplained weight loss", 'RedFlagWeightLossIntent'],
    ['i have pain at night', 'RedFlagNightPainIntent'],
    ['i have a weak immune system', 'RedFlagImmuneIntent'],
    ["what if i have a temperature", 'RedFlagFeverIntent'],
  ];

  test.each(RED_FLAGS)('"%s" -> %s', (utterance, intent) => {
    expect(heard(utterance).intent).toBe(intent);
  });

  const PROBES: ReadonlyArray<readonly [string, string]> = [
    ['it started yesterday', 'SetOnsetIntent'],
    ['two days ago', 'SetOnsetIntent'],
    ['my back went out yesterday evening', 'SetOnsetIntent'],
    ['it happened this morning', 'SetOnsetIntent'],
    ['it started last night', 'SetOnsetIntent'],
    ['my back went out on monday at three pm', 'SetOnsetIntent'],
    ['since november twentieth', 'SetOnsetIntent'],
    ['i hurt my back three days ago', 'SetOnsetIntent'],
    ["it's been two days", 'SetOnsetIntent'],
    ['seven', 'PainReportIntent'],
    ['about six out of ten', 'PainReportIntent'],
    ['my pain is a four', 'PainReportIntent'],
    ["i'd say eight", 'PainReportIntent'],
    ['how long do i keep ice on', 'IceDurationIntent'],
    ['how many minutes of ice', 'IceDurationIntent'],
    ['how often should i ice', 'IceFrequencyIntent'],
    ['when can i ice again', 'IceFrequencyIntent'],
    ['should i use ice or heat', 'IceOrHeatIntent'],
    ['is heat better than ice', 'IceOrHeatIntent'],
    ['when do i switch to heat', 'SwitchToHeatIntent'],
    ['when should i stop icing', 'SwitchToHeatIntent'],
    ['can i use a heating pad', 'HeatingPadIntent'],
    ['can i use a hot water bottle', 'HeatingPadIntent'],
    ['can i take a warm bath', 'WarmBathIntent'],
    ['is a hot tub ok', 'WarmBathIntent'],
    ['how should i lie down', 'RestPositionIntent'],
    ['pillows under my knees', 'RestPositionIntent'],
    ['should i stay in bed', 'MovementIntent'],
    ['can i walk', 'MovementIntent'],
    ['how do i use a tennis ball', 'TennisBallIntent'],
    ['massage ball', 'TennisBallIntent'],
    ['should i take ibuprofen', 'PainReliefIntent'],
    ['how much ibuprofen', 'PainReliefIntent'],
    ['do i need to go to the er', 'SeeDoctorIntent'],
    ['is this serious', 'SeeDoctorIntent'],
    ['run the safety check', 'SafetyCheckIntent'],
    ['what are the warning signs', 'SafetyCheckIntent'],
    ['how do i stop it happening again', 'PreventionIntent'],
    ['core exercises', 'PreventionIntent'],
    ['what phase am i in', 'PhaseStatusIntent'],
    ["what's next", 'PhaseStatusIntent'],
    ['what can you do', 'CapabilitiesIntent'],
    ["i'm done", 'AMAZON.StopIntent'],
  ];

  test.each(PROBES)('"%s" -> %s only', (utterance, intent) => {
    expect(heard(utterance).intent).toBe(intent);
  });
});

describe('character rules by language', () => {
  it('accept Spanish letters in Spanish models only', () => {
    expect(sampleProblems('cuánto tiempo dejo el hielo de la señora', WORD_ES)).toEqual([]);
    expect(sampleProblems('cuánto tiempo dejo el hielo')).toEqual(['characters other than letters, apostrophes and abbreviation periods: "cuánto"']);
    expect(sampleProblems("i'm done", WORD_ES)).not.toEqual([]);
    expect(sampleProblems('¿cuánto tiempo?', WORD_ES)).not.toEqual([]);
  });
});

/**
 * The Spanish models, heard as Alexa would hear them in Spanish (the simulator's Spanish grammars): the warning
 * signs reach the triage with the right id, and everyday phrasing reaches the intent the handlers expect.
 */
describe.each(['es-ES', 'es-US'])('%s probes', (locale) => {
  const model = loadModel(locale);
  const now = new Date('2026-11-21T15:00:00Z');
  const heard = (utterance: string) => matchUtterance(model, utterance, now, 'Europe/Madrid', { locale });

  test('one intent per triage flag, no slot, and no open-slot warning-sign carrier', () => {
    expect(Object.values(WARNING_SIGN_INTENTS).sort()).toEqual([...EMERGENCY_FLAGS, ...SAME_DAY_FLAGS].sort());
    for (const name of URGENT_INTENTS) {
      const intent = model.interactionModel.languageModel.intents.find((candidate) => candidate.name === name);
      expect({ name, slots: intent?.slots ?? [] }).toEqual({ name, slots: [] });
    }
    expect(customTypes(model).map((type) => type.name)).not.toContain('RedFlagSymptom');
  });

  const RED_FLAGS: ReadonlyArray<readonly [string, string]> = [
    ['No puedo controlar la vejiga', 'RedFlagBladderIntent'],
    ['dolor en el pecho', 'RedFlagChestPainIntent'],
    ['tengo dolor en el pecho', 'RedFlagChestPainIntent'],
    ['tengo la entrepierna dormida', 'RedFlagSaddleNumbnessIntent'],
    ['tengo hormigueo entre las piernas', 'RedFlagSaddleNumbnessIntent'],
    ['noto la pierna débil', 'RedFlagLegWeaknessIntent'],
    ['me caí por las escaleras', 'RedFlagSeriousFallIntent'],
    ['tuve un accidente de coche', 'RedFlagSeriousFallIntent'],
    ['no controlo el intestino', 'RedFlagBowelIntent'],
    ['tengo problemas para orinar', 'RedFlagBladderIntent'],
    ['tengo fiebre', 'RedFlagFeverIntent'],
    ['y si tengo escalofríos', 'RedFlagFeverIntent'],
    ['tengo antecedentes de cáncer', 'RedFlagCancerHistoryIntent'],
    ['he perdido peso sin querer', 'RedFlagWeightLossIntent'],
    ['tengo dolor por la noche', 'RedFlagNightPainIntent'],
    ['tengo las defensas bajas', 'RedFlagImmuneIntent'],
  ];

  test.each(RED_FLAGS)('"%s" -> %s', (utterance, intent) => {
    expect(heard(utterance).intent).toBe(intent);
  });

  const PROBES: ReadonlyArray<readonly [string, string]> = [
    ['empezó ayer', 'SetOnsetIntent'],
    ['hace dos días', 'SetOnsetIntent'],
    ['empezó esta mañana', 'SetOnsetIntent'],
    ['me dio ayer por la tarde', 'SetOnsetIntent'],
    ['me dio el lunes a las tres de la tarde', 'SetOnsetIntent'],
    ['desde el veinte de noviembre', 'SetOnsetIntent'],
    ['me hice daño en la espalda hace tres días', 'SetOnsetIntent'],
    ['llevo dos días así', 'SetOnsetIntent'],
    ['siete', 'PainReportIntent'],
    ['un seis sobre diez', 'PainReportIntent'],
    ['mi dolor es un cuatro', 'PainReportIntent'],
    ['yo diría un ocho', 'PainReportIntent'],
    ['¿Cuánto tiempo dejo el hielo?', 'IceDurationIntent'],
    ['cuántos minutos de hielo', 'IceDurationIntent'],
    ['cada cuánto me pongo hielo', 'IceFrequencyIntent'],
    ['cuándo puedo volver a ponerme hielo', 'IceFrequencyIntent'],
    ['¿Hielo o calor?', 'IceOrHeatIntent'],
    ['es mejor el calor que el hielo', 'IceOrHeatIntent'],
    ['cuándo paso al calor', 'SwitchToHeatIntent'],
    ['cuándo dejo de ponerme hielo', 'SwitchToHeatIntent'],
    ['puedo usar una bolsa de agua caliente', 'HeatingPadIntent'],
    ['puedo darme un baño caliente', 'WarmBathIntent'],
    ['cómo me tumbo', 'RestPositionIntent'],
    ['me quedo en la cama', 'MovementIntent'],
    ['puedo caminar', 'MovementIntent'],
    ['cómo uso una pelota de tenis', 'TennisBallIntent'],
    ['puedo tomar ibuprofeno', 'PainReliefIntent'],
    ['cuánto ibuprofeno puedo tomar', 'PainReliefIntent'],
    ['es grave', 'SeeDoctorIntent'],
    ['cuáles son las señales de alarma', 'SafetyCheckIntent'],
    ['ejercicios de core', 'PreventionIntent'],
    ['en qué fase estoy', 'PhaseStatusIntent'],
    ['qué toca ahora', 'PhaseStatusIntent'],
    ['qué puedes hacer', 'CapabilitiesIntent'],
    ['me acabo de poner el hielo', 'StartIceIntent'],
    ['empieza mi sesión de hielo', 'StartIceIntent'],
    ['empieza la sesión de hielo', 'StartIceIntent'],
    ['quiero empezar mi sesión de hielo', 'StartIceIntent'],
    ['empieza mi sesión de calor', 'StartHeatIntent'],
    ['inicia la sesión de calor', 'StartHeatIntent'],
    ['cuánto le queda al hielo', 'TimeLeftIntent'],
    ['pausa el temporizador', 'PauseTimerIntent'],
    ['cancela el temporizador del hielo', 'CancelTimerIntent'],
    ['me he quitado el hielo', 'SessionOffIntent'],
    ['cuántas sesiones de hielo llevo hoy', 'SessionCountIntent'],
    ['ya he terminado', 'AMAZON.StopIntent'],
    ['sí', 'AMAZON.YesIntent'],
    ['no', 'AMAZON.NoIntent'],
  ];

  test.each(PROBES)('"%s" -> %s only', (utterance, intent) => {
    expect(heard(utterance).intent).toBe(intent);
  });

  /** Every phrase the Spanish speech tells the user to say ("di: ...", "podrías preguntar: ..."). */
  const SAID_BY_THE_SKILL: ReadonlyArray<readonly [string, string]> = [
    ['cuánto tiempo dejo el hielo', 'IceDurationIntent'],
    ['hielo o calor', 'IceOrHeatIntent'],
    [locale === 'es-US' ? 'puedo usar una almohadilla térmica' : 'puedo usar la esterilla eléctrica', 'HeatingPadIntent'],
    ['cómo evito que vuelva a pasar', 'PreventionIntent'],
    ['empieza una sesión de hielo', 'StartIceIntent'],
    ['guíame en los estiramientos', 'StartStretchIntent'],
    ['empieza la rutina suave', 'StartStretchIntent'],
    ['quiero estirar de todas formas', 'StartStretchIntent'],
    ['espera', 'AMAZON.PauseIntent'],
    ['más despacio', 'SlowerIntent'],
    ['más rápido', 'FasterIntent'],
    ['atrás', 'AMAZON.PreviousIntent'],
    ['para', 'AMAZON.StopIntent'],
    ['sigue', 'AMAZON.ResumeIntent'],
    ['reanuda', 'AMAZON.ResumeIntent'],
    ['repite', 'AMAZON.RepeatIntent'],
    ['cuántos quedan', 'HowManyMoreIntent'],
    ['me duele', 'PainFlareIntent'],
    ['empieza de nuevo', 'AMAZON.StartOverIntent'],
    ['ayuda', 'AMAZON.HelpIntent'],
  ];

  test.each(SAID_BY_THE_SKILL)('what the skill tells people to say: "%s" -> %s', (utterance, intent) => {
    expect(heard(utterance).intent).toBe(intent);
  });

  if (locale === 'es-US') {
    const US: ReadonlyArray<readonly [string, string]> = [
      ['debería ir a la sala de emergencias', 'SeeDoctorIntent'],
      ['debería llamar al nueve uno uno', 'SeeDoctorIntent'],
      ['puedo meterme en la tina', 'WarmBathIntent'],
      ['puedo tomar acetaminofén', 'PainReliefIntent'],
      ['puedo trabajar en la computadora', 'MovementIntent'],
      ['me puse la almohadilla', 'StartHeatIntent'],
    ];
    test.each(US)('US Spanish: "%s" -> %s', (utterance, intent) => {
      expect(heard(utterance).intent).toBe(intent);
    });

    test('US Spanish: a car accident is a serious fall', () => {
      expect(heard('tuve un accidente de carro').intent).toBe('RedFlagSeriousFallIntent');
    });
  }
});
