/**
 * What people say about their ice and heat sessions reaches the timer intents, through the simulator's matcher
 * (Alexa's NLU stand-in) and the en-US model: the phrases of issue 3, and the ones that must stay elsewhere.
 */
import { matchUtterance } from '../tools/simulator/matcher';
import { loadModel } from './support/model';

const model = loadModel('en-US');
const heard = (utterance: string) => matchUtterance(model, utterance, new Date('2026-11-21T15:00:00Z'), 'America/New_York');

describe('timer utterances (en-US)', () => {
  it.each([
    ['start an ice session', 'StartIceIntent'],
    // The README's own words, and the ways people say them (each was heard as the fallback).
    ['start my ice session', 'StartIceIntent'],
    ['start the ice session', 'StartIceIntent'],
    ['begin my ice session', 'StartIceIntent'],
    ['can you start my ice session', 'StartIceIntent'],
    ['start my ice', 'StartIceIntent'],
    ['start my heat session', 'StartHeatIntent'],
    ['start the heat session now', 'StartHeatIntent'],
    ['start my heat', 'StartHeatIntent'],
    ['time my ice pack', 'StartIceIntent'],
    ['I just put the ice on', 'StartIceIntent'],
    ['set a timer for my ice', 'StartIceIntent'],
    ['start a heat session', 'StartHeatIntent'],
    ['time my heating pad', 'StartHeatIntent'],
    ['how long is left on my ice', 'TimeLeftIntent'],
    ['how much time is left on my timer', 'TimeLeftIntent'],
    ['pause my ice timer', 'PauseTimerIntent'],
    ['resume my ice timer', 'ResumeTimerIntent'],
    ['cancel the ice timer', 'CancelTimerIntent'],
    ['I took the ice off early', 'SessionOffIntent'],
    ['the heat is off', 'SessionOffIntent'],
    ['how many ice sessions have I done today', 'SessionCountIntent'],
    // Care questions stay care questions.
    ['how long do I keep ice on', 'IceDurationIntent'],
    ['when can I ice again', 'IceFrequencyIntent'],
    ['can I use a heating pad', 'HeatingPadIntent'],
    // A bare "resume" is the built-in intent: the timer takes it only right after it paused.
    ['resume', 'AMAZON.ResumeIntent'],
  ])('"%s" -> %s', (utterance, intent) => {
    expect(heard(utterance).intent).toBe(intent);
  });

  it('hears the length in "ice for fifteen minutes" as AMAZON.DURATION', () => {
    expect(heard('ice for fifteen minutes')).toMatchObject({ intent: 'StartIceIntent', slots: { duration: { value: 'PT15M' } } });
    expect(heard('set a twenty minute ice timer')).toMatchObject({ intent: 'StartIceIntent', slots: { duration: { value: 'PT20M' } } });
    expect(heard('heat for half an hour')).toMatchObject({ intent: 'StartHeatIntent', slots: { duration: { value: 'PT30M' } } });
  });

  it('resolves the session kind of the count', () => {
    const match = heard('how many heat sessions have i done today');
    expect(match.intent).toBe('SessionCountIntent');
    expect(match.slots.sessionKind.resolutions?.resolutionsPerAuthority?.[0].values?.[0].value.id).toBe('HEAT');
  });
});
