/**
 * The figures `npm run nlu -- --summary` prints for a set: counted from the evaluation's outcomes, every locale
 * together (tools/nlu/summary.ts).
 */
import { Outcome, Report, summarise } from '../../tools/nlu/evaluate';
import { setFigures, summaryLine } from '../../tools/nlu/summary';

function outcome(expected: string, heard: string): Outcome {
  return { annotation: { utterance: `${expected} as ${heard}`, intent: expected, slots: {}, line: 2 }, heard: { intent: heard, slots: {} }, intentRight: expected === heard, slotsRight: true };
}

function report(outcomes: Outcome[]): Report {
  return summarise('en-US', 'estimate', outcomes, []);
}

describe('the summary of an annotation set', () => {
  it('counts signs heard, signs heard as another sign, false alarms and the other rows, over every locale', () => {
    const figures = setFigures([
      report([outcome('RedFlagBladderIntent', 'RedFlagBladderIntent'), outcome('RedFlagBowelIntent', 'RedFlagBladderIntent'), outcome('RedFlagChestPainIntent', 'AMAZON.FallbackIntent')]),
      report([outcome('AMAZON.FallbackIntent', 'RedFlagFeverIntent'), outcome('IceDurationIntent', 'IceDurationIntent'), outcome('IceFrequencyIntent', 'AMAZON.FallbackIntent')]),
    ]);
    expect(figures).toEqual({ signsHeard: 2, signs: 3, wrongSign: 1, lessUrgent: 0, falseAlarms: 1, othersRight: 1, others: 3 });
  });

  it('counts an emergency sign, or the plea for help, heard as a same-day sign as less urgent', () => {
    const figures = setFigures([
      report([
        outcome('RedFlagSeriousFallIntent', 'RedFlagMinorFallIntent'),
        outcome('UrgentHelpIntent', 'RedFlagFeverIntent'),
        outcome('RedFlagFeverIntent', 'RedFlagChestPainIntent'),
        outcome('RedFlagBowelIntent', 'RedFlagBladderIntent'),
        outcome('RedFlagNightPainIntent', 'RedFlagFeverIntent'),
      ]),
    ]);
    expect(figures).toMatchObject({ wrongSign: 5, lessUrgent: 2 });
  });

  it('prints one line with the shares', () => {
    const line = summaryLine('held-out set 9', 'estimate', { signsHeard: 199, signs: 208, wrongSign: 4, lessUrgent: 1, falseAlarms: 8, othersRight: 222, others: 262 });
    expect(line).toContain('warning signs 199/208 (95.7%)');
    expect(line).toContain('as another sign 4 (less urgent 1), false alarms 8, other rows 222/262 (84.7%)');
  });
});
