/**
 * Annotation sets in the CSV format of Amazon's NLU Evaluation Tool (SMAPI `update-annotations-for-nlu-annotation-sets`
 * with Content-Type text/csv): a header `utterance,referenceTimestamp,intent,slot[<name>],...`, then one utterance
 * per line with its expected intent and the expected value of each slot it fills (empty: the slot stays empty).
 * Kept in interaction-models/annotations/<locale>.csv (the tuning set in dev/, the held-out set in held-out/). Utterances hold no commas, so a
 * plain split reads them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface Annotation {
  utterance: string;
  /** ISO time the utterance is understood at (relative dates such as "yesterday" resolve from it). */
  referenceTimestamp?: string;
  intent: string;
  slots: Record<string, string>;
  line: number;
}

export function annotationsDir(root: string = process.cwd()): string {
  return join(root, 'interaction-models', 'annotations');
}

/** The held-out set: written by someone who never saw the model, its samples or the other sets; never tuned against. */
export const HELD_OUT = 'held-out';

/**
 * The sets `npm run nlu` reports after the main sets, each with what it is worth. A held-out set is read once as
 * written; once the model (or the estimator) is tuned on its misses it is no longer held out: it becomes a tuning set
 * (reported, not held to the main sets' 100%) and a new held-out set is written. Sets 1 and 2 went into the main
 * sets that way; sets 3 and 4 are the tuning set `dev/`; sets 5 to 10 (`held-out/`, `held-out-6/` to `held-out-10/`)
 * were tuned on, each after a newer set was written; set 11 was read twice and not tuned on; sets 12 to 17 were tuned
 * on (16 and 17 together, once set 18 was being written).
 */
export const HELD_OUT_SETS: ReadonlyArray<{ dir: string; name: string; note: string }> = [
  { dir: 'dev', name: 'tuning set (held-out sets 3 and 4)', note: 'by authors who never saw the model; each read once, then tuned on' },
  { dir: HELD_OUT, name: 'set 5, now tuned on', note: 'by an author who never saw the model or the other sets; read as held out, then tuned on' },
  { dir: 'held-out-6', name: 'set 6, now tuned on', note: 'by a new author who never saw the model or the other sets; read once as held out, then tuned on' },
  { dir: 'held-out-7', name: 'set 7, now tuned on', note: 'by a new author who never saw the model or the other sets; read once as held out, then tuned on' },
  { dir: 'held-out-8', name: 'set 8, now tuned on', note: 'by a new author who never saw the model or the other sets; read once as held out, then tuned on' },
  { dir: 'held-out-9', name: 'set 9, now tuned on', note: 'by a new author who never saw the model or the other sets; read once as held out, then tuned on' },
  { dir: 'held-out-10', name: 'set 10, now tuned on', note: 'by a new author who never saw the model or the other sets; read once as held out, then tuned on' },
  { dir: 'held-out-11', name: 'set 11, not tuned on', note: 'by a new author who never saw the model or the other sets; read once as held out, then once more after the sampler change, never tuned against' },
  { dir: 'held-out-12', name: 'set 12, now tuned on', note: 'by a new author who never saw the model or the other sets; read once as held out, then tuned on' },
  { dir: 'held-out-13', name: 'set 13, now tuned on', note: 'by a new author who never saw the model or the other sets; read once as held out, then tuned on' },
  { dir: 'held-out-14', name: 'set 14, now tuned on', note: 'by a new author who never saw the model or the other sets; read once as held out, then tuned on' },
  { dir: 'held-out-15', name: 'set 15, now tuned on', note: 'by two new authors who never saw the model or the other sets; read as held out, then tuned on' },
  { dir: 'held-out-16', name: 'set 16, now tuned on', note: 'by two new authors who never saw the model or the other sets; read as held out (before and after the tuning on set 15), then tuned on' },
  { dir: 'held-out-17', name: 'set 17, now tuned on', note: 'by two new authors who never saw the model or the other sets; read once as held out, then tuned on' },
  { dir: 'held-out-18', name: 'held-out set 18', note: 'by a new author who never saw the model or the other sets; read once, never tuned against' },
];

export function annotationLocales(root?: string, subdir = ''): string[] {
  return readdirSync(join(annotationsDir(root), subdir))
    .filter((name) => name.endsWith('.csv'))
    .map((name) => basename(name, '.csv'))
    .sort();
}

export function readAnnotations(locale: string, root?: string, subdir = ''): Annotation[] {
  const file = join(annotationsDir(root), subdir, `${locale}.csv`);
  return parseAnnotations(readFileSync(file, 'utf8'), file);
}

export function parseAnnotations(text: string, name = 'annotations'): Annotation[] {
  const [header, ...rows] = text.split('\n');
  const columns = header.trim().split(',');
  const at = (column: string) => columns.indexOf(column);
  if (at('utterance') !== 0 || at('intent') < 0) throw new Error(`${name}: the header must start with utterance and name an intent column`);
  const slotColumns = columns.map((column, index) => ({ index, slot: /^slot\[(.+)\]$/.exec(column)?.[1] })).filter((column): column is { index: number; slot: string } => column.slot !== undefined);
  const annotations: Annotation[] = [];
  rows.forEach((row, index) => {
    if (row.trim() === '') return;
    const cells = row.split(',');
    if (cells.length !== columns.length) throw new Error(`${name}:${index + 2}: ${cells.length} cells for ${columns.length} columns`);
    const slots: Record<string, string> = {};
    for (const { index: column, slot } of slotColumns) if (cells[column] !== '') slots[slot] = cells[column];
    const timestamp = at('referenceTimestamp') >= 0 ? cells[at('referenceTimestamp')] : '';
    annotations.push({ utterance: cells[0], referenceTimestamp: timestamp || undefined, intent: cells[at('intent')], slots, line: index + 2 });
  });
  return annotations;
}

/**
 * The same annotations as the JSON body of SMAPI's update-annotations call (Content-Type application/json):
 * `{ data: [{ inputs: { utterance, referenceTimestamp }, expected: [{ intent: { name, slots: { x: { value } } } }] }] }`.
 */
export function toSmapiJson(annotations: readonly Annotation[]): object {
  return {
    data: annotations.map((annotation) => ({
      inputs: annotation.referenceTimestamp ? { utterance: annotation.utterance, referenceTimestamp: annotation.referenceTimestamp } : { utterance: annotation.utterance },
      expected: [
        {
          intent: Object.keys(annotation.slots).length > 0
            ? { name: annotation.intent, slots: Object.fromEntries(Object.entries(annotation.slots).map(([name, value]) => [name, { value }])) }
            : { name: annotation.intent },
        },
      ],
    })),
  };
}
