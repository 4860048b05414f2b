/** Telling the skill when the spasm began, in the ways people say it; odd times get a gentle re-ask. */
import { transcript } from '../support/transcript';
import '../support/heard';
import { SpeechKey } from '../../lambda/speech/resources';

async function tell(said: string) {
  const t = transcript();
  await t.alexa.say('open back relief coach');
  await t.alexa.say('no');
  const turn = await t.alexa.say(said);
  return { turn, t };
}

describe('onset', () => {
  it.each([
    ['it started this morning', '2026-11-21T13:00:00.000Z', 1],
    ['my back went out yesterday', '2026-11-20T17:00:00.000Z', 2],
    ['two days ago', '2026-11-19T15:00:00.000Z', 3],
    ['about three hours ago', '2026-11-21T12:00:00.000Z', 1],
    ['yesterday evening', '2026-11-21T00:00:00.000Z', 2],
  ])('understands "%s"', async (said, expectedOnset, day) => {
    const { turn, t } = await tell(said);
    expect(turn.speech).toMatch(new RegExp(`^Got it\\. That makes today day ${day}\\.`));
    expect((await t.stored()).onsetAt).toBe(expectedOnset);
  });

  it('re-asks a time in the future and keeps listening', async () => {
    const { turn, t } = await tell('it started tomorrow');
    expect(turn.speech).toMatch(/^That sounds like a time that hasn't come yet\. When did the spasm begin\?/);
    expect(turn.waitingForAnswer).toBe(true);
    expect((await t.stored()).onsetAt).toBeUndefined();
    const next = await t.alexa.say('it started this morning');
    expect(next.speech).toMatch(/day 1/);
  });

  it('re-asks an onset years ago, pointing to a doctor', async () => {
    const { turn } = await tell('it started five years ago');
    expect(turn.speech).toMatch(/^That's more than six weeks ago, and back pain that lasts that long is worth checking with a doctor/);
    expect(turn.waitingForAnswer).toBe(true);
  });

  it('asks again when it hears no time at all', async () => {
    const { turn } = await tell('it started blah');
    expect(turn.waitingForAnswer).toBe(true);
    expect(turn.speech).toMatch(/didn't catch|When did the spasm begin/);
  });

  it.each<[string, SpeechKey]>([
    ['how do i get up off the floor', 'advice.getUp.any'],
    ['what is the best position to rest in', 'advice.restPosition.any'],
  ])('answers "%s" at "when did the spasm begin?" and asks it again', async (said, answer) => {
    const t = transcript();
    await t.alexa.say('open back relief coach');
    expect(await t.alexa.say('no')).toSay('launch.askOnset');
    const turn = await t.alexa.say(said);
    expect(turn).toSay(answer);
    expect(turn).toSay('launch.askOnset');
    expect(turn).not.toSay('common.anythingElse');
    expect(turn.waitingForAnswer).toBe(true);
    const next = await t.alexa.say('yesterday');
    expect(next.speech).toMatch(/^Got it\. That makes today day 2\./);
  });

  // A pain score at "when did it begin?" had been confirmed, and then the onset question was dropped.
  it.each([
    ['yes', 'pain.recorded'],
    ['no', 'pain.confirm.notStored'],
  ] as const)('confirms a pain score told at "when did the spasm begin?", then asks it again after "%s"', async (answer, said) => {
    const t = transcript();
    await t.alexa.say('open back relief coach');
    expect(await t.alexa.say('no')).toSay('launch.askOnset');
    expect(await t.alexa.say('it hurts like an eight')).toSay('pain.confirm.question', { score: 8 });
    const turn = await t.alexa.say(answer);
    expect(turn).toSay(said, { score: 8 });
    expect(turn).toSay('launch.askOnsetReprompt');
    expect(turn).not.toSay('common.anythingElse');
    expect(turn.waitingForAnswer).toBe(true);
    const next = await t.alexa.say('yesterday');
    expect(next.speech).toMatch(/^Got it\. That makes today day 2\./);
    expect((await t.stored()).pain.map((entry) => entry.score)).toEqual(answer === 'yes' ? [8] : []);
  });
});
