/** Red flags stop whatever is going on, from any state, and send the person to urgent care. */
import { transcript } from '../support/transcript';
import { SkillConversation } from '../../tools/simulator/conversation';

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

  it('puts the emergency first, before the first-use disclaimer', async () => {
    const { alexa } = transcript();
    const turn = await alexa.say("tell back relief coach i can't control my bladder");
    // It names the sign heard, then says what to do, before anything else.
    expect(turn.speech).toMatch(/^Trouble passing urine.* This could be serious\. Please call 911 or get to an emergency department now\..*not medical advice/);
  });

  it('sends a fever to a doctor today, not to the emergency department', async () => {
    const { alexa } = transcript();
    await alexa.say('open back relief coach');
    const turn = await alexa.say('I have a fever');
    expect(turn.speech).toBe('A fever with back pain needs a doctor\'s look today. Please call your doctor or an urgent care clinic today.');
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
});
