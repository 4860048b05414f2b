/**
 * Offline stand-in for Alexa's NLU: picks the intent and slot values for an utterance from the
 * skill's interaction model.
 *
 * Each sample becomes a pattern of literal words and slots (a slot takes one or more words). Among
 * the samples that match the whole utterance, the winner has the fewest built-in slots whose words
 * do not parse (Alexa's built-in types are strict grammars: "it started this week" is a DATE, not a
 * TIME of "week"), then the most literal words, then the fewest custom slots without an entity
 * match, then the fewest slot words; on a tie the model's own samples beat Alexa's built-in
 * phrases, then the model's order decides. A sample of slots only must resolve all of them: Alexa
 * would not hear "banana" as the number in "{score}". No match gives AMAZON.FallbackIntent.
 */
import type { slu } from 'ask-sdk-model';
import { builtinPhrases } from './builtin-intents';
import { resolveBuiltin } from './builtins';
import { FAKE_SKILL_ID } from './envelope';
import { resolveEntity } from './entity-resolution';
import { foldAccents, Language, languageOf } from './language';
import type { InteractionModel, SlotType } from './model-types';
import { normalizeWords } from './normalize';

export interface SlotMatch {
  /** What Alexa puts in `slot.value`: the spoken words, or the parsed value of a built-in type. */
  value: string;
  /** The words the user said for the slot. */
  spoken: string;
  type: string;
  resolutions?: slu.entityresolution.Resolutions;
}

export interface IntentMatch {
  intent: string;
  slots: Record<string, SlotMatch>;
  /**
   * Set when the best sample only matched with a built-in slot whose words are not of its type ("my pain is now a
   * seven" as "my pain is {painScore}", painScore "?"): Alexa's statistical model would read such a sentence better,
   * so the console then asks the estimate first (see estimator.ts).
   */
  partial?: true;
  /** Set when no sample matched and the statistical estimate chose the intent (see estimator.ts). */
  estimated?: true;
  /**
   * Set when the sentence is one of AMAZON.FallbackIntent's own samples (an out-of-domain sentence the model names):
   * Alexa hears it as out of domain, so the estimate is not asked.
   */
  fallbackSample?: true;
}

export interface MatchOptions {
  /** For the entity-resolution authority; the simulator's fake id unless given. */
  skillId?: string;
  /** Only consider these samples (e.g. a slot's own samples while Alexa elicits it). */
  only?: readonly CompiledSample[];
  /**
   * The request's locale ("es-ES"): its language picks the grammars of the built-in slot types and Alexa's
   * phrases for the built-in intents. English unless given.
   */
  locale?: string;
}

/** A literal word (as its match key) or a slot reference. */
type Part = { kind: 'word'; word: string } | { kind: 'slot'; name: string };

export interface CompiledSample {
  intent: string;
  parts: Part[];
  literalCount: number;
  fromModel: boolean;
  order: number;
  /** Slot name to slot type, for the slots of this sample's intent. */
  slotTypes: Record<string, string>;
}

interface Candidate {
  sample: CompiledSample;
  slots: Record<string, SlotMatch>;
  /** Built-in slots whose words did not parse. */
  unparsed: number;
  /** Custom slots without an entity-resolution match. */
  unresolved: number;
  slotWords: number;
}

export const FALLBACK_INTENT = 'AMAZON.FallbackIntent';

export function matchUtterance(
  model: InteractionModel,
  utterance: string,
  now: Date,
  timeZone: string,
  options: MatchOptions = {},
): IntentMatch {
  const words = normalizeWords(utterance);
  const types = slotTypesOf(model);
  const skillId = options.skillId ?? FAKE_SKILL_ID;
  const language = languageOf(options.locale);
  // Literal words compare without apostrophes and accent marks, so typed "im done" still finds "i'm done",
  // and "cuanto" finds "cuánto".
  const keys = words.map(matchKey);
  let best: Candidate | undefined;
  for (const sample of options.only ?? compileModel(model, language)) {
    for (const captures of matchParts(sample.parts, words, keys)) {
      const candidate = evaluate(sample, captures, types, skillId, now, timeZone, language);
      if (!candidate) continue;
      if (!best || better(candidate, best)) best = candidate;
    }
  }
  if (!best) return { intent: FALLBACK_INTENT, slots: {} };
  if (best.unparsed > 0) return { intent: best.sample.intent, slots: best.slots, partial: true };
  return best.sample.intent === FALLBACK_INTENT ? { intent: FALLBACK_INTENT, slots: best.slots, fallbackSample: true } : { intent: best.sample.intent, slots: best.slots };
}

function better(a: Candidate, b: Candidate): boolean {
  if (a.unparsed !== b.unparsed) return a.unparsed < b.unparsed;
  if (a.sample.literalCount !== b.sample.literalCount) return a.sample.literalCount > b.sample.literalCount;
  if (a.unresolved !== b.unresolved) return a.unresolved < b.unresolved;
  if (a.slotWords !== b.slotWords) return a.slotWords < b.slotWords;
  if (a.sample.fromModel !== b.sample.fromModel) return a.sample.fromModel;
  return a.sample.order < b.sample.order;
}

function evaluate(
  sample: CompiledSample,
  captures: Map<string, string[]>,
  types: Map<string, SlotType>,
  skillId: string,
  now: Date,
  timeZone: string,
  language: Language,
): Candidate | undefined {
  const slots: Record<string, SlotMatch> = {};
  let unparsed = 0;
  let unresolved = 0;
  let slotWords = 0;
  for (const [name, spokenWords] of captures) {
    const typeName = sample.slotTypes[name];
    const spoken = spokenWords.join(' ');
    slotWords += spokenWords.length;
    const custom = types.get(typeName);
    if (custom) {
      const resolved = resolveEntity(custom, spoken, skillId, language);
      if (!resolved.matched) unresolved++;
      slots[name] = { value: spoken, spoken, type: typeName, resolutions: resolved.resolutions };
    } else {
      const builtin = resolveBuiltin(typeName, spokenWords, now, timeZone, language);
      if (!builtin.understood) unparsed++;
      slots[name] = { value: builtin.value, spoken, type: typeName };
    }
  }
  if (sample.literalCount === 0 && unparsed + unresolved > 0) return undefined;
  return { sample, slots, unparsed, unresolved, slotWords };
}

/** Every way the parts can cover all the words; a slot takes one or more words. */
function* matchParts(
  parts: readonly Part[],
  words: readonly string[],
  keys: readonly string[],
  p = 0,
  w = 0,
  captures = new Map<string, string[]>(),
): Generator<Map<string, string[]>> {
  if (p === parts.length) {
    if (w === words.length) yield new Map(captures);
    return;
  }
  const part = parts[p];
  if (part.kind === 'word') {
    if (keys[w] === part.word) yield* matchParts(parts, words, keys, p + 1, w + 1, captures);
    return;
  }
  // Leave at least one word for each later part that needs one.
  const reserved = parts.slice(p + 1).length;
  for (let end = w + 1; end <= words.length - reserved; end++) {
    captures.set(part.name, words.slice(w, end));
    yield* matchParts(parts, words, keys, p + 1, end, captures);
    captures.delete(part.name);
  }
}

function matchKey(word: string): string {
  return foldAccents(word.replace(/'/g, ''));
}

const compiled = new WeakMap<InteractionModel, Map<Language, CompiledSample[]>>();

/** The model's samples plus Alexa's own phrases (in the model's language) for the built-in intents the model lists. */
export function compileModel(model: InteractionModel, language: Language = 'en'): CompiledSample[] {
  let byLanguage = compiled.get(model);
  if (!byLanguage) {
    byLanguage = new Map();
    compiled.set(model, byLanguage);
  }
  const cached = byLanguage.get(language);
  if (cached) return cached;
  const phrasesFor = builtinPhrases(language);
  const samples: CompiledSample[] = [];
  for (const intent of model.interactionModel.languageModel.intents) {
    const slotTypes = Object.fromEntries((intent.slots ?? []).map((slot) => [slot.name, slot.type]));
    const phrases = [
      ...(intent.samples ?? []).map((text) => ({ text, fromModel: true })),
      ...(phrasesFor[intent.name] ?? []).map((text) => ({ text, fromModel: false })),
    ];
    for (const { text, fromModel } of phrases) {
      const sample = compileSample(intent.name, text, slotTypes, fromModel, samples.length);
      if (sample) samples.push(sample);
    }
  }
  byLanguage.set(language, samples);
  return samples;
}

/** A sample as parts; undefined for a sample naming a slot its intent does not declare. */
export function compileSample(
  intent: string,
  text: string,
  slotTypes: Record<string, string>,
  fromModel: boolean,
  order: number,
): CompiledSample | undefined {
  const parts: Part[] = [];
  for (const piece of text.split(/(\{[^}]*\})/)) {
    const slot = /^\{\s*([^}\s]+)\s*\}$/.exec(piece);
    if (slot) {
      if (!(slot[1] in slotTypes)) return undefined;
      parts.push({ kind: 'slot', name: slot[1] });
    } else {
      for (const word of normalizeWords(piece)) parts.push({ kind: 'word', word: matchKey(word) });
    }
  }
  if (parts.length === 0) return undefined;
  const literalCount = parts.filter((part) => part.kind === 'word').length;
  return { intent, parts, literalCount, fromModel, order, slotTypes };
}

const typeMaps = new WeakMap<InteractionModel, Map<string, SlotType>>();

function slotTypesOf(model: InteractionModel): Map<string, SlotType> {
  let types = typeMaps.get(model);
  if (!types) {
    types = new Map((model.interactionModel.languageModel.types ?? []).map((type) => [type.name, type]));
    typeMaps.set(model, types);
  }
  return types;
}

/**
 * What Alexa listens for while it elicits one slot (after a Dialog.ElicitSlot): the slot's own samples
 * from the model, and the slot value on its own.
 */
export function elicitationSamples(model: InteractionModel, intentName: string, slotName: string): CompiledSample[] {
  const intent = model.interactionModel.languageModel.intents.find((candidate) => candidate.name === intentName);
  const slot = intent?.slots?.find((candidate) => candidate.name === slotName);
  if (!intent || !slot) return [];
  const slotTypes = Object.fromEntries((intent.slots ?? []).map((s) => [s.name, s.type]));
  const texts = [...(slot.samples ?? []), `{${slotName}}`];
  return texts
    .map((text, order) => compileSample(intent.name, text, slotTypes, true, order))
    .filter((sample): sample is CompiledSample => sample !== undefined);
}
