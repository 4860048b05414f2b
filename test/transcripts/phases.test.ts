/** Answers fit the phase: "how long do I keep ice on" on day one is not the answer on day four. */
import { linesOf } from '../support/heard';
import { onboard } from '../support/local-alexa';
import { transcript, HOURS } from '../support/transcript';
import { createSpeech } from '../../lambda/speech/i18n';

const say = (key: string, params?: Record<string, string>) => createSpeech('en-US').sayFirst([key], params);

async function userWithOnset(said: string) {
  const t = transcript();
  await t.alexa.say('open back relief coach');
  await t.alexa.say('no');
  await t.alexa.say(said);
  await t.alexa.say('stop');
  return t;
}

describe('care phases', () => {
  it('greets a returning user by phase as the days pass', async () => {
    const t = await userWithOnset('it started about three hours ago');

    t.clock.advance(24 * HOURS);
    let turn = await t.alexa.say('open back relief coach');
    expect(turn.speech).toBe("Welcome back. It's day 2, so it's still ice time. Shall we do an ice session?");
    await t.alexa.say('no');
    await t.alexa.say('stop');

    t.clock.advance(26 * HOURS);
    turn = await t.alexa.say('open back relief coach');
    expect(turn.speech).toMatch(/It's day 3\. Ice still helps, and you can start using heat/);
    await t.alexa.say('stop');

    t.clock.advance(24 * HOURS);
    turn = await t.alexa.say('open back relief coach');
    expect(turn.speech).toBe("Welcome back. It's day 4, so heat usually helps more than ice now. Would you like to hear how to use heat safely?");
    turn = await t.alexa.say('yes');
    expect(turn.speech).toMatch(/low setting, for about 20 minutes.*never fall asleep/);
  });

  it('answers the one-shot "how long do I keep ice on" for day one and for day four', async () => {
    const t = await userWithOnset('it started this morning');

    let turn = await t.alexa.say('ask back relief coach how long do I keep ice on');
    expect(turn.speech).toBe('Keep the wrapped ice on for 15 to 20 minutes, never more than 20. Then take it off for at least as long before the next round.');
    expect(turn.sessionEnded).toBe(true);

    t.clock.advance(72 * HOURS);
    turn = await t.alexa.say('ask back relief coach how long do I keep ice on');
    expect(turn.speech).toBe('By now heat usually helps more than ice. If you still prefer ice, keep it to 20 minutes at most, wrapped in a towel.');
    expect(turn.sessionEnded).toBe(true);
  });

  it('adds the disclaimer to a first-ever one-shot question, once', async () => {
    const { alexa } = transcript();
    let turn = await alexa.say('ask back relief coach should I use ice or heat');
    expect(turn).toSay('safety.disclaimer');
    expect(turn.speech.startsWith(linesOf('safety.disclaimer')[0])).toBe(true);
    expect(turn).toSay('advice.iceOrHeat.unknown');
    await alexa.say('stop');
    turn = await alexa.say('ask back relief coach should I use ice or heat');
    expect(turn).not.toSay('safety.disclaimer');
  });

  it('a one-shot answer that needs the onset asks for it and keeps the session open for the answer', async () => {
    const { alexa, stored } = transcript();
    let turn = await alexa.say('ask back relief coach should I use ice or heat');
    expect(turn).toSay('launch.askOnset');
    expect(turn.waitingForAnswer).toBe(true);
    turn = await alexa.say('it started yesterday');
    expect(turn).toSay('onset.recorded', { day: 2 });
    expect((await stored()).onsetAt).toBeDefined();
  });

  it('from day 15, "when should I see a doctor" says that two weeks have passed', async () => {
    const t = transcript();
    await onboard(t, 'it started 15 days ago');
    const turn = await t.alexa.say('when should i see a doctor');
    expect(turn).toSay('advice.seeDoctor.twoWeeks');
    expect(turn).not.toSay('advice.seeDoctor.any');
  });

  it('"should I call 911" gets the routine answer and, first, to call the number if it is an emergency', async () => {
    const t = transcript();
    await onboard(t, 'it started yesterday');
    const turn = await t.alexa.say('should i call nine one one');
    expect(turn).toSay('advice.ifEmergency');
    expect(turn.speech).toContain('911');
    expect(turn).toSay('advice.seeDoctor.any');
    expect(turn.speech.indexOf(linesOf('advice.ifEmergency')[0].slice(0, 20))).toBe(0);
  });

  it('moves to stretching once the pain eases, and to prevention once it is gone', async () => {
    const t = await userWithOnset('it started four days ago');
    await t.alexa.say('open back relief coach');
    let turn = await t.alexa.say('my pain is a three');
    expect(turn.speech).toMatch(/^Thanks, I've noted 3 out of ten\./);
    await t.alexa.say('stop');
    turn = await t.alexa.say('open back relief coach');
    expect(turn.speech).toMatch(/your pain is easing, so gentle stretching can help now\. Would you like to hear how to start stretching\?/);
    // "Yes" starts the guided stretch routine (its own tests: stretching.test.ts).
    turn = await t.alexa.say('yes');
    expect(turn.ssml).toContain(say('stretch:safety.osteoporosis'));
    expect(turn.ssml).toContain(say('stretch:step.settle.first'));
    turn = await t.alexa.say('my pain is a one');
    expect(turn.speech).toMatch(/down from 3/);
    await t.alexa.say('stop');
    turn = await t.alexa.say('open back relief coach');
    expect(turn.ssml).toContain(say('stretch:resume.offer', { name: say('stretch:step.kneeToChest.right.name') }));
    await t.alexa.say('no');
    await t.alexa.say('stop');
    turn = await t.alexa.say('open back relief coach');
    expect(turn.speech).toMatch(/last pain score was low.*prevent the next one\?/);
  });

  it('tells where the user stands in recovery', async () => {
    const t = await userWithOnset('my back went out yesterday');
    const turn = await t.alexa.say('ask back relief coach where am I in my recovery');
    expect(turn.speech).toMatch(/^It's day 2 since the spasm began\. For the first two or three days, ice/);
  });

  it('"where am I in recovery" does not offer how to use heat safely again once it was heard in this session', async () => {
    const t = transcript();
    await onboard(t, 'it started four days ago');
    let turn = await t.alexa.say('yes');
    expect(turn).toSay('advice.heatCautions.any');
    turn = await t.alexa.say('where am I in my recovery');
    expect(turn).toSay('phaseSummary.later');
    expect(turn).not.toSay('offer.heatTips');
    // The heat timer it had just offered is still the question waiting.
    expect(turn).toSay('timers:consent.heatReprompt', { minutes: 20 });
  });

  it('after "is heat safe for me", the phase question ends with "anything else?", not the heat safety offer', async () => {
    const t = transcript();
    await onboard(t, 'it started four days ago');
    await t.alexa.say('no');
    await t.alexa.say('is heat safe for me');
    const turn = await t.alexa.say('where am I in my recovery');
    expect(turn).toSay('phaseSummary.later');
    expect(turn).not.toSay('offer.heatTips');
    expect(turn).toSay('common.anythingElse');
    // In a new session the offer is made again.
    await t.alexa.say('stop');
    expect(await t.alexa.say('open back relief coach')).toSay('offer.heatTips');
  });

  it('suggests a doctor when it still hurts after two weeks', async () => {
    const t = await userWithOnset('it started two days ago');
    t.clock.advance(13 * 24 * HOURS);
    await t.alexa.say('open back relief coach');
    await t.alexa.say('my pain is a five');
    const turn = await t.alexa.say('can i use a heating pad');
    expect(turn.speech).toMatch(/two weeks and it still hurts.*book a visit with your doctor/);
  });
});
