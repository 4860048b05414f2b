/**
 * Bad input at every edge, as Alexa would deliver it (raw slot values: what the user said is not always what a
 * sample would give): pain scores out of range or not numbers, session lengths of zero, below zero and three
 * hours, onsets in the future or years ago, locales the skill does not have, empty and very long values, and
 * SSML-special characters, which must never reach the speech unescaped. Every answer is also checked against
 * Alexa's SSML rules by the transcript harness.
 */
import type { RequestInput } from '../../tools/simulator/conversation';
import { transcript } from '../support/transcript';

/** An IntentRequest with the given slot values, exactly as given (undefined: the slot without a value). */
function intent(name: string, slots: Record<string, string | undefined> = {}, locale?: string): RequestInput {
  const entries = Object.entries(slots).map(([slot, value]) => [
    slot,
    value === undefined ? { name: slot, confirmationStatus: 'NONE' } : { name: slot, value, confirmationStatus: 'NONE' },
  ]);
  return { type: 'IntentRequest', ...(locale === undefined ? {} : { locale }), intent: { name, confirmationStatus: 'NONE', slots: Object.fromEntries(entries) } } as unknown as RequestInput;
}

/** A user on day 1 who has heard the safety check and declined the first offer. */
async function onDayOne() {
  const t = transcript();
  for (const said of ['open back relief coach', 'no', 'it started this morning', 'no']) await t.alexa.say(said);
  return t;
}

const SPECIALS = `<break time="30s"/> & </speak><speak> "quoted" 'apostrophe' <audio src="https://example.com/x.mp3"/>`;

describe('pain scores at the edges', () => {
  it.each([
    ['-3', '-3', 'Pain scores go from zero for no pain to ten for the worst, nothing below zero. How bad is it from zero to ten?'],
    ['11', '11', "Pain scores go from zero to ten, and I heard 11. How bad is it from zero to ten?"],
    ['"?" (Alexa heard no number)', '?', 'How bad is your pain right now, from zero for none to ten for the worst?'],
    ['an empty value', '', 'How bad is your pain right now, from zero for none to ten for the worst?'],
    ['a 5000-digit number', '9'.repeat(5000), 'How bad is your pain right now, from zero for none to ten for the worst?'],
  ])('re-asks %s and stores nothing', async (_label, value, expected) => {
    const t = await onDayOne();
    const turn = await t.alexa.send(intent('PainReportIntent', { painScore: value }));
    expect(turn.speech).toBe(expected);
    expect(turn.waitingForAnswer).toBe(true);
    expect((await t.stored()).pain).toEqual([]);
  });

  it('takes the ends of the scale, 0 and 10, and rounds a half score', async () => {
    const t = await onDayOne();
    expect((await t.alexa.send(intent('PainReportIntent', { painScore: '0' }))).speech).toMatch(/^Thanks, I've noted 0 out of ten\. No pain at all\./);
    expect((await t.alexa.send(intent('PainReportIntent', { painScore: '10' }))).speech).toMatch(/^I'm so sorry\. A ten is as bad as pain gets.*lower legs up on a chair seat.*checked by a doctor today/);
    expect((await t.alexa.send(intent('PainReportIntent', { painScore: '5.5' }))).speech).toMatch(/^Thanks, I've noted 6 out of ten\./);
    expect((await t.stored()).pain.map((entry) => entry.score)).toEqual([0, 10, 6]);
  });
});

describe('session lengths at the edges', () => {
  it.each([
    ['zero (PT0S)', 'PT0S'],
    ['minus five minutes (-PT5M)', '-PT5M'],
    ['nothing (PT)', 'PT'],
    ['3000 characters of nonsense', 'P'.repeat(3000)],
  ])('an ice session of %s becomes the standard 20 minutes', async (_label, duration) => {
    const t = await onDayOne();
    expect((await t.alexa.send(intent('StartIceIntent', { duration }))).speech).toMatch(/Quick check first: is the ice wrapped in a thin towel or cloth\?$/);
    expect((await t.alexa.say('yes')).speech).toMatch(/Shall I start a 20 minute ice timer\?$/);
  });

  it('three hours of ice is cut to 20 minutes, and the user hears why', async () => {
    const t = await onDayOne();
    const turn = await t.alexa.send(intent('StartIceIntent', { duration: 'PT3H' }));
    expect(turn.speech).toMatch(/^Ice should stay on for no more than 20 minutes at a time, so the cold doesn't harm your skin\./);
    expect((await t.alexa.say('yes')).speech).toMatch(/Shall I start a 20 minute ice timer\?$/);
  });

  it('three hours of heat is cut to about 20 minutes, and the user hears why', async () => {
    const t = await onDayOne();
    const turn = await t.alexa.send(intent('StartHeatIntent', { duration: 'PT3H' }));
    expect(turn.speech).toMatch(/^Heat sessions are about 20 minutes at a time, so the skin doesn't get too hot\./);
  });
});

describe('onsets at the edges', () => {
  it.each([
    ['no time at all', {}, /^Sorry, I didn't catch when it began\./],
    ['zero time ago', { onsetAgo: 'PT0S' }, /^Sorry, I didn't catch when it began\./],
    ['a negative time ago', { onsetAgo: '-P2D' }, /^Sorry, I didn't catch when it began\./],
    ['years ago', { onsetDate: '2019-03-01' }, /^That's more than six weeks ago, and back pain that lasts that long is worth checking with a doctor\./],
    ['far in the future', { onsetDate: '2099-01-01' }, /^That sounds like a time that hasn't come yet\./],
    ['a very long value', { onsetDate: '2026-11-20'.repeat(400) }, /^Sorry, I didn't catch when it began\./],
  ])('re-asks %s and keeps the stored onset', async (_label, slots, expected) => {
    const t = await onDayOne();
    const before = (await t.stored()).onsetAt;
    const turn = await t.alexa.send(intent('SetOnsetIntent', slots));
    expect(turn.speech).toMatch(expected);
    expect(turn.waitingForAnswer).toBe(true);
    expect((await t.stored()).onsetAt).toBe(before);
  });
});

describe('locales the skill does not have', () => {
  it.each(['de-DE', 'fr-FR', 'xx-XX', ''])('answers a launch in "%s" in US English', async (locale) => {
    const t = transcript();
    const turn = await t.alexa.send({ type: 'LaunchRequest', locale } as unknown as RequestInput);
    expect(turn.speech).toMatch(/^Welcome to Back Relief Coach\. Just so you know, I give general self-care information\./);
    expect(turn.response.response.outputSpeech).toMatchObject({ type: 'SSML' });
  });

  it('answers a request with no locale at all', async () => {
    const t = await onDayOne();
    const request = intent('IceDurationIntent');
    delete (request as { locale?: string }).locale;
    const turn = await t.alexa.send({ ...request, locale: undefined } as unknown as RequestInput);
    expect(turn.speech).toMatch(/15 to 20 minutes/);
  });
});

describe('empty and odd words', () => {
  it('an empty utterance gets the fallback hint and an open microphone', async () => {
    const t = await onDayOne();
    const turn = await t.alexa.say('');
    expect(turn.speech).toBe("Sorry, I didn't catch that. You can ask how long to keep ice on, tell me your pain from zero to ten, or say help.");
    expect(turn.waitingForAnswer).toBe(true);
  });

  it('an intent the skill has never heard of gets the same hint', async () => {
    const t = await onDayOne();
    expect((await t.alexa.send(intent('OrderPizzaIntent', { topping: SPECIALS }))).speech).toMatch(/^Sorry, I didn't catch that\./);
  });
});

describe('SSML-special characters in slot values', () => {
  it.each([
    ['PainReportIntent', 'painScore'],
    ['SetOnsetIntent', 'onsetDate'],
    ['SetOnsetIntent', 'onsetAgo'],
    ['StartIceIntent', 'duration'],
    ['SessionCountIntent', 'sessionKind'],
    ['StartStretchIntent', 'routine'],
  ])('%s with them in %s: valid speech, nothing of them spoken or obeyed', async (name, slot) => {
    const t = await onDayOne();
    const turn = await t.alexa.send(intent(name, { [slot]: SPECIALS }));
    expect(turn.speech.length).toBeGreaterThan(0);
    for (const ssml of [turn.ssml, turn.repromptSsml]) {
      expect(ssml).not.toMatch(/<audio|<break time="30s"|quoted|apostrophe/);
      expect(ssml.match(/<speak>/g)?.length ?? 0).toBeLessThanOrEqual(1);
    }
  });

  it('a number that is heard back is spoken as a number, escaped', async () => {
    const t = await onDayOne();
    const turn = await t.alexa.send(intent('PainReportIntent', { painScore: '42' }));
    expect(turn.ssml).toBe('<speak>Pain scores go from zero to ten, and I heard 42. How bad is it from zero to ten?</speak>');
  });
});
