/** The intents a locale's model source marks `planned` (written, not yet shipped): a variant has its base's. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseSource } = require('../../scripts/model-source.js') as {
  parseSource(text: string, name?: string): { intents: Array<{ name: string; planned: boolean }> };
};

export function sourceLocaleOf(locale: string, root: string = process.cwd()): string {
  const variant = join(root, 'interaction-models', 'variants', `${locale}.json`);
  if (!existsSync(variant)) return locale;
  const base: unknown = (JSON.parse(readFileSync(variant, 'utf8')) as { base?: unknown }).base;
  return typeof base === 'string' ? base : locale;
}

export function plannedIntents(locale: string, root: string = process.cwd()): string[] {
  const file = join(root, 'interaction-models', 'source', `${sourceLocaleOf(locale, root)}.txt`);
  if (!existsSync(file)) return [];
  return parseSource(readFileSync(file, 'utf8'), file)
    .intents.filter((intent) => intent.planned)
    .map((intent) => intent.name);
}
