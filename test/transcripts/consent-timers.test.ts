/**
 * An ice cycle on real Alexa timers (tools/local-alexa) for a user who declined keeping health details: nothing
 * health-related reaches the store, and each timer's task input carries the step, the onset and the phase, so the
 * relaunch in a new session still knows where the routine and the user were.
 */
import { createSpeech } from '../../lambda/speech/i18n';
import { MINUTES } from '../support/transcript';
import { AlexaTranscript, transcriptWithAlexa } from '../support/local-alexa';
import { ssmlToText } from '../../tools/simulator/speech-text';

const USER = 'amzn1.ask.account.DECLINED-ICE';
const speech = createSpeech('en-US', () => 0);

async function storedRecord(t: AlexaTranscript): Promise<Record<string, unknown>> {
  return (await t.store.read(USER)).attributes;
}

function expectNoHealthDetails(record: Record<string, unknown>): void {
  expect(record).not.toHaveProperty('onsetAt');
  expect(record).not.toHaveProperty('careSessions');
  expect(record.pain ?? []).toEqual([]);
}

describe('an ice timer relaunch with consent declined', () => {
  it('finishes an ice cycle from the task inputs alone, storing nothing health-related', async () => {
    const t = await transcriptWithAlexa({ grant: ['timers'], userId: USER, healthConsent: 'unanswered' });
    await t.alexa.say('open back relief coach');
    await t.alexa.say('no');
    let turn = await t.alexa.say('no');
    expect(turn.speech).toMatch(new RegExp(`^${ssmlToText(speech.say('privacy.consentNo')).replace(/[.']/g, '.')}`));
    turn = await t.alexa.say('it started this morning');
    expect(turn.speech).toMatch(/Shall we do an ice session\?$/);
    await t.alexa.say('yes');
    await t.alexa.say('yes');
    turn = await t.alexa.say('yes');
    expect(turn.speech).toBe(ssmlToText(`${speech.say('timers:started.ice', { minutes: 20 })} ${speech.say('timers:started.launchTask')}`));
    expect(turn.sessionEnded).toBe(true);

    const [timer] = t.api.activeTimers();
    const input = (timer.body.operation as { task: { input: Record<string, unknown> } }).task.input;
    expect(input).toEqual({
      sessionId: 'ice-1',
      kind: 'ice',
      step: 'session',
      minutes: 20,
      startedAt: '2026-11-21T15:00:00.000Z',
      onsetAt: expect.any(String),
      phase: 'ice',
    });
    const onsetAt = input.onsetAt as string;
    expectNoHealthDetails(await storedRecord(t));

    // The timer rings; the user says yes: a new session, with nothing stored about the spasm or the session.
    t.clock.advance(20 * MINUTES);
    turn = await t.acceptTask(t.ringDue()[0]);
    expect(turn.speech).toMatch(/^Time's up: lift the ice off now\..*That was your first ice session today\..*Shall I set a 20 minute timer/);
    // The onset came back with the task input: the phase is known in the relaunched session.
    turn = await t.alexa.say('what phase am i in');
    expect(turn.speech).toMatch(/^It's day 1 since the spasm began\./);
    // The round just ended is known in this session too: the next one waits for the break.
    turn = await t.alexa.say('start an ice session');
    expect(turn.speech).toBe(ssmlToText(speech.say('timers:tooSoon.justNow', { break: 20 })));
    turn = await t.alexa.say('yes');
    expect(turn.speech).toMatch(/^Done\. I'll tell you in \d+ minutes when you can ice again\./);
    const [breakTimer] = t.api.activeTimers();
    expect((breakTimer.body.operation as { task: { input: unknown } }).task.input).toMatchObject({ sessionId: 'ice-1-break', step: 'break', onsetAt, phase: 'ice' });
    expectNoHealthDetails(await storedRecord(t));

    t.clock.advance(20 * MINUTES);
    turn = await t.acceptTask(t.ringDue()[0]);
    expect(turn.speech).toBe(ssmlToText(`${speech.say('timers:break.over')} ${speech.say('timers:skin.question')}`));
    await t.alexa.say('yes');
    await t.alexa.say('yes');
    turn = await t.alexa.say('yes');
    expect(turn.speech).toBe(ssmlToText(`${speech.say('timers:started.ice', { minutes: 20 })} ${speech.say('timers:started.launchTask')}`));
    expect((t.api.activeTimers()[0].body.operation as { task: { input: unknown } }).task.input).toMatchObject({ onsetAt, phase: 'ice', step: 'session' });
    expectNoHealthDetails(await storedRecord(t));
    expect(await storedRecord(t)).toMatchObject({ healthConsent: { answer: 'no' } });
  });
});
