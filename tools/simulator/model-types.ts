/**
 * TypeScript shape of an Alexa skill-package interaction model file
 * (`skill-package/interactionModels/custom/<locale>.json`), after Amazon's interaction model schema
 * (SMAPI `v1.skill.interactionModel`: InteractionModelData, LanguageModel, Intent, SlotDefinition,
 * SlotType, TypeValue, Dialog, Prompt). Optional fields are optional here as they are in the schema,
 * so a file written for the developer console or the ASK CLI parses into these types unchanged.
 */

/**
 * The whole file: `{ "interactionModel": { "languageModel": ... } }` (SMAPI `InteractionModelData`).
 * Reach the intents with `model.interactionModel.languageModel.intents`.
 */
export interface InteractionModel {
  interactionModel: InteractionModelSchema;
  /** Present in files exported by SMAPI ("get interaction model"); absent in hand-written ones. */
  version?: string;
  description?: string;
}

/** SMAPI's name for this file format. */
export type InteractionModelData = InteractionModel;

/** The value of the file's `interactionModel` key (SMAPI `InteractionModelSchema`). */
export interface InteractionModelSchema {
  languageModel: LanguageModel;
  dialog?: DialogModel;
  prompts?: Prompt[];
}

export interface LanguageModel {
  invocationName: string;
  intents: Intent[];
  types?: SlotType[];
  modelConfiguration?: ModelConfiguration;
}

export interface ModelConfiguration {
  fallbackIntentSensitivity?: { level: 'LOW' | 'MEDIUM' | 'HIGH' };
}

export interface Intent {
  /** Custom intents are `[A-Za-z_]+`; built-ins are `AMAZON.<Name>`. */
  name: string;
  slots?: Slot[];
  /** Sample utterances, lower case words and `{slotName}` references. */
  samples?: string[];
}

export interface Slot {
  name: string;
  /** A built-in type (`AMAZON.DATE`, `AMAZON.NUMBER` ...) or the name of a custom `SlotType`. */
  type: string;
  /** Utterances for slot elicitation (used with a dialog model / `Dialog.ElicitSlot`). */
  samples?: string[];
  multipleValues?: { enabled: boolean };
}

export interface SlotType {
  name: string;
  /** Inline values. A type may instead take its values from a catalog (`valueSupplier`). */
  values?: SlotTypeValue[];
  valueSupplier?: ValueSupplier;
  /** Present on types that Amazon generated (e.g. by a catalog import). */
  generatedBy?: string;
}

export interface SlotTypeValue {
  /** Sent back in `resolutions.resolutionsPerAuthority[].values[].value.id` on an entity-resolution match. */
  id?: string;
  name: SlotTypeValueName;
}

export interface SlotTypeValueName {
  value: string;
  synonyms?: string[];
}

export type ValueSupplier =
  | { type: 'CatalogValueSupplier'; valueCatalog: { catalogId: string; version: string } }
  | { type: 'InlineValueSupplier'; values: SlotTypeValue[] };

export interface DialogModel {
  delegationStrategy?: 'ALWAYS' | 'SKILL_RESPONSE';
  intents: DialogIntent[];
}

export interface DialogIntent {
  name: string;
  delegationStrategy?: 'ALWAYS' | 'SKILL_RESPONSE';
  confirmationRequired?: boolean;
  prompts?: { confirmation?: string; elicitation?: string };
  slots?: DialogSlot[];
}

export interface DialogSlot {
  name: string;
  type: string;
  elicitationRequired?: boolean;
  confirmationRequired?: boolean;
  prompts?: { elicitation?: string; confirmation?: string };
  validations?: SlotValidation[];
}

export interface SlotValidation {
  type: string;
  prompt: string;
  values?: string[];
  value?: string;
}

export interface Prompt {
  id: string;
  variations: PromptVariation[];
}

export interface PromptVariation {
  type: 'PlainText' | 'SSML';
  value: string;
}
