/**
 * Consent by voice before anything health-related outlives the session (issue 12, item 1): the question comes once,
 * just before the skill first asks when the spasm began; yes stores it with the time of consent, no stores nothing
 * health-related, and the conversation goes on the same either way within the session. The store is read directly.
 */
import { createSpeech } from '../../lambda/speech/i18n';
import { HOURS, transcript, Transcript } from '../support/transcript';
import { SpeechKey } from '../../lambda/speech/resources';
import { joinSpeech } from '../../lambda/speech/ssml';
import { ssmlToText as speechText } from '../../tools/simulator/speech-text';

const USER = 'amzn1.ask.account.CONSENT-USER';
const NOW = '2026-11-21T15:00:00.000Z';
const speech = createSpeech('en-US', () => 0);
/** What the user hears for these content keys, in order. */
const heard = (...keys: SpeechKey[]) => speechText(joinSpeech(...keys.map((key) => speech.say(key, { day: 1 }))));

function newUser(): Transcript {
  return transcript({ userId: USER, healthConsent: 'unanswered' });
}

/** Everything the store holds for the user, read straight from it. */
async function storedRecord(t: Transcript): Promise<Record<string, unknown>> {
  return (await t.store.read(USER)).attributes;
}

async function throughSafetyCheck(t: Transcript): Promise<void> {
  await t.alexa.say('open back relief coach');
  const turn = await t.alexa.say('no');
  expect(turn.speech).toBe(heard('safety.checkClear', 'privacy.consentQuestion'));
  expect(turn.sessionEnded).toBe(false);
}

describe('the consent question', () => {
  it('yes: stored with the time of consent, and the onset and pain are remembered in the next session', async () => {
    const t = newUser();
    await throughSafetyCheck(t);
    let turn = await t.alexa.say('yes');
    expect(turn.speech).toBe(heard('privacy.consentYes', 'launch.askOnset'));
    expect(await storedRecord(t)).toMatchObject({ healthConsent: { answer: 'yes', at: NOW } });

    await t.alexa.say('it started this morning');
    await t.alexa.say('stop');
    // A number with no question waiting is confirmed first (issue 9): "Is that your pain, 6 out of 10?"
    await t.alexa.say('ask back relief coach to log my pain as six');
    await t.alexa.say('yes');
    const stored = await storedRecord(t);
    expect(stored.onsetAt).toEqual(expect.any(String));
    expect(stored.pain).toEqual([{ score: 6, at: NOW }]);

    t.clock.advance(2 * HOURS);
    turn = await t.alexa.say('open back relief coach');
    expect(turn.speech).toMatch(/^Welcome back\. It's day 1, so it's still ice time\./);
    expect(turn.speech).not.toContain(speechText(speech.say('privacy.consentQuestion')));
  });

  it('no: nothing health-related is stored, the session still knows it, and the question is not asked again', async () => {
    const t = newUser();
    await throughSafetyCheck(t);
    let turn = await t.alexa.say('no');
    expect(turn.speech).toBe(heard('privacy.consentNo', 'launch.askOnset'));

    turn = await t.alexa.say('it started this morning');
    expect(turn.speech).toMatch(/^Got it\. That makes today day 1\./);
    await t.alexa.say('my pain is three');
    turn = await t.alexa.say('my pain is six');
    // Within the session, the earlier score is known: six after three is a rise.
    expect(turn.speech).toMatch(/up from 3/);
    turn = await t.alexa.say('what phase am i in');
    expect(turn.speech).toMatch(/day 1/);

    const stored = await storedRecord(t);
    expect(stored).toMatchObject({ healthConsent: { answer: 'no', at: NOW }, disclaimerHeardAt: NOW, safetyCheckAt: NOW });
    expect(stored).not.toHaveProperty('onsetAt');
    expect(stored).not.toHaveProperty('careSessions');
    expect(stored.pain ?? []).toEqual([]);

    turn = await t.alexa.say('stop');
    expect(turn.speech).toBe(heard('common.goodbyeUnkept'));
    t.clock.advance(2 * HOURS);
    turn = await t.alexa.say('open back relief coach');
    // A first session for what it knows of the spasm, but no second consent question.
    expect(turn.speech).toBe(joinSpeechText('launch.welcomeBack', 'launch.askOnset'));
  });

  it('stays open when the onset is told instead of an answer: asked again after it, and yes keeps that onset', async () => {
    const t = newUser();
    await throughSafetyCheck(t);
    let turn = await t.alexa.say('it started this morning');
    expect(turn.speech).toMatch(/^Got it\. That makes today day 1\./);
    expect(turn.speech).toContain(speechText(speech.say('privacy.consentQuestion')));
    expect(await storedRecord(t)).not.toHaveProperty('onsetAt');
    turn = await t.alexa.say('yes');
    expect(turn.speech).toMatch(/^Thanks/);
    expect(await storedRecord(t)).toMatchObject({ healthConsent: { answer: 'yes', at: NOW }, onsetAt: expect.any(String) });
  });

  it('stays open through a side question: the answer, then the consent question again, and "no" still answers it', async () => {
    const t = newUser();
    await throughSafetyCheck(t);
    // Said in full where the answer would have asked when it began, else as its reprompt.
    let turn = await t.alexa.say('how long do i keep ice on');
    expect(turn.speech).toContain(speechText(speech.say('privacy.consentQuestion')));
    expect(turn.speech).not.toContain(speechText(speech.say('launch.askOnset')));
    turn = await t.alexa.say('is a tennis ball good for my back');
    expect(turn.speech).toContain(speechText(speech.say('privacy.consentReprompt')));
    turn = await t.alexa.say('no');
    expect(turn.speech).toBe(heard('privacy.consentNo', 'launch.askOnset'));
    expect(await storedRecord(t)).toMatchObject({ healthConsent: { answer: 'no' } });
  });

  // A pain score at the consent question had been confirmed, and then the consent question was dropped.
  it('stays open through a pain score: confirmed, then the consent question again; yes keeps the score', async () => {
    const t = newUser();
    await throughSafetyCheck(t);
    let turn = await t.alexa.say('six');
    expect(turn.speech).toBe(speechText(speech.say('pain.confirm.question', { score: 6 })));
    turn = await t.alexa.say('yes');
    expect(turn.speech).toContain(speechText(speech.say('pain.recorded', { score: 6 })));
    expect(turn.speech).toContain(speechText(speech.say('privacy.consentReprompt')));
    expect(turn.sessionEnded).toBe(false);
    turn = await t.alexa.say('yes');
    expect(turn.speech).toBe(heard('privacy.consentYes', 'launch.askOnset'));
    expect(await storedRecord(t)).toMatchObject({ healthConsent: { answer: 'yes', at: NOW }, pain: [{ score: 6, at: NOW }] });
  });

  it('is asked once: an answered question is not asked again in the same session', async () => {
    const t = newUser();
    await throughSafetyCheck(t);
    await t.alexa.say('no');
    await t.alexa.say('it started this morning');
    const turn = await t.alexa.say('what phase am i in');
    expect(turn.speech).not.toContain(speechText(speech.say('privacy.consentQuestion')));
    expect(turn.speech).not.toContain(speechText(speech.say('privacy.consentReprompt')));
    expect(await storedRecord(t)).not.toHaveProperty('onsetAt');
  });

  it('a record with health details from before the question: asked at the next launch, and yes keeps them', async () => {
    const t = newUser();
    await t.store.write(USER, { version: 1, onsetAt: '2026-11-21T13:00:00.000Z', pain: [{ score: 5, at: '2026-11-21T13:30:00.000Z' }], disclaimerHeardAt: '2026-11-21T13:00:00.000Z', safetyCheckAt: '2026-11-21T13:00:00.000Z' }, 0);
    let turn = await t.alexa.say('open back relief coach');
    expect(turn.speech).toBe(joinSpeechText('launch.welcomeBack', 'privacy.consentQuestion'));
    turn = await t.alexa.say('yes');
    expect(turn.speech).toMatch(new RegExp(`^${escape(heard('privacy.consentYes'))} It's day 1, so it's still ice time\\.`));
    expect(await storedRecord(t)).toMatchObject({ onsetAt: '2026-11-21T13:00:00.000Z', pain: [{ score: 5 }] });
  });

  it('HEALTH_RECORDS=off: never asked, nothing health-related stored, the conversation still works', async () => {
    const t = transcript({ userId: USER, healthConsent: 'unanswered', skill: { healthRecords: 'off' } });
    await t.alexa.say('open back relief coach');
    let turn = await t.alexa.say('no');
    expect(turn.speech).toBe(heard('safety.checkClear', 'launch.askOnset'));
    turn = await t.alexa.say('it started this morning');
    expect(turn.speech).toMatch(/^Got it\. That makes today day 1\./);
    await t.alexa.say('my pain is six');
    const stored = await storedRecord(t);
    expect(stored).not.toHaveProperty('onsetAt');
    expect(stored).not.toHaveProperty('healthConsent');
    expect(stored.pain ?? []).toEqual([]);
  });
});

function joinSpeechText(...keys: SpeechKey[]): string {
  return heard(...keys);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
