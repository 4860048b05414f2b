/**
 * `npm run nlu -- --smapi-json <locale>` prints that locale's annotation set as the JSON body Amazon's
 * update-annotations-for-nlu-annotation-sets takes (see the README).
 *
 * `npm run nlu -- --summary`: one line per set and engine, every locale together (summary.ts).
 *
 * `npm run nlu [locale ...]`: evaluates the annotation sets (interaction-models/annotations/<locale>.csv) offline
 * with both engines of the simulator and prints, per locale: accuracy per intent, the confusions, the warning-sign
 * recall and the false alarms, the slot values, and the annotations skipped because their intent is still planned.
 */
import { readInteractionModel } from '../simulator/model-file';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { annotationLocales, annotationsDir, HELD_OUT_SETS, readAnnotations, toSmapiJson } from './annotations';
import { EngineName, evaluate, Report } from './evaluate';
import { plannedIntents } from './planned';
import { setFigures, summaryLine } from './summary';

const percent = (right: number, total: number) => (total === 0 ? '  -  ' : `${((100 * right) / total).toFixed(0).padStart(3)}%`);

function printLocale(locale: string, reports: Record<EngineName, Report>): void {
  const { exact, estimate } = reports;
  const total = exact.outcomes.length;
  console.log(`\n=== ${locale}: ${total} annotations (${exact.skipped.length} skipped: planned intents ${[...new Set(exact.skipped.map((a) => a.intent))].join(', ') || 'none'})`);
  console.log(`accuracy          exact ${percent(exact.outcomes.filter((o) => o.intentRight).length, total)}   estimate ${percent(estimate.outcomes.filter((o) => o.intentRight).length, total)}`);
  for (const report of [exact, estimate]) {
    const { warningSigns, falseAlarms, slots } = report;
    console.log(
      `${report.engine.padEnd(9)} warning-sign recall ${warningSigns.heard}/${warningSigns.total} (${percent(warningSigns.heard, warningSigns.total).trim()}), ` +
        `false alarms ${falseAlarms.length}, slots right ${slots.right}/${slots.total}`,
    );
    for (const missed of warningSigns.missed) console.log(`    missed warning sign: "${missed}"`);
    for (const alarm of falseAlarms) console.log(`    FALSE ALARM: "${alarm.utterance}" -> ${alarm.heard}`);
  }
  console.log('\nintent                              n   exact  estimate');
  for (const intent of Object.keys(exact.perIntent).sort()) {
    const e = exact.perIntent[intent];
    const s = estimate.perIntent[intent];
    console.log(`${intent.padEnd(34)} ${String(e.total).padStart(3)}   ${percent(e.right, e.total)}   ${percent(s.right, s.total)}`);
  }
  for (const report of [exact, estimate]) {
    if (report.confusions.length === 0) continue;
    console.log(`\nconfusions (${report.engine}): expected -> heard`);
    for (const confusion of report.confusions) console.log(`  ${confusion.count} x ${confusion.expected} -> ${confusion.heard}: ${confusion.utterances.map((u) => `"${u}"`).join(', ')}`);
  }
  const wrongSlots = estimate.slots.wrong;
  if (wrongSlots.length > 0) {
    console.log('\nslot values (estimate) that differ:');
    for (const wrong of wrongSlots) console.log(`  "${wrong.utterance}": expected ${JSON.stringify(wrong.expected)}, heard ${JSON.stringify(wrong.heard)}`);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--smapi-json') {
    process.stdout.write(`${JSON.stringify(toSmapiJson(readAnnotations(args[1] ?? 'en-US')), null, 2)}\n`);
    return;
  }
  if (args[0] === '--summary') {
    await printSummary();
    return;
  }
  const wanted = args;
  const locales = wanted.length > 0 ? wanted : annotationLocales();
  for (const locale of locales) {
    const model = readInteractionModel(locale);
    const annotations = readAnnotations(locale);
    const planned = plannedIntents(locale);
    const reports = {
      exact: await evaluate(model, locale, annotations, 'exact', planned),
      estimate: await evaluate(model, locale, annotations, 'estimate', planned),
    };
    printLocale(locale, reports);
  }
  // Sets written after the tuning: the honest figures (see HELD_OUT_SETS for which one still is).
  for (const set of HELD_OUT_SETS) {
    console.log(`\n=== ${set.name} (interaction-models/annotations/${set.dir}/): ${set.note}`);
    if (!existsSync(join(annotationsDir(), set.dir))) {
      console.log('  (not written yet)');
      continue;
    }
    for (const locale of annotationLocales(undefined, set.dir).filter((l) => wanted.length === 0 || wanted.includes(l))) {
      const model = readInteractionModel(locale);
      const annotations = readAnnotations(locale, undefined, set.dir);
      const planned = plannedIntents(locale);
      for (const engine of ['exact', 'estimate'] as const) {
        const report = await evaluate(model, locale, annotations, engine, planned);
        const right = report.outcomes.filter((o) => o.intentRight).length;
        console.log(
          `${locale} ${engine.padEnd(8)} ${percent(right, report.outcomes.length)} of ${report.outcomes.length}; warning signs ${report.warningSigns.heard}/${report.warningSigns.total}; false alarms ${report.falseAlarms.length}`,
        );
        for (const confusion of report.confusions) console.log(`    ${confusion.expected} -> ${confusion.heard}: ${confusion.utterances.map((u) => `"${u}"`).join(', ')}`);
      }
    }
  }
}

/** The main sets, then every set of HELD_OUT_SETS there is, each over every locale it has. */
async function printSummary(): Promise<void> {
  const sets = [{ dir: '', name: 'main sets' }, ...HELD_OUT_SETS.filter((set) => existsSync(join(annotationsDir(), set.dir)))];
  for (const set of sets) {
    for (const engine of ['exact', 'estimate'] as const) {
      const reports = [];
      for (const locale of annotationLocales(undefined, set.dir)) {
        reports.push(await evaluate(readInteractionModel(locale), locale, readAnnotations(locale, undefined, set.dir), engine, plannedIntents(locale)));
      }
      console.log(summaryLine(set.name, engine, setFigures(reports)));
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
