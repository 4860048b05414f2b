/**
 * "Forget me" by voice (issue 12, item 2): a yes-or-no confirmation, then everything goes through the same path as
 * SkillDisabled: the stored record, and the skill's own timers and reminders, each by its id (never the bulk
 * deleteTimers). Afterwards the user is a first-time user. Against the local Alexa API, whose timers really run.
 */
import { createSpeech } from '../../lambda/speech/i18n';
import { SpeechKey } from '../../lambda/speech/resources';
import { joinSpeech } from '../../lambda/speech/ssml';
import { ssmlToText } from '../../tools/simulator/speech-text';
import { MINUTES, transcript } from '../support/transcript';
import { AlexaTranscript, onboard, transcriptWithAlexa } from '../support/local-alexa';

const USER = 'amzn1.ask.account.FORGET-ME';
const en = createSpeech('en-US', () => 0);
const heard = (...keys: SpeechKey[]) => ssmlToText(joinSpeech(...keys.map((key) => en.say(key))));

/** An ice round done, its break timed, and reminders set: the skill has a timer and a reminder of its own. */
async function withTimerAndReminder(t: AlexaTranscript): Promise<void> {
  await t.alexa.say('yes');
  await t.alexa.say('yes');
  await t.alexa.say('yes');
  t.clock.advance(20 * MINUTES);
  await t.acceptTask(t.ringDue()[0]);
  await t.alexa.say('yes');
  const turn = await t.alexa.say('yes');
  expect(turn.speech).toMatch(/^Done\. I'll remind you at/);
  expect(t.api.activeTimers()).toHaveLength(1);
  expect(t.api.reminders()).toHaveLength(1);
}

function expectOwnAlertsDeletedById(t: AlexaTranscript): void {
  expect(t.api.activeTimers()).toEqual([]);
  expect(t.api.reminders()).toEqual([]);
  const deletions = t.api.requests.filter((request) => request.method === 'DELETE');
  expect(deletions.map((request) => request.path)).toEqual(
    expect.arrayContaining([expect.stringMatching(/^\/v1\/alerts\/timers\/.+/), expect.stringMatching(/^\/v1\/alerts\/reminders\/.+/)]),
  );
  // Never the bulk call that would take every timer the skill ever set for the user.
  expect(deletions.filter((request) => request.path.replace(/\/$/, '') === '/v1/alerts/timers')).toEqual([]);
}

describe('"forget me"', () => {
  it('asks first, then deletes the record, the timer and the reminder; the next launch is a first launch', async () => {
    const t = await transcriptWithAlexa({ grant: ['timers', 'reminders'], userId: USER });
    await onboard(t);
    await withTimerAndReminder(t);
    expect((await t.store.read(USER)).attributes).toHaveProperty('onsetAt');

    let turn = await t.alexa.say('ask back relief coach to forget everything about me');
    expect(turn.speech).toBe(heard('privacy.forgetQuestion'));
    expect(turn.sessionEnded).toBe(false);
    turn = await t.alexa.say('yes');
    expect(turn.speech).toBe(heard('privacy.forgotten'));
    expect(turn.sessionEnded).toBe(true);

    expect((await t.store.read(USER)).attributes).toEqual({});
    expectOwnAlertsDeletedById(t);

    turn = await t.alexa.say('open back relief coach');
    expect(turn.speech).toBe(heard('launch.welcomeFirst', 'safety.checkQuestion'));
    await t.alexa.say('no');
    expect((await t.store.read(USER)).attributes).not.toHaveProperty('onsetAt');
  });

  it('"no" to the confirmation keeps everything', async () => {
    const t = transcript({ userId: USER });
    await t.alexa.say('open back relief coach');
    await t.alexa.say('no');
    await t.alexa.say('it started this morning');
    let turn = await t.alexa.say('delete my data');
    expect(turn.speech).toBe(heard('privacy.forgetQuestion'));
    turn = await t.alexa.say('no');
    expect(turn.speech).toBe(heard('privacy.forgetCancelled', 'common.anythingElse'));
    expect((await t.store.read(USER)).attributes).toHaveProperty('onsetAt');
  });

  it('with consent declined, still finds and deletes the skill\'s own timer, and the declined answer goes too', async () => {
    const t = await transcriptWithAlexa({ grant: ['timers'], userId: USER, healthConsent: 'unanswered' });
    await t.alexa.say('open back relief coach');
    await t.alexa.say('no');
    await t.alexa.say('no');
    await t.alexa.say('it started this morning');
    await t.alexa.say('yes');
    await t.alexa.say('yes');
    await t.alexa.say('yes');
    expect(t.api.activeTimers()).toHaveLength(1);
    expect((await t.store.read(USER)).attributes).toMatchObject({ healthConsent: { answer: 'no' } });

    await t.alexa.say('ask back relief coach to forget me');
    const turn = await t.alexa.say('yes');
    expect(turn.speech).toBe(heard('privacy.forgotten'));
    expect(t.api.activeTimers()).toEqual([]);
    expect((await t.store.read(USER)).attributes).toEqual({});
  });

  it('is heard in Spanish: "borra mis datos"', async () => {
    const es = createSpeech('es-ES', () => 0);
    const t = transcript({ userId: USER, locale: 'es-ES' });
    await t.alexa.say('abre alivio de espalda');
    const turn = await t.alexa.say('borra mis datos');
    expect(turn.speech).toBe(ssmlToText(es.say('privacy.forgetQuestion')));
    expect((await t.alexa.say('sí')).speech).toBe(ssmlToText(es.say('privacy.forgotten')));
    expect((await t.store.read(USER)).attributes).toEqual({});
  });
});
