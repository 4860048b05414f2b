/** Pain check-ins: stored with the time; out-of-range scores re-asked; rising pain changes the advice. */
import { transcript, HOURS } from '../support/transcript';
import '../support/heard';

async function dayTwoUser() {
  const t = transcript();
  await t.alexa.say('open back relief coach');
  await t.alexa.say('no');
  await t.alexa.say('it started two days ago');
  return t;
}

describe('pain check-ins', () => {
  it('stores "my pain is a six" and "about four out of ten" with the time', async () => {
    const t = await dayTwoUser();
    let turn = await t.alexa.say('my pain is a six');
    expect(turn).toSay('pain.recorded', { score: 6 });
    t.clock.advance(2 * HOURS);
    turn = await t.alexa.say('about four out of ten');
    expect(turn).toSay('pain.recorded', { score: 4 });
    expect(turn).toSay('pain.easing', { previous: 6 });
    expect((await t.stored()).pain).toEqual([
      { score: 6, at: '2026-11-21T15:00:00.000Z' },
      { score: 4, at: '2026-11-21T17:00:00.000Z' },
    ]);
  });

  it('takes a pain said in answer to an offer, and asks the offer again', async () => {
    const t = await dayTwoUser();
    // "... Shall we do an ice session?" is pending.
    let turn = await t.alexa.say('my pain is a five');
    expect(turn).toSay('pain.recorded', { score: 5 });
    expect(turn).toSay('offer.iceSessionReprompt');
    expect(turn.waitingForAnswer).toBe(true);
    turn = await t.alexa.say('yes');
    expect(turn.speech).toContain('is the ice wrapped in a thin towel or cloth?');
  });

  it('after a severe pain said in answer to an offer, gives the advice without asking it again', async () => {
    const t = await dayTwoUser();
    const turn = await t.alexa.say('my pain is an eight');
    expect(turn).toSay('pain.severe');
    expect(turn).not.toSay('offer.iceSessionReprompt');
  });

  it('re-asks a pain of 42 and keeps nothing', async () => {
    const t = await dayTwoUser();
    let turn = await t.alexa.say('my pain is a forty two');
    expect(turn).toSay('pain.outOfRange', { value: 42 });
    expect(turn.waitingForAnswer).toBe(true);
    expect((await t.stored()).pain).toEqual([]);
    turn = await t.alexa.say('five');
    expect(turn).toSay('pain.recorded', { score: 5 });
  });

  it('re-asks "minus three" without echoing a negative number', async () => {
    const t = await dayTwoUser();
    let turn = await t.alexa.say('my pain is a minus three');
    expect(turn).toSay('pain.belowZero');
    expect(turn).not.toSay('pain.outOfRange', { value: -3 });
    expect(turn.speech).not.toContain('-3');
    expect(turn.waitingForAnswer).toBe(true);
    expect((await t.stored()).pain).toEqual([]);
    turn = await t.alexa.say('three');
    expect(turn).toSay('pain.recorded', { score: 3 });
  });

  it('asks for the number when none was heard', async () => {
    const t = await dayTwoUser();
    // "my pain is a" with nothing after it: a pain report without its number, so the number is asked for.
    const turn = await t.alexa.say('my pain is a');
    expect(turn.waitingForAnswer).toBe(true);
    expect(turn).toSay('pain.ask');
  });

  it('sends rising pain back to rest and ice, and says so in later advice', async () => {
    const t = await dayTwoUser();
    await t.alexa.say('my pain is a three');
    t.clock.advance(48 * HOURS);
    let turn = await t.alexa.say('my pain is a six');
    expect(turn).toSay('pain.rising', { previous: 3 });
    turn = await t.alexa.say('should i use ice or heat');
    expect(turn).toSay('advice.iceOrHeat.early');
    expect(turn).toSay('advice.flareNote');
  });

  // A single severe score had been spoken of as "Since your pain has gone up".
  it('speaks of severe pain, not of a rise, in later advice after a first severe score', async () => {
    const t = await dayTwoUser();
    t.clock.advance(48 * HOURS);
    await t.alexa.say('my pain is a seven');
    const turn = await t.alexa.say('should i use ice or heat');
    expect(turn).toSay('advice.iceOrHeat.early');
    expect(turn).toSay('advice.severeNote');
    expect(turn).not.toSay('advice.flareNote');
  });

  it('answers severe pain with the rest position', async () => {
    const t = await dayTwoUser();
    const turn = await t.alexa.say('my pain is an eight');
    expect(turn).toSay('pain.severe');
  });
});
