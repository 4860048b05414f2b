/**
 * `npm run nlu -- --summary`: one line per annotation set and engine, every locale together: the warning signs heard,
 * those heard as another sign (still the urgent answer, naming the wrong sign) and how many of them less urgent (an
 * emergency heard as a same-day sign: "see a doctor today" where the protocol says call now), the false alarms, and
 * the other rows (care, conversation, out of domain) right. The quick view for comparing a change across all the sets.
 */
import { isUrgent, Report } from './evaluate';
import { SAME_DAY_FLAGS } from '../../lambda/core/triage';
import { URGENT_HELP_INTENT, warningSignOf } from '../../lambda/features/safety/handlers/warning-sign-intents';

export interface SetFigures {
  signsHeard: number;
  signs: number;
  /** A warning sign heard as a different warning sign. */
  wrongSign: number;
  /** Of those, an emergency sign or the plea for help heard as a same-day sign. */
  lessUrgent: number;
  falseAlarms: number;
  othersRight: number;
  others: number;
}

export function setFigures(reports: readonly Report[]): SetFigures {
  const figures: SetFigures = { signsHeard: 0, signs: 0, wrongSign: 0, lessUrgent: 0, falseAlarms: 0, othersRight: 0, others: 0 };
  for (const { warningSigns, falseAlarms, outcomes } of reports) {
    figures.signsHeard += warningSigns.heard;
    figures.signs += warningSigns.total;
    figures.wrongSign += warningSigns.asAnotherSign.length;
    figures.falseAlarms += falseAlarms.length;
    figures.lessUrgent += outcomes.filter(({ annotation, heard }) => isEmergency(annotation.intent) && isSameDay(heard.intent)).length;
    const others = outcomes.filter(({ annotation }) => !isUrgent(annotation.intent));
    figures.others += others.length;
    figures.othersRight += others.filter(({ intentRight }) => intentRight).length;
  }
  return figures;
}

function isSameDay(intent: string): boolean {
  const flag = warningSignOf(intent);
  return flag !== undefined && (SAME_DAY_FLAGS as readonly string[]).includes(flag);
}

function isEmergency(intent: string): boolean {
  return intent === URGENT_HELP_INTENT || (isUrgent(intent) && !isSameDay(intent));
}

const share = (part: number, whole: number) => (whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`);

export function summaryLine(name: string, engine: string, figures: SetFigures): string {
  const { signsHeard, signs, wrongSign, lessUrgent, falseAlarms, othersRight, others } = figures;
  return (
    `${name.padEnd(36)} ${engine.padEnd(8)} warning signs ${signsHeard}/${signs} (${share(signsHeard, signs)}), ` +
    `as another sign ${wrongSign} (less urgent ${lessUrgent}), false alarms ${falseAlarms}, other rows ${othersRight}/${others} (${share(othersRight, others)})`
  );
}
