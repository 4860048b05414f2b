/** The phrases the guided-stretch issue names reach the intended intents (offline matcher on the en-US model). */
import { matchUtterance } from '../tools/simulator/matcher';
import { loadModel } from './support/model';

const model = loadModel('en-US');
const heard = (utterance: string) => matchUtterance(model, utterance, new Date('2026-11-21T15:00:00Z'), 'America/New_York');

describe('guided stretching phrases', () => {
  it.each([
    ['guide me through the stretches', 'StartStretchIntent'],
    ['walk me through the stretching routine', 'StartStretchIntent'],
    ['help me stretch', 'StartStretchIntent'],
    ['go ahead anyway', 'StartStretchIntent'],
    ['wait', 'AMAZON.PauseIntent'],
    ['hold on', 'AMAZON.PauseIntent'],
    ['continue', 'AMAZON.ResumeIntent'],
    ["i'm ready", 'AMAZON.ResumeIntent'],
    ['i am ready', 'AMAZON.ResumeIntent'],
    ['next', 'AMAZON.NextIntent'],
    ['skip', 'AMAZON.NextIntent'],
    ['go back', 'AMAZON.PreviousIntent'],
    ['previous', 'AMAZON.PreviousIntent'],
    ['say that again', 'AMAZON.RepeatIntent'],
    ['slower', 'SlowerIntent'],
    ['slow down', 'SlowerIntent'],
    ['faster', 'FasterIntent'],
    ['speed up', 'FasterIntent'],
    ['start over', 'AMAZON.StartOverIntent'],
    ['how many more', 'HowManyMoreIntent'],
    ["i'm done", 'AMAZON.StopIntent'],
    ['that hurts', 'PainFlareIntent'],
    ['sharp pain', 'PainFlareIntent'],
    ['ow', 'PainFlareIntent'],
  ])('"%s" -> %s', (utterance, intent) => {
    expect(heard(utterance).intent).toBe(intent);
  });

  it('hears which routine', () => {
    const start = heard('start the gentle routine');
    expect(start.intent).toBe('StartStretchIntent');
    expect(start.slots.routine.resolutions?.resolutionsPerAuthority?.[0]?.values?.[0]?.value.id).toBe('gentle');
    expect(heard('do the pelvic tilt routine').slots.routine.resolutions?.resolutionsPerAuthority?.[0]?.values?.[0]?.value.id).toBe('gentle');
  });

  it('hears "my pain is eight" as a pain report', () => {
    const report = heard('my pain is eight');
    expect(report.intent).toBe('PainReportIntent');
    expect(report.slots.painScore.value).toBe('8');
  });
});
