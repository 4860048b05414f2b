/** A first conversation: disclaimer, safety check, onset, and the phase's first step. */
import { transcript } from '../support/transcript';

describe('first launch', () => {
  it('says it is not medical advice, checks for warning signs, asks when it began, and guides by phase', async () => {
    const { alexa, stored } = transcript();

    let turn = await alexa.say('open back relief coach');
    expect(turn.speech).toMatch(/general self-care information\. It's not medical advice, and I'm not for emergencies/);
    expect(turn.speech).toMatch(/numbness between your legs.*bladder or bowels.*leg that's getting weaker.*chest pain.*bad fall\?$/);
    expect(turn.waitingForAnswer).toBe(true);

    turn = await alexa.say('no');
    expect(turn.speech).toMatch(/^Good, none of those\..*When did the spasm begin\?/);

    turn = await alexa.say('it started this morning');
    expect(turn.speech).toBe(
      'Got it. That makes today day 1. For the first two or three days, ice and short rests help most, with gentle moving as the pain allows. Shall we do an ice session?',
    );

    // "Yes" to the ice session starts the timed routine (test/transcripts/ice-timers.test.ts): the towel check first.
    turn = await alexa.say('yes');
    expect(turn.speech).toBe('Quick check first: is the ice wrapped in a thin towel or cloth?');

    turn = await alexa.say('stop');
    expect(turn.speech).toBe("Take it easy. I'll remember where you are.");
    expect(turn.sessionEnded).toBe(true);

    const state = await stored();
    expect(state.onsetAt).toBe('2026-11-21T13:00:00.000Z'); // 8 am in New York
    expect(state.disclaimerHeardAt).toBeDefined();
    expect(state.safetyCheckAt).toBeDefined();
  });

  it('sends the person to emergency care when the safety check is answered yes', async () => {
    const { alexa } = transcript();
    await alexa.say('open back relief coach');
    const turn = await alexa.say('yes');
    expect(turn.speech).toMatch(/Call 911 or get to an emergency department now/);
    expect(turn.sessionEnded).toBe(true);
    expect(turn.card?.type).toBe('Simple');
  });

  it('does not repeat the disclaimer to a returning user', async () => {
    const { alexa } = transcript();
    await alexa.say('open back relief coach');
    await alexa.say('stop');
    const turn = await alexa.say('open back relief coach');
    expect(turn.speech).not.toMatch(/medical advice/);
    expect(turn.speech).toMatch(/^Welcome back\. When did the spasm begin\?/);
  });
});
