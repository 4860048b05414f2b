/**
 * Offline evaluation of an annotation set with the simulator's two engines:
 * - exact: the sample matcher (tools/simulator/matcher.ts), a floor on what Alexa understands;
 * - estimate: exact first, then the statistical estimate (tools/simulator/hear.ts), as the console hears.
 * Reports accuracy per intent, the confusions, the warning-sign recall (a warning sign reaching any urgent intent)
 * and the false alarms (anything else reaching one), and the slot values. Annotations whose intent the model source
 * marks `planned` are skipped and listed.
 */
import type { InteractionModel } from '../simulator/model-types';
import type { IntentMatch } from '../simulator/matcher';
import { hear } from '../simulator/hear';
import { isUrgent } from '../simulator/estimator';
import type { Annotation } from './annotations';

export type EngineName = 'exact' | 'estimate';

export interface Outcome {
  annotation: Annotation;
  heard: IntentMatch;
  intentRight: boolean;
  /** Every annotated slot has the expected value. */
  slotsRight: boolean;
}

export interface Report {
  locale: string;
  engine: EngineName;
  outcomes: Outcome[];
  skipped: Annotation[];
  perIntent: Record<string, { total: number; right: number }>;
  confusions: Array<{ expected: string; heard: string; count: number; utterances: string[] }>;
  /** `asAnotherSign`: heard as a different warning sign (the urgent answer, naming the wrong sign), as `utterance: expected -> heard`. */
  warningSigns: { total: number; heard: number; missed: string[]; asAnotherSign: string[] };
  falseAlarms: Array<{ utterance: string; heard: string }>;
  slots: { total: number; right: number; wrong: Array<{ utterance: string; expected: Record<string, string>; heard: Record<string, string> }> };
  accuracy: number;
}

export const REFERENCE_ZONE = 'UTC';

export { isUrgent };

export async function evaluate(
  model: InteractionModel,
  locale: string,
  annotations: readonly Annotation[],
  engine: EngineName,
  planned: readonly string[],
): Promise<Report> {
  const modelIntents = new Set(model.interactionModel.languageModel.intents.map((intent) => intent.name));
  const outcomes: Outcome[] = [];
  const skipped: Annotation[] = [];
  for (const annotation of annotations) {
    if (!modelIntents.has(annotation.intent)) {
      if (planned.includes(annotation.intent)) {
        skipped.push(annotation);
        continue;
      }
      throw new Error(`${locale}:${annotation.line}: "${annotation.utterance}" expects ${annotation.intent}, which neither the model nor its source has`);
    }
    const now = new Date(annotation.referenceTimestamp ?? '2026-11-21T15:00:00.000Z');
    const heard = await hear(model, annotation.utterance, now, REFERENCE_ZONE, { locale, estimate: engine === 'estimate' });
    const intentRight = heard.intent === annotation.intent;
    const slotsRight = Object.entries(annotation.slots).every(([name, value]) => heard.slots[name]?.value === value);
    outcomes.push({ annotation, heard, intentRight, slotsRight });
  }
  return summarise(locale, engine, outcomes, skipped);
}

export function summarise(locale: string, engine: EngineName, outcomes: Outcome[], skipped: Annotation[]): Report {
  const perIntent: Report['perIntent'] = {};
  const confusions = new Map<string, { expected: string; heard: string; count: number; utterances: string[] }>();
  const warningSigns = { total: 0, heard: 0, missed: [] as string[], asAnotherSign: [] as string[] };
  const falseAlarms: Report['falseAlarms'] = [];
  const slots: Report['slots'] = { total: 0, right: 0, wrong: [] };
  for (const { annotation, heard, intentRight, slotsRight } of outcomes) {
    const entry = (perIntent[annotation.intent] ??= { total: 0, right: 0 });
    entry.total++;
    if (intentRight) entry.right++;
    else {
      const key = `${annotation.intent} -> ${heard.intent}`;
      const confusion = confusions.get(key) ?? { expected: annotation.intent, heard: heard.intent, count: 0, utterances: [] };
      confusion.count++;
      confusion.utterances.push(annotation.utterance);
      confusions.set(key, confusion);
    }
    if (isUrgent(annotation.intent)) {
      warningSigns.total++;
      if (!isUrgent(heard.intent)) warningSigns.missed.push(annotation.utterance);
      else {
        warningSigns.heard++;
        if (!intentRight) warningSigns.asAnotherSign.push(`${annotation.utterance}: ${annotation.intent} -> ${heard.intent}`);
      }
    } else if (isUrgent(heard.intent)) {
      falseAlarms.push({ utterance: annotation.utterance, heard: heard.intent });
    }
    if (Object.keys(annotation.slots).length > 0 && intentRight) {
      slots.total++;
      if (slotsRight) slots.right++;
      else slots.wrong.push({ utterance: annotation.utterance, expected: annotation.slots, heard: Object.fromEntries(Object.entries(heard.slots).map(([name, slot]) => [name, slot.value])) });
    }
  }
  const right = outcomes.filter((outcome) => outcome.intentRight).length;
  return {
    locale,
    engine,
    outcomes,
    skipped,
    perIntent,
    confusions: [...confusions.values()].sort((a, b) => b.count - a.count || a.expected.localeCompare(b.expected)),
    warningSigns,
    falseAlarms,
    slots,
    accuracy: outcomes.length === 0 ? 1 : right / outcomes.length,
  };
}
