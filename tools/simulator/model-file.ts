/** Reads a skill's interaction model file (`interaction-models/<locale>.json`). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InteractionModel } from './model-types';

export function modelPath(locale: string, root: string = process.cwd()): string {
  return join(root, 'interaction-models', `${locale}.json`);
}

export function readInteractionModel(locale: string, root?: string): InteractionModel {
  const path = modelPath(locale, root);
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isModelFile(parsed)) throw new Error(`${path} is not an interaction model file (no interactionModel.languageModel.intents)`);
  return parsed;
}

function isModelFile(value: unknown): value is InteractionModel {
  if (typeof value !== 'object' || value === null || !('interactionModel' in value)) return false;
  const model: unknown = value.interactionModel;
  if (typeof model !== 'object' || model === null || !('languageModel' in model)) return false;
  const language: unknown = model.languageModel;
  return typeof language === 'object' && language !== null && 'intents' in language && Array.isArray(language.intents);
}
