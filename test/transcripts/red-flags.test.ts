/** Red flags stop whatever is going on, from any state, and send the person to urgent care. */
import { transcript } from '../support/transcript';
import { SkillConversation } from '../../tools/simulator/conversation';
import { sayIntent } from '../support/heard';

const EMERGENCY_PHRASES = [
  "I can't control my bladder",
  'numbness between my legs',
  'my leg is getting weak',
  'I fell down the stairs',
  'chest pain',
  // Said the way frightened people say them (issue 9).
  "I can't feel my legs",
  'I wet myself',
  'I messed my pants',
  'my bum is numb',
  'I slipped on the ice and landed on my back',
  'my chest feels tight',
];

/** Places in a conversation where a red flag may be said. */
const STATES: Record<string, (alexa: SkillConversation) => Promise<unknown>> = {
  'as a one-shot': async () => undefined,
  'during the first safety check': async (alexa) => alexa.say('open back relief coach'),
  'while asked when it began': async (alexa) => {
    await alexa.say('open back relief coach');
    await alexa.say('no');
  },
  'while asked for a pain score': async (alexa) => {
    await alexa.say('open back relief coach');
    await alexa.say('no');
    await alexa.say('it started this morning');
    await alexa.say('my pain is a');
  },
  'after an offer': async (alexa) => {
    await alexa.say('open back relief coach');
    await alexa.say('no');
    await alexa.say('it started this morning');
  },
};

describe('red flags', () => {
  for (const [state, reach] of Object.entries(STATES)) {
    it.each(EMERGENCY_PHRASES)(`"%s" ${state}: emergency care, session over`, async (phrase) => {
      const { alexa } = transcript();
      await reach(alexa);
      const turn = await alexa.say(alexa.sessionOpen ? phrase : `tell back relief coach ${phrase}`);
      expect(turn.speech).toMatch(/911/);
      expect(turn.speech).toMatch(/emergency/);
      expect(turn.sessionEnded).toBe(true);
      expect(turn.card?.type).toBe('Simple');
    });
  }

  it('"I wet myself and never felt it" mid-stretch is the bladder sign, not "never mind": the routine stops for it', async () => {
    const { alexa } = transcript();
    await alexa.say('open back relief coach');
    await alexa.say('no');
    await alexa.say('yes');
    await alexa.say('it started four days ago');
    await alexa.say('guide me through the stretches');
    await alexa.say('three');
    const hold = await alexa.say('ready');
    expect(hold.sessionEnded).toBe(false);
    const turn = await alexa.say('i wet myself and never felt it');
    expect(turn.heard?.intent).toBe('RedFlagBladderIntent');
    expect(turn.speech).toMatch(/911/);
    expect(turn.sessionEnded).toBe(true);
  });

  it('puts the emergency first, before the first-use disclaimer', async () => {
    const { alexa } = transcript();
    const turn = await alexa.say("tell back relief coach i can't control my bladder");
    // It names the sign heard, then says what to do, before anything else.
    expect(turn.speech).toMatch(/^Trouble passing urine.* This could be serious\. Please call 911 or get to an emergency department now\..*not medical advice/);
  });

  // A serious fall heard as a minor one would get a same-day answer where the protocol says emergency (the estimate
  // heard "a car rear ended me this morning" so): the minor fall's answer says when a fall is an emergency.
  it('sends a minor fall with osteoporosis to a doctor today, and says a hard fall is an emergency', async () => {
    const { alexa } = transcript();
    await alexa.say('open back relief coach');
    const turn = await alexa.say("i've got osteoporosis and i slipped on the kitchen floor");
    expect(turn.heard?.intent).toBe('RedFlagMinorFallIntent');
    expect(turn).toSay('safety.sameDay.MINOR_FALL_OSTEOPOROSIS');
    expect(turn.speech).toMatch(/today/);
    expect(turn.speech).toMatch(/hard fall.*call 911 now\. If not, please call your doctor or an urgent care clinic today\.$/);
    expect(turn.sessionEnded).toBe(true);
  });

  it('sends a fever to a doctor today, not to the emergency department', async () => {
    const { alexa } = transcript();
    await alexa.say('open back relief coach');
    const turn = await alexa.say('I have a fever');
    expect(turn).toSay('safety.sameDay.FEVER');
    expect(turn.sessionEnded).toBe(true);
  });

  it('offers the warning signs on "when should I see a doctor", and clears them on "no"', async () => {
    const { alexa } = transcript();
    await alexa.say('open back relief coach');
    await alexa.say('no');
    let turn = await alexa.say('when should i see a doctor');
    expect(turn.speech).toMatch(/not getting better after about two weeks.*Would you like to go through the warning signs now\?$/);
    turn = await alexa.say('yes');
    expect(turn.speech).toMatch(/^A quick safety check first\. Do you have any numbness between your legs/);
    turn = await alexa.say('no');
    expect(turn.speech).toMatch(/^Good, none of those\./);
    expect(turn.waitingForAnswer).toBe(true);
  });

  it('stores the sign and its time, and the next launch asks whether they got checked before any self-care', async () => {
    const { alexa, stored, clock } = transcript();
    await alexa.say('open back relief coach');
    await alexa.say('no');
    await alexa.say('it started this morning');
    await alexa.say("tell back relief coach i can't control my bladder");
    const sign = (await stored()).warningSign;
    expect(sign).toEqual({ flag: 'BLADDER', at: clock.now().toISOString() });

    let turn = await alexa.say('open back relief coach');
    expect(turn).toSay('safety.gotChecked.question');
    expect(turn).not.toSay('offer.iceSession');
    // Not checked yet: the urgent answer again, and the session ends.
    turn = await alexa.say('no');
    expect(turn).toSay('safety.gotChecked.notYet');
    expect(turn).toSay('safety.emergencySign.BLADDER');
    expect(turn.sessionEnded).toBe(true);

    turn = await alexa.say('open back relief coach');
    expect(turn).toSay('safety.gotChecked.question');
    turn = await alexa.say('yes');
    expect(turn).toSay('safety.gotChecked.thanks');
    expect(turn).toSay('offer.iceSession');
    expect((await stored()).warningSign).toBeUndefined();
  });

  it('"not sure" whether they got checked is answered as not checked', async () => {
    const { alexa } = transcript();
    await alexa.say('tell back relief coach i have a fever');
    await alexa.say('open back relief coach');
    const turn = await sayIntent(alexa, 'UnsureIntent');
    expect(turn).toSay('safety.sameDay.FEVER');
    expect(turn.sessionEnded).toBe(true);
  });

  it.each([
    ['RedFlagSaddleNumbnessIntent', 'safety.emergencySign.SADDLE_NUMBNESS'],
    ['RedFlagChestPainIntent', 'safety.emergencySign.CHEST_PAIN'],
  ] as const)('serves the one-intent-per-sign %s, naming the sign', async (intent, key) => {
    const { alexa, stored } = transcript();
    await alexa.say('open back relief coach');
    const turn = await sayIntent(alexa, intent);
    expect(turn).toSay(key);
    expect(turn.sessionEnded).toBe(true);
    expect((await stored()).warningSign?.flag).toBeDefined();
  });

  it('"this is an emergency" (UrgentHelpIntent) gets the whole list of signs', async () => {
    const { alexa } = transcript();
    await alexa.say('open back relief coach');
    const turn = await sayIntent(alexa, 'UrgentHelpIntent');
    expect(turn).toSay('safety.unrecognised');
    expect(turn.sessionEnded).toBe(true);
  });
});

// Before, ice, heat or stretching asked for before the safety check was ever answered (a one-shot, or after silence
// ended the first session) started with no check at all.
describe('the safety check before a first session', () => {
  it.each([
    ['tell back relief coach to start my ice session', 'timers:towel.question', {}],
    // The length asked for is kept through the check.
    ['tell back relief coach to start a heat session for fifteen minutes', 'timers:consent.heat', { minutes: 15 }],
  ] as const)('"%s": the check first, and its "no" starts what was asked', async (said, firstStep, params) => {
    const t = transcript();
    let turn = await t.alexa.say(said);
    expect(turn).toSay('safety.checkBrief');
    expect(turn).not.toSay(firstStep, params);
    expect(turn.waitingForAnswer).toBe(true);
    turn = await t.alexa.say('no');
    expect(turn).toSay('safety.checkClear');
    expect(turn).toSay(firstStep, params);
    expect((await t.stored()).safetyCheckAt).toBeDefined();
    expect(turn.waitingForAnswer).toBe(true);
  });

  it('an onset told instead of an answer: taken, the check again, and its "no" still starts what was asked', async () => {
    const t = transcript();
    await t.alexa.say('tell back relief coach to start my ice session');
    let turn = await t.alexa.say('it started yesterday');
    expect(turn).toSay('safety.checkFirst');
    expect(turn).not.toSay('safety.checkBrief');
    turn = await t.alexa.say('no');
    expect(turn).toSay('timers:towel.question');
  });

  it('"yes" to it is the urgent answer, and nothing starts', async () => {
    const t = transcript();
    await t.alexa.say('tell back relief coach to start my ice session');
    const turn = await t.alexa.say('yes');
    expect(turn).toSay('safety.unrecognisedYes');
    expect(turn.sessionEnded).toBe(true);
  });

  it('after silence ended the first session, "guide me through the stretches" asks the check first', async () => {
    const t = transcript();
    await t.alexa.say('open back relief coach');
    await t.alexa.silence();
    let turn = await t.alexa.say('tell back relief coach to guide me through the stretches');
    expect(turn).toSay('safety.checkBrief');
    // Then the stretching gate itself: with no onset known, it asks when it began.
    turn = await t.alexa.say('no');
    expect(turn).toSay('safety.checkClear');
    expect(turn).toSay('stretch:gate.needOnset');
  });
});
