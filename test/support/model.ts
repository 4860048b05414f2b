/**
 * Loading the skill's interaction models (interaction-models/<locale>.json) as typed objects.
 * `loadModel` / `readModel` check the shape at run time against Amazon's schema (as far as this
 * project uses it) and throw a message naming the bad path, so a broken file fails loudly in tests.
 */
import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import type {
  InteractionModel,
  InteractionModelSchema,
  Intent,
  LanguageModel,
  Slot,
  SlotType,
  SlotTypeValue,
} from '../../tools/simulator/model-types';

export const MODELS_DIR = path.resolve(__dirname, '..', '..', 'interaction-models');

/** Absolute path of the model file for a locale such as "en-US". */
export function modelPath(locale: string): string {
  return path.join(MODELS_DIR, `${locale}.json`);
}

/** Absolute paths of every interaction-models/*.json, sorted. */
export function listModelFiles(): string[] {
  return readdirSync(MODELS_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => path.join(MODELS_DIR, name));
}

/** Locales that have a model file ("en-US", ...). */
export function listLocales(): string[] {
  return listModelFiles().map((file) => path.basename(file, '.json'));
}

/** Parse and shape-check one model file. */
export function readModel(file: string): InteractionModel {
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
  return parseInteractionModel(json, path.basename(file));
}

/** The parsed, typed model for a locale. */
export function loadModel(locale: string): InteractionModel {
  return readModel(modelPath(locale));
}

/** Names of all intents in a model file, built-ins included, in file order. */
export function listIntentNames(file: string): string[] {
  return readModel(file).interactionModel.languageModel.intents.map((intent) => intent.name);
}

/** Custom intents: everything that is not an `AMAZON.` built-in. */
export function isCustomIntent(intent: Intent): boolean {
  return !intent.name.startsWith('AMAZON.');
}

// ---------------------------------------------------------------------------------------------
// Run-time shape check

type Json = Record<string, unknown>;

function fail(where: string, what: string): never {
  throw new Error(`${where}: ${what}`);
}

function obj(value: unknown, where: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(where, 'expected an object');
  return value as Json;
}

function str(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.length === 0) fail(where, 'expected a non-empty string');
  return value;
}

function arr(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) fail(where, 'expected an array');
  return value;
}

function optionalStrings(value: unknown, where: string): string[] | undefined {
  if (value === undefined) return undefined;
  return arr(value, where).map((item, i) => str(item, `${where}[${i}]`));
}

export function parseInteractionModel(json: unknown, where = 'model'): InteractionModel {
  const root = obj(json, where);
  const im = obj(root.interactionModel, `${where}.interactionModel`);
  const languageModel = parseLanguageModel(im.languageModel, `${where}.interactionModel.languageModel`);
  const model: InteractionModel = { interactionModel: { languageModel } };
  // dialog and prompts are carried through unchecked beyond being objects/arrays.
  if (im.dialog !== undefined) {
    const dialog = obj(im.dialog, `${where}.interactionModel.dialog`);
    arr(dialog.intents, `${where}.interactionModel.dialog.intents`);
    model.interactionModel.dialog = dialog as unknown as NonNullable<InteractionModelSchema['dialog']>;
  }
  if (im.prompts !== undefined) {
    arr(im.prompts, `${where}.interactionModel.prompts`);
    model.interactionModel.prompts = im.prompts as NonNullable<InteractionModelSchema['prompts']>;
  }
  return model;
}

function parseLanguageModel(value: unknown, where: string): LanguageModel {
  const lm = obj(value, where);
  const invocationName = str(lm.invocationName, `${where}.invocationName`);
  const intents = arr(lm.intents, `${where}.intents`).map((intent, i) => parseIntent(intent, `${where}.intents[${i}]`));
  const result: LanguageModel = { invocationName, intents };
  if (lm.types !== undefined) {
    result.types = arr(lm.types, `${where}.types`).map((type, i) => parseSlotType(type, `${where}.types[${i}]`));
  }
  if (lm.modelConfiguration !== undefined) {
    result.modelConfiguration = obj(lm.modelConfiguration, `${where}.modelConfiguration`) as NonNullable<
      LanguageModel['modelConfiguration']
    >;
  }
  return result;
}

function parseIntent(value: unknown, where: string): Intent {
  const raw = obj(value, where);
  const intent: Intent = { name: str(raw.name, `${where}.name`) };
  if (raw.slots !== undefined) {
    intent.slots = arr(raw.slots, `${where}.slots`).map((slot, i) => parseSlot(slot, `${where}.slots[${i}]`));
  }
  const samples = optionalStrings(raw.samples, `${where}.samples`);
  if (samples !== undefined) intent.samples = samples;
  return intent;
}

function parseSlot(value: unknown, where: string): Slot {
  const raw = obj(value, where);
  const slot: Slot = { name: str(raw.name, `${where}.name`), type: str(raw.type, `${where}.type`) };
  const samples = optionalStrings(raw.samples, `${where}.samples`);
  if (samples !== undefined) slot.samples = samples;
  if (raw.multipleValues !== undefined) {
    const mv = obj(raw.multipleValues, `${where}.multipleValues`);
    if (typeof mv.enabled !== 'boolean') fail(`${where}.multipleValues.enabled`, 'expected a boolean');
    slot.multipleValues = { enabled: mv.enabled };
  }
  return slot;
}

function parseSlotType(value: unknown, where: string): SlotType {
  const raw = obj(value, where);
  const type: SlotType = { name: str(raw.name, `${where}.name`) };
  if (raw.values !== undefined) {
    type.values = arr(raw.values, `${where}.values`).map((v, i) => parseSlotTypeValue(v, `${where}.values[${i}]`));
  }
  if (raw.valueSupplier !== undefined) {
    type.valueSupplier = obj(raw.valueSupplier, `${where}.valueSupplier`) as unknown as NonNullable<SlotType['valueSupplier']>;
  }
  if (type.values === undefined && type.valueSupplier === undefined) fail(where, 'a slot type needs values or a valueSupplier');
  return type;
}

function parseSlotTypeValue(value: unknown, where: string): SlotTypeValue {
  const raw = obj(value, where);
  const name = obj(raw.name, `${where}.name`);
  const result: SlotTypeValue = { name: { value: str(name.value, `${where}.name.value`) } };
  const synonyms = optionalStrings(name.synonyms, `${where}.name.synonyms`);
  if (synonyms !== undefined) result.name.synonyms = synonyms;
  if (raw.id !== undefined) result.id = str(raw.id, `${where}.id`);
  return result;
}
