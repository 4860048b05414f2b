/**
 * Every way Alexa's timer and reminder APIs can fail is answered in speech, with the manual way on, and a hanging
 * API never holds the answer past about 3 s (Alexa waits 8). The faults come from the local Alexa API.
 */
import { MINUTES } from '../support/transcript';
import { AlexaTranscript, onboard, transcriptWithAlexa } from '../support/local-alexa';
import { TIMERS_SCOPE } from '../../tools/local-alexa';

const MANUAL_ICE = 'Set a 20 minute timer on your phone, and tell me when the ice is off.';
const CREATE = { method: 'POST', path: /^\/v1\/alerts\/timers$/ };

async function toConsent(t: AlexaTranscript): Promise<void> {
  await onboard(t);
  await t.alexa.say('yes');
  const turn = await t.alexa.say('yes');
  expect(turn.speech).toBe('Good. Shall I start a 20 minute ice timer?');
}

async function withRunningIce(): Promise<AlexaTranscript> {
  const t = await transcriptWithAlexa({ grant: ['timers'] });
  await toConsent(t);
  await t.alexa.say('yes');
  t.clock.advance(5 * MINUTES);
  return t;
}

describe('creating the timer fails', () => {
  it.each([
    [403, "Timers from skills aren't allowed on this device or account."],
    [429, "The timer service is busy just now."],
    [500, "The timer service had a problem just now."],
    [504, 'Your device seems to be offline, so I couldn\'t reach the timer.'],
  ] as const)('answers a %s in speech, with the manual way on', async (status, said) => {
    const t = await transcriptWithAlexa({ grant: ['timers'] });
    await toConsent(t);
    t.api.failNext(status, CREATE);
    const turn = await t.alexa.say('yes');
    expect(turn.speech).toBe(`${said} ${MANUAL_ICE}`);
    expect(turn.sessionEnded).toBe(true);
    // The session is still stored, timed by the user: "the ice is off" goes on with the routine.
    t.clock.advance(20 * MINUTES);
    const off = await t.alexa.say('tell back relief coach the ice is off');
    expect(off.speech).toMatch(/^Time's up: lift the ice off now\./);
  });

  it('answers a 400 (a device full of timers) in speech, after trying an announcement timer too', async () => {
    const t = await transcriptWithAlexa({ grant: ['timers'] });
    t.device.ownTimers = 10;
    await toConsent(t);
    const turn = await t.alexa.say('yes');
    expect(turn.speech).toBe(`Alexa wouldn't set that timer. A device holds at most ten timers, so one of yours may need to go. ${MANUAL_ICE}`);
    expect(t.api.requests.filter((request) => request.method === 'POST').map((request) => [request.status, request.reason])).toEqual([
      [400, 'the device already holds 10 timers'],
      [400, 'the device already holds 10 timers'],
    ]);
  });

  it('takes a 400 on task launch as "not possible here" and sets an announcement timer instead', async () => {
    const t = await transcriptWithAlexa({ grant: ['timers'] });
    await toConsent(t);
    t.api.failNext(400, CREATE);
    const turn = await t.alexa.say('yes');
    expect(turn.speech).toMatch(/When it ends, Alexa will tell you\. Then open Back Relief Coach/);
    expect(t.api.activeTimers()[0].body.operation.type).toBe('ANNOUNCE');
  });

  it('answers when the timers API hangs', async () => {
    const t = await transcriptWithAlexa({ grant: ['timers'] });
    await toConsent(t);
    t.api.failNext('hang', { times: 5 });
    const turn = await t.alexa.say('yes');
    expect(turn.speech).toBe(`The timer service didn't answer in time. ${MANUAL_ICE}`);
  });
});

describe('controlling a running timer fails', () => {
  it.each([
    ['pause my ice timer', 'pause', 500, "The timer service had a problem just now. You can also ask Alexa directly: say, Alexa, pause my timer."],
    ['cancel the ice timer', 'cancel', 504, "Your device seems to be offline, so I couldn't reach the timer. You can also ask Alexa directly: say, Alexa, cancel my timer."],
    ['pause my ice timer', 'pause', 429, "The timer service is busy just now. You can also ask Alexa directly: say, Alexa, pause my timer."],
  ] as const)('"%s" answers a failed %s (%s) with the manual way on', async (utterance, _action, status, said) => {
    const t = await withRunningIce();
    t.api.failNext(status, { path: /^\/v1\/alerts\/timers\/[^/]+/ });
    const turn = await t.alexa.say(`ask back relief coach to ${utterance}`);
    expect(turn.speech).toBe(said);
    expect(t.api.activeTimers()[0].status).toBe('ON');
  });

  it('answers a failed resume with the manual way on, and leaves the timer paused', async () => {
    const t = await withRunningIce();
    await t.alexa.say('ask back relief coach to pause my ice timer');
    t.api.failNext(403, { path: /\/resume$/ });
    const turn = await t.alexa.say('ask back relief coach to resume my ice timer');
    expect(turn.speech).toBe("Timers from skills aren't allowed on this device or account. You can also ask Alexa directly: say, Alexa, resume my timer.");
    expect(t.api.activeTimers()[0].status).toBe('PAUSED');
  });

  it('says so, with a consent card, when the timers permission was taken back', async () => {
    const t = await withRunningIce();
    t.api.failNext(401, { path: /\/pause$/ });
    const turn = await t.alexa.say('ask back relief coach to pause my ice timer');
    expect(turn.speech).toBe(
      "I don't have permission to manage timers anymore. You can turn it back on in the Alexa app: I've put a card there. You can also ask Alexa directly: say, Alexa, pause my timer.",
    );
    expect(turn.card).toEqual({ type: 'AskForPermissionsConsent', permissions: [TIMERS_SCOPE] });
  });

  it('answers "how long is left" from its own record when the timer cannot be read because the API hangs', async () => {
    const t = await withRunningIce();
    t.api.failNext('hang');
    const turn = await t.alexa.say('ask back relief coach how long is left on my ice');
    expect(turn.speech).toBe('Your ice timer has about 15 minutes left. You can also ask Alexa directly: say, Alexa, how long is left on my timer?');
  });
});

describe('setting reminders fails', () => {
  it.each([
    [429, "The reminder service is busy just now."],
    [500, "The reminder service had a problem just now."],
    [503, "The reminder service had a problem just now."],
    [504, "Your device seems to be offline, so I couldn't set the reminders."],
    [403, "Reminders from skills aren't allowed on this device or account."],
  ] as const)('answers a %s in speech, with the manual way on', async (status, said) => {
    const t = await transcriptWithAlexa({ grant: ['timers', 'reminders'] });
    await toConsent(t);
    await t.alexa.say('yes');
    t.clock.advance(20 * MINUTES);
    await t.acceptTask(t.ringDue()[0]);
    await t.alexa.say('yes');
    t.api.failNext(status, { path: /^\/v1\/alerts\/reminders$/ });
    const turn = await t.alexa.say('yes');
    expect(turn.speech).toBe(`${said} You can set one yourself: say, Alexa, remind me at five PM.`);
    expect(t.api.reminders()).toEqual([]);
  });
});
