/**
 * `npm run nlu -- --summary`: one line per annotation set and engine, every locale together: the warning signs heard,
 * those heard as another sign (still the urgent answer, naming the wrong sign), the false alarms, and the other rows
 * (care, conversation, out of domain) right. The quick view for comparing a change across all the sets.
 */
import { isUrgent, Report } from './evaluate';

export interface SetFigures {
  signsHeard: number;
  signs: number;
  /** A warning sign heard as a different warning sign. */
  wrongSign: number;
  falseAlarms: number;
  othersRight: number;
  others: number;
}

export function setFigures(reports: readonly Report[]): SetFigures {
  const figures: SetFigures = { signsHeard: 0, signs: 0, wrongSign: 0, falseAlarms: 0, othersRight: 0, others: 0 };
  for (const { warningSigns, falseAlarms, outcomes } of reports) {
    figures.signsHeard += warningSigns.heard;
    figures.signs += warningSigns.total;
    figures.wrongSign += warningSigns.asAnotherSign.length;
    figures.falseAlarms += falseAlarms.length;
    const others = outcomes.filter(({ annotation }) => !isUrgent(annotation.intent));
    figures.others += others.length;
    figures.othersRight += others.filter(({ intentRight }) => intentRight).length;
  }
  return figures;
}

const share = (part: number, whole: number) => (whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`);

export function summaryLine(name: string, engine: string, figures: SetFigures): string {
  const { signsHeard, signs, wrongSign, falseAlarms, othersRight, others } = figures;
  return (
    `${name.padEnd(36)} ${engine.padEnd(8)} warning signs ${signsHeard}/${signs} (${share(signsHeard, signs)}), ` +
    `as another sign ${wrongSign}, false alarms ${falseAlarms}, other rows ${othersRight}/${others} (${share(othersRight, others)})`
  );
}
