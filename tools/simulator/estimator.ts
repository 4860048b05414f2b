/**
 * The statistical half of the simulator's NLU: when no sample matches an utterance exactly, a classifier trained on
 * the model's own samples estimates the intent, as Alexa's statistical model generalises beyond its samples. It is
 * an estimate of Alexa, not a copy: nlp.js (a bag-of-stems neural classifier) trained on the same sentences.
 *
 * - The training sentences are the model's samples (and Alexa's own phrases for the built-in intents), each {slot} replaced by a word of its type (numbers, dates,
 *   values of the custom type) so that slot positions carry their usual words. AMAZON.FallbackIntent's samples
 *   (out-of-domain sentences) train the "not for this skill" class, as they do on Alexa.
 * - Out of domain (AMAZON.FallbackIntent): a sentence whose content words are mostly unknown to the model
 *   (MIN_KNOWN_SHARE), so that one rare word ("purple elephants dancing") cannot pull a sentence into an intent,
 *   and a classification below MIN_SCORE. A sentence not heard as a warning sign gets a second look for warning
 *   signs only (warning-rescue.ts): long, rambling sentences are where this classifier loses them. A sentence in
 *   several clauses ("..., but my chest hurts too") is a warning sign when one clause on its own is heard as one.
 * - Slots are then filled as the exact matcher fills them: built-in types only with words of their type; custom
 *   types only with a value or synonym here (an estimate has no sample to say where an open slot would be).
 * - Training takes seconds: a trained classifier is kept in memory and in .cache/nlu/ (git-ignored), by a hash of
 *   the model, the locale and these settings. nlp.js writes nothing and logs nothing.
 *
 * Development and tests only: never imported by lambda/.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InteractionModel, SlotType } from './model-types';
import { foldAccents, Language, languageOf } from './language';
import { normalizeWords } from './normalize';
import { nlpjsBasic, nlpjsSpanish } from './nlpjs';
import { resolveBuiltin, isBuiltinType } from './builtins';
import { resolveEntity, typeValues } from './entity-resolution';
import { FAKE_SKILL_ID } from './envelope';
import { FALLBACK_INTENT, IntentMatch, SlotMatch } from './matcher';
import { builtinPhrases } from './builtin-intents';
import { warningRescue } from './warning-rescue';
import { URGENT_INTENTS } from '../../lambda/features/safety/handlers/warning-sign-intents';

/** Below this, the classifier's best guess is treated as out of domain. Set once, a priori; not tuned to a test set. */
export const MIN_SCORE = 0.5;
/** At least this share of a sentence's content words must occur in the model's samples. Also a priori. */
export const MIN_KNOWN_SHARE = 0.5;

/** Words that carry no content, left out of the known-word share. */
const FUNCTION_WORDS: Record<Language, ReadonlySet<string>> = {
  en: new Set('i me my mine you your it its is am are was were be been the a an and or but to of in on at for with this that so just um oh well please can do does did what how'.split(' ')),
  es: new Set('yo me mi mis tu te lo la las los el un una unos unas y o pero a de del en con por para que es soy estoy ya muy pues eh oye qué cómo'.split(' ').map((w) => foldAccents(w))),
};

/** nlp.js's neural settings: a looser error threshold than its default trains in seconds with the same answers. */
const NEURAL_SETTINGS = { errorThresh: 0.0005, iterations: 1000 } as const;
const SETTINGS_VERSION = 1;

/** Example words for a built-in slot type in training sentences, by language (rotated sample by sample). */
const FILLERS: Record<Language, Record<string, readonly string[]>> = {
  en: {
    'AMAZON.NUMBER': ['three', 'five', 'seven', 'eight', 'two', 'six', 'four', 'nine'],
    'AMAZON.DATE': ['yesterday', 'today', 'monday', 'last week', 'on friday', 'this week'],
    'AMAZON.TIME': ['morning', 'evening', 'night', 'three pm', 'noon'],
    'AMAZON.DURATION': ['two hours', 'three days', 'twenty minutes', 'a week', 'an hour'],
  },
  es: {
    'AMAZON.NUMBER': ['tres', 'cinco', 'siete', 'ocho', 'dos', 'seis', 'cuatro', 'nueve'],
    'AMAZON.DATE': ['ayer', 'hoy', 'el lunes', 'la semana pasada', 'el viernes'],
    'AMAZON.TIME': ['mañana', 'tarde', 'noche', 'las tres'],
    'AMAZON.DURATION': ['dos horas', 'tres días', 'veinte minutos', 'una semana', 'una hora'],
  },
};

export interface Estimate {
  intent: string;
  score: number;
  /** Not a warning sign for the classifier on the whole sentence: heard as one by the second opinion (warning-rescue.ts) or in one of its clauses. */
  rescued?: boolean;
}

export interface Estimator {
  /** The estimated intent and its slots (marked `estimated`), or AMAZON.FallbackIntent. */
  estimate(utterance: string, now: Date, timeZone: string): Promise<IntentMatch>;
  /** The classifier's raw best intent and score, for reports. */
  classify(utterance: string): Promise<Estimate>;
}

interface NlpProcessResult {
  intent: string;
  score: number;
}
interface NlpManager {
  settings: Record<string, unknown>;
  addLanguage(locale: string): void;
  addDocument(locale: string, utterance: string, intent: string): void;
  train(): Promise<unknown>;
  process(locale: string, utterance: string): Promise<NlpProcessResult>;
  export(minified?: boolean): string;
  import(json: string): void;
}

const memory = new Map<string, Promise<Estimator>>();

/** The estimator for a model, trained once per model, locale and settings (memory, then .cache/nlu/, then training). */
export function estimatorFor(model: InteractionModel, locale: string, options: { cacheDir?: string } = {}): Promise<Estimator> {
  const language = languageOf(locale);
  const corpus = trainingCorpus(model, language);
  const key = createHash('sha256').update(JSON.stringify({ corpus, language, NEURAL_SETTINGS, SETTINGS_VERSION })).digest('hex').slice(0, 24);
  let estimator = memory.get(key);
  if (!estimator) {
    estimator = build(model, language, corpus, key, options.cacheDir ?? join(process.cwd(), '.cache', 'nlu'));
    memory.set(key, estimator);
  }
  return estimator;
}

/** The training sentences: every sample of every intent, slots filled with words of their type. */
export function trainingCorpus(model: InteractionModel, language: Language): Array<{ utterance: string; intent: string }> {
  const types = new Map((model.interactionModel.languageModel.types ?? []).map((type) => [type.name, type]));
  const corpus: Array<{ utterance: string; intent: string }> = [];
  let turn = 0;
  for (const intent of model.interactionModel.languageModel.intents) {
    const slotTypes = Object.fromEntries((intent.slots ?? []).map((slot) => [slot.name, slot.type]));
    for (const sample of intent.samples ?? []) {
      turn++;
      const utterance = sample.replace(/\{\s*([^}\s]+)\s*\}/g, (_, slot: string) => filler(slotTypes[slot], types, language, turn));
      corpus.push({ utterance, intent: intent.name });
    }
    // What Alexa itself hears for a built-in intent ("stop", "next"), as the exact matcher does.
    for (const phrase of builtinPhrases(language)[intent.name] ?? []) corpus.push({ utterance: phrase, intent: intent.name });
  }
  return corpus;
}

function wordKey(word: string): string {
  return foldAccents(word.replace(/'/g, ''));
}

function filler(type: string | undefined, types: Map<string, SlotType>, language: Language, turn: number): string {
  const words = type === undefined ? undefined : (FILLERS[language][type] ?? customWords(types.get(type)));
  return words && words.length > 0 ? words[turn % words.length] : '';
}

function customWords(type: SlotType | undefined): string[] {
  return type ? typeValues(type).flatMap((value) => [value.name.value, ...(value.name.synonyms ?? [])]) : [];
}

async function build(model: InteractionModel, language: Language, corpus: Array<{ utterance: string; intent: string }>, key: string, cacheDir: string): Promise<Estimator> {
  const nlp = await createManager(language);
  const file = join(cacheDir, `${language}-${key}.json`);
  if (existsSync(file)) {
    nlp.import(readFileSync(file, 'utf8'));
  } else {
    for (const { utterance, intent } of corpus) nlp.addDocument(language, utterance, intent);
    await nlp.train();
    mkdirSync(cacheDir, { recursive: true });
    // Written whole, then renamed: two test workers training at once never read half a file.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, nlp.export(true));
    renameSync(partial, file);
  }
  const types = new Map((model.interactionModel.languageModel.types ?? []).map((type) => [type.name, type]));
  const vocabulary = new Set(corpus.flatMap(({ utterance }) => normalizeWords(utterance).map(wordKey)));
  const rescue = warningRescue(corpus, language, URGENT_INTENTS, wordKey);
  // "my daughter's got a temperature": a possessive or "'s" the samples never say is the word they do say (Alexa's
  // model reads "daughter's" as "daughter" and a clitic); a word the samples say with its "'s" ("it's") stays.
  const plainWord = (word: string): string => {
    const stem = language === 'en' && word.endsWith("'s") ? word.slice(0, -2) : undefined;
    return stem && !vocabulary.has(wordKey(word)) && vocabulary.has(wordKey(stem)) ? stem : word;
  };
  const classifyWhole = async (utterance: string): Promise<Estimate> => {
    const words = normalizeWords(utterance).map(plainWord);
    const text = words.join(' ');
    if (text === '') return { intent: FALLBACK_INTENT, score: 1 };
    const content = words.map(wordKey).filter((word) => !FUNCTION_WORDS[language].has(word));
    const known = content.filter((word) => vocabulary.has(word)).length;
    // What the classifier heard, unless the second opinion hears a warning sign in it.
    const heard = (intent: string, score: number): Estimate => {
      const sign = rescue(text, content, intent);
      return sign ? { intent: sign, score, rescued: true } : { intent, score };
    };
    if (content.length > 0 && (known === 0 || known / content.length < MIN_KNOWN_SHARE)) return heard(FALLBACK_INTENT, 0);
    const result = await nlp.process(language, text);
    const outOfDomain = result.intent === 'None' || result.score < MIN_SCORE;
    return heard(outOfDomain ? FALLBACK_INTENT : result.intent, result.score);
  };
  // A sentence said in several clauses is a warning sign when one clause on its own is heard as one: "i don't know
  // if it's related but my chest hurts too". A clause the classifier hears comes before one the second opinion does.
  const classify = async (utterance: string): Promise<Estimate> => {
    const whole = await classifyWhole(utterance);
    if (isUrgent(whole.intent) && !whole.rescued) return whole;
    let rescuedClause: Estimate | undefined;
    for (const clause of clauses(normalizeWords(utterance), language)) {
      const part = await classifyWhole(clause);
      if (!isUrgent(part.intent)) continue;
      if (!part.rescued) return { ...part, rescued: true };
      rescuedClause ??= part;
    }
    return isUrgent(whole.intent) ? whole : (rescuedClause ?? whole);
  };
  return {
    classify,
    async estimate(utterance, now, timeZone) {
      const { intent } = await classify(utterance);
      if (intent === FALLBACK_INTENT) return { intent, slots: {} };
      const declared = model.interactionModel.languageModel.intents.find((candidate) => candidate.name === intent)?.slots ?? [];
      return { intent, slots: fillSlots(normalizeWords(utterance), declared, types, now, timeZone, language), estimated: true };
    },
  };
}

/**
 * Each slot of the estimated intent takes the longest run of words that is a value of its type, runs never shared:
 * "my back went out about three hours ago" gives onsetAgo "three hours" (PT3H). A slot with no such words stays empty.
 */
export function fillSlots(
  words: readonly string[],
  slots: ReadonlyArray<{ name: string; type: string }>,
  types: Map<string, SlotType>,
  now: Date,
  timeZone: string,
  language: Language,
): Record<string, SlotMatch> {
  const candidates: Array<{ slot: string; start: number; end: number; match: SlotMatch }> = [];
  for (const slot of slots) {
    for (let start = 0; start < words.length; start++) {
      for (let end = start + 1; end <= Math.min(words.length, start + 6); end++) {
        const spokenWords = words.slice(start, end);
        const spoken = spokenWords.join(' ');
        if (isBuiltinType(slot.type)) {
          const builtin = resolveBuiltin(slot.type, spokenWords, now, timeZone, language);
          if (builtin.understood) candidates.push({ slot: slot.name, start, end, match: { value: builtin.value, spoken, type: slot.type } });
        } else {
          const custom = types.get(slot.type);
          if (!custom) continue;
          const resolved = resolveEntity(custom, spoken, FAKE_SKILL_ID, language);
          if (resolved.matched) candidates.push({ slot: slot.name, start, end, match: { value: spoken, spoken, type: slot.type, resolutions: resolved.resolutions } });
        }
      }
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Set<number>();
  const filled: Record<string, SlotMatch> = {};
  for (const candidate of candidates) {
    if (filled[candidate.slot]) continue;
    const span = Array.from({ length: candidate.end - candidate.start }, (_, i) => candidate.start + i);
    if (span.some((index) => taken.has(index))) continue;
    span.forEach((index) => taken.add(index));
    filled[candidate.slot] = candidate.match;
  }
  return filled;
}

async function createManager(language: Language): Promise<NlpManager> {
  const basic = nlpjsBasic();
  const container = (await basic.containerBootstrap({ log: false })) as NlpContainer;
  container.use(language === 'es' ? nlpjsSpanish().LangEs : basic.LangEn);
  // The neural network's settings, quiet (its default logs every epoch).
  container.registerConfiguration(
    'nlu-??',
    { log: false, keepStopwords: true, nonefeatureValue: 1, nonedeltaMultiplier: 1.2, spellCheck: false, spellCheckDistance: 1, filterZeros: true, ...NEURAL_SETTINGS },
    true,
  );
  container.use(basic.Nlp);
  const nlp = container.get('nlp') as NlpManager;
  nlp.settings.autoSave = false;
  nlp.settings.autoLoad = false;
  nlp.settings.log = false;
  nlp.addLanguage(language);
  return nlp;
}

interface NlpContainer {
  use(plugin: unknown): void;
  registerConfiguration(tag: string, settings: object, overwrite: boolean): void;
  get(name: string): unknown;
}

/** Whether an intent is a warning sign or the plea for urgent help: what gets the urgent answer. */
export function isUrgent(intent: string): boolean {
  return URGENT_INTENTS.includes(intent);
}

const JOINERS: Record<Language, ReadonlySet<string>> = {
  en: new Set('and but so because cause since though although then'.split(' ')),
  es: new Set('y pero porque aunque pues desde'.split(' ')),
};

/** The clauses of a sentence said in several parts ("i don't know if it's related but my chest hurts too"). */
export function clauses(words: readonly string[], language: Language): string[] {
  const parts: string[][] = [[]];
  for (const word of words) {
    if (JOINERS[language].has(word)) parts.push([]);
    else parts[parts.length - 1].push(word);
  }
  const real = parts.filter((part) => part.length >= 2);
  return real.length > 1 ? real.map((part) => part.join(' ')) : [];
}
