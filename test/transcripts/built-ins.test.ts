/** Help, stop, cancel, fallback, navigate home, yes/no without a question, repeat, painkillers without doses. */
import { transcript } from '../support/transcript';

async function inSession() {
  const t = transcript();
  await t.alexa.say('open back relief coach');
  await t.alexa.say('no');
  await t.alexa.say('it started this morning');
  await t.alexa.say('no');
  return t;
}

describe('built-in intents', () => {
  it('helps with what it can do, for the current phase', async () => {
    const { alexa } = await inSession();
    const turn = await alexa.say('help');
    expect(turn.speech).toMatch(/^I can tell you how long to keep ice on.*Right now, you could ask: how long do I keep ice on\? What would you like\?$/);
    expect(turn.waitingForAnswer).toBe(true);
  });

  it('answers "what can you do" like help', async () => {
    const { alexa } = await inSession();
    expect((await alexa.say('what can you do')).speech).toMatch(/^I can tell you how long to keep ice on/);
  });

  it.each(['stop', 'cancel'])('"%s" ends and keeps where the user was', async (word) => {
    const t = await inSession();
    const turn = await t.alexa.say(word);
    expect(turn.speech).toBe("Take it easy. I'll remember where you are.");
    expect(turn.sessionEnded).toBe(true);
    expect((await t.stored()).onsetAt).toBe('2026-11-21T13:00:00.000Z');
  });

  it('keeps listening after words it does not know', async () => {
    const { alexa } = await inSession();
    const turn = await alexa.say('purple elephants dancing');
    expect(turn.speech).toBe("Sorry, I didn't catch that. You can ask how long to keep ice on, tell me your pain from zero to ten, or say help.");
    expect(turn.waitingForAnswer).toBe(true);
  });

  it('re-asks the pending question after words it does not know', async () => {
    const { alexa } = transcript();
    await alexa.say('open back relief coach');
    const turn = await alexa.say('purple elephants dancing');
    expect(turn.speech).toBe('Do you have any of those warning signs? Please say yes or no.');
    expect((await alexa.say('no')).speech).toMatch(/^Good, none of those\./);
  });

  it('repeats the last answer word for word', async () => {
    const { alexa } = await inSession();
    const answer = await alexa.say('how long do i keep ice on');
    const again = await alexa.say('say that again');
    expect(again.ssml).toBe(answer.ssml);
    expect(again.waitingForAnswer).toBe(true);
  });

  it('asks what a "yes" is for when nothing was asked', async () => {
    const { alexa } = await inSession();
    await alexa.say('how long do i keep ice on');
    const turn = await alexa.say('yes');
    expect(turn.speech).toMatch(/^Sorry, I'm not sure what that's a yes to\./);
    expect(turn.waitingForAnswer).toBe(true);
  });

  it('says goodbye on "no" after "anything else?"', async () => {
    const { alexa } = await inSession();
    await alexa.say('how long do i keep ice on');
    expect((await alexa.say('no')).sessionEnded).toBe(true);
  });

  it('ends on navigate home', async () => {
    const { alexa } = await inSession();
    const turn = await alexa.say('go home');
    expect(turn.sessionEnded).toBe(true);
  });

  it('gives no doses and no drug choice for painkillers', async () => {
    const { alexa } = await inSession();
    const turn = await alexa.say('how much ibuprofen can i take');
    expect(turn.speech).toMatch(/follow the label, or ask a pharmacist/);
    expect(turn.speech).not.toMatch(/\d+\s*(mg|milligram|tablet|pill)/i);
    expect(turn.speech).not.toMatch(/ibuprofen|naproxen|paracetamol|acetaminophen/i);
  });

  it.each([
    ['how do i use a tennis ball', /beside your spine, never on the spine itself/],
    ['how should i lie down', /lower legs resting on the seat of a chair/],
    ['should i stay in bed', /staying in bed for days doesn't/],
    ['can i take a warm bath', /get in and out slowly/],
    ['how do i prevent this', /Prevention can wait until the pain settles/],
    ['how often should i ice', /at least as long off.*skin is back to its normal color/],
    ['when do i switch to heat', /Not quite yet/],
  ])('answers "%s"', async (question, expected) => {
    const { alexa } = await inSession();
    expect((await alexa.say(question)).speech).toMatch(expected);
  });
});
