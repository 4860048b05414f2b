/**
 * A first conversation: disclaimer, safety check, onset, and the phase's first step. The first test is a golden
 * transcript in plain English; the rest assert through content keys.
 */
import { transcript } from '../support/transcript';
import { linesOf, sayIntent } from '../support/heard';

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
    // The ice cautions, once per session, then the towel check.
    expect(turn.speech).toMatch(/^A word on ice safety: don't use ice on skin that's numb.*Raynaud's.*Quick check first: is the ice wrapped in a thin towel or cloth\?$/);

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

  it('does not repeat the disclaimer to a returning user, and asks the unanswered safety check first, briefly', async () => {
    const { alexa, stored } = transcript();
    await alexa.say('open back relief coach');
    await alexa.say('stop');
    expect((await stored()).safetyCheckAt).toBeUndefined();
    let turn = await alexa.say('open back relief coach');
    expect(turn).not.toSay('safety.disclaimer');
    expect(turn).toSay('launch.welcomeBack');
    expect(turn).toSay('safety.checkBrief');
    turn = await alexa.say('no');
    expect(turn).toSay('safety.checkClear');
    expect(turn).toSay('launch.askOnset');
    await alexa.say('stop');
    // Answered now: the next launch goes straight on.
    expect((await stored()).safetyCheckAt).toBeDefined();
    turn = await alexa.say('open back relief coach');
    expect(turn).not.toSay('safety.checkBrief');
    expect(turn).toSay('launch.askOnset');
  });

  it('keeps the safety check after silence: nothing is stored, the next launch asks it again', async () => {
    const { alexa, stored } = transcript();
    await alexa.say('open back relief coach');
    const silent = await alexa.silence();
    expect(silent.alexaBefore).toBe(linesOf('safety.checkReprompt')[0]);
    expect((await stored()).safetyCheckAt).toBeUndefined();
    expect(await alexa.say('open back relief coach')).toSay('safety.checkBrief');
  });

  it('takes "it started yesterday" said to the safety check, then asks the check again', async () => {
    const { alexa, stored } = transcript();
    await alexa.say('open back relief coach');
    const turn = await alexa.say('it started yesterday');
    expect(turn).toSay('onset.recorded', { day: 2 });
    // One lead-in to the check, not two ("First, the safety check. Before we start, a quick safety check").
    expect(turn).toSay('safety.checkFirst');
    expect(turn).not.toSay('safety.checkBrief');
    expect((await stored()).onsetAt).toBeDefined();
    expect((await stored()).safetyCheckAt).toBeUndefined();
    expect(await alexa.say('no')).toSay('safety.checkClear');
    expect((await stored()).safetyCheckAt).toBeDefined();
  });

  it('answers "I\'m not sure" to the safety check with the signs again, erring on caution, and keeps asking', async () => {
    const { alexa, stored } = transcript();
    await alexa.say('open back relief coach');
    const turn = await sayIntent(alexa, 'UnsureIntent');
    expect(turn).toSay('safety.checkUnsure');
    expect(turn.speech).toMatch(/numbness between your legs.*bladder.*weaker.*chest pain.*bad fall.*treat it as a yes/);
    expect(turn.waitingForAnswer).toBe(true);
    expect((await stored()).safetyCheckAt).toBeUndefined();
    expect(await alexa.say('yes')).toSay('safety.unrecognisedYes');
  });
});
