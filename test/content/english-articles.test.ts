/** "a 8" is heard as a mistake: English lines that speak a number never put "a" before it (8, 11 and 18 take "an"). */
import { linesOf } from '../support/heard';
import type { SpeechKey } from '../../lambda/speech/resources';

const NUMBER_LINES: ReadonlyArray<[SpeechKey, string]> = [
  ['pain.recorded', 'score'],
  ['pain.confirm.question', 'score'],
  ['pain.progress.one', 'score'],
];

describe.each(['en-US', 'en-GB', 'en-AU', 'en-CA', 'en-IN'])('%s', (locale) => {
  it.each(NUMBER_LINES)('%s never says "a" before the number', (key, param) => {
    for (const value of [8, 11, 18]) {
      for (const line of linesOf(key, { [param]: value }, locale)) expect(line).not.toMatch(new RegExp(`\\ba ${value}\\b`));
    }
  });
});
