/** Help, stop, cancel, fallback, navigate home, yes/no without a question, repeat, painkillers without doses. */
import { transcript } from '../support/transcript';
import '../support/heard';

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
    // Help names the timed sessions and the guided stretches, and what fits the phase (day 1: ice).
    expect(turn).toSay('help.intro');
    expect(turn.speech).toMatch(/ice and heat sessions.*stretches/);
    expect(turn).toSay('help.byStage.early');
    expect(turn).toSay('help.question');
    expect(turn.waitingForAnswer).toBe(true);
  });

  it.each(['help', 'what can you do'])('"%s" with a question open says what it can do, then asks that question again', async (said) => {
    const t = transcript();
    let turn = await t.alexa.say('open back relief coach');
    // The safety check is open: help keeps it, so "no" still answers it.
    turn = await t.alexa.say(said);
    expect(turn).toSay('help.intro');
    expect(turn).toSay('safety.checkReprompt');
    expect(turn.repromptSsml).toContain('warning signs');
    turn = await t.alexa.say('no');
    expect(turn).toSay('safety.checkClear');
    await t.alexa.say('it started this morning');
    // The ice offer is open: help keeps it, so "yes" still starts the ice session.
    turn = await t.alexa.say(said);
    expect(turn).toSay('offer.iceSessionReprompt');
    expect(turn.waitingForAnswer).toBe(true);
    turn = await t.alexa.say('yes');
    expect(turn).toSay('timers:towel.question');
  });

  it.each(['wait', 'hold on'])('"%s" with a question open and no routine keeps the question, and its yes still answers it', async (said) => {
    const t = transcript();
    await t.alexa.say('open back relief coach');
    await t.alexa.say('no');
    await t.alexa.say('it started this morning');
    let turn = await t.alexa.say('yes');
    expect(turn).toSay('timers:towel.question');
    turn = await t.alexa.say(said);
    expect(turn.heard?.intent).toBe('AMAZON.PauseIntent');
    expect(turn).toSay('common.takeYourTime');
    expect(turn).toSay('timers:towel.reprompt');
    expect(turn).not.toSay('stretch:nav.notInRoutine');
    expect(turn.waitingForAnswer).toBe(true);
    turn = await t.alexa.say('yes');
    expect(turn).toSay('timers:consent.ice', { minutes: 20 });
  });

  it('"yes" to "when did the spasm begin?" asks it once more, not twice in one breath', async () => {
    const t = transcript();
    await t.alexa.say('open back relief coach');
    await t.alexa.say('no');
    const turn = await t.alexa.say('yes');
    expect(turn).toSay('onset.whenThen');
    expect(turn).toSay('launch.askOnsetReprompt');
    expect(turn.speech.split('?').length - 1).toBe(1);
  });

  it('answers "what can you do" like help', async () => {
    const { alexa } = await inSession();
    expect(await alexa.say('what can you do')).toSay('help.intro');
  });

  it.each(['stop', 'cancel'])('"%s" ends and keeps where the user was', async (word) => {
    const t = await inSession();
    const turn = await t.alexa.say(word);
    expect(turn).toSay('common.goodbye');
    expect(turn.sessionEnded).toBe(true);
    expect((await t.stored()).onsetAt).toBe('2026-11-21T13:00:00.000Z');
  });

  it('keeps listening after words it does not know', async () => {
    const { alexa } = await inSession();
    const turn = await alexa.say('purple elephants dancing');
    expect(turn).toSay('common.fallback');
    // Nothing was open: no "if something feels wrong" line.
    expect(turn).not.toSay('safety.feltWrongHint');
    expect(turn.waitingForAnswer).toBe(true);
  });

  it('re-asks the pending question after words it does not know', async () => {
    const { alexa } = transcript();
    await alexa.say('open back relief coach');
    const turn = await alexa.say('purple elephants dancing');
    expect(turn).toSay('safety.feltWrongHint');
    expect(turn).toSay('safety.checkReprompt');
    // The hint comes once per session.
    expect(await alexa.say('purple elephants dancing')).not.toSay('safety.feltWrongHint');
    expect(await alexa.say('no')).toSay('safety.checkClear');
  });

  it('repeats the last answer word for word', async () => {
    const { alexa } = await inSession();
    const answer = await alexa.say('how long do i keep ice on');
    const again = await alexa.say('say that again');
    expect(again.ssml).toBe(answer.ssml);
    expect(again.waitingForAnswer).toBe(true);
  });

  it('"repeat" after words it did not catch says the question waiting, not the hint or the apology', async () => {
    const t = transcript();
    await t.alexa.say('open back relief coach');
    await t.alexa.say('purple elephants dancing');
    let turn = await t.alexa.say('repeat');
    expect(turn).not.toSay('safety.feltWrongHint');
    expect(turn).not.toSay('common.notCaught');
    expect(turn).toSay('safety.checkReprompt');
    expect(turn.repromptSsml).toContain('warning signs');
    expect(turn.waitingForAnswer).toBe(true);
    turn = await t.alexa.say('no');
    expect(turn).toSay('safety.checkClear');
    // The onset question, without the safety check's "if any of them shows up later" that came before it.
    await t.alexa.say('purple elephants dancing');
    turn = await t.alexa.say('say that again');
    expect(turn).not.toSay('safety.checkClear');
    expect(turn).not.toSay('onset.unclearLead');
    expect(turn).toSay('launch.askOnsetReprompt');
    expect(await t.alexa.say('it started this morning')).toSay('offer.iceSession');
  });

  it('"repeat" after words it did not catch with no question waiting says what they can say, not the apology', async () => {
    const { alexa } = await inSession();
    await alexa.say('purple elephants dancing');
    const turn = await alexa.say('repeat');
    expect(turn).not.toSay('common.fallback');
    expect(turn).toSay('common.reprompt');
    expect(turn.waitingForAnswer).toBe(true);
  });

  it('answers "yes" to "anything else?" with what they would like, suggestions for the phase', async () => {
    const { alexa } = await inSession();
    await alexa.say('how long do i keep ice on');
    const turn = await alexa.say('yes');
    expect(turn).toSay('common.whatWouldYouLike.early');
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
