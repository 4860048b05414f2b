/**
 * Ice and heat sessions on real Alexa timers, against the local Alexa API (tools/local-alexa): the towel check,
 * consent, permission by voice, the task launch that brings the user back, the break, reminders, and the timer
 * controls. Timers ring when the test moves the clock and says so; every request body was checked by the server.
 */
import { MINUTES } from '../support/transcript';
import { AlexaTranscript, onboard, transcriptWithAlexa } from '../support/local-alexa';
import { REMINDERS_SCOPE, TIMERS_SCOPE } from '../../tools/local-alexa';
import { linesOf } from '../support/heard';

/** Said once per Alexa session, the first time an ice (or heat) session comes up. */
const ICE_CAUTIONS = linesOf('advice.iceCautions.any')[0];
const HEAT_CAUTIONS = linesOf('advice.heatCautions.any')[0];
const TOWEL_CHECK = 'Quick check first: is the ice wrapped in a thin towel or cloth?';

const SKILL_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-000000000000';
const ICE_STARTED =
  "Your 20 minute ice timer is running. Rest comfortably, and take the ice off sooner if the skin goes numb. When it ends, Alexa will ask if you'd like to carry on with me, and we'll do the next step together.";
const ICE_OVER =
  "Time's up: lift the ice off now. A little pink is normal. Let your skin warm up, and rest in a comfortable position for a while, or take a short, gentle walk.";

/** "Shall we do an ice session?" yes, towel yes, consent yes. */
async function startIce(t: AlexaTranscript): Promise<void> {
  await t.alexa.say('yes');
  await t.alexa.say('yes');
  const turn = await t.alexa.say('yes');
  expect(turn.speech).toBe(ICE_STARTED);
}

/** An onboarded user with the timers permission, whose ice session has just started on the skill's own timer. */
async function onTimedIce(): Promise<AlexaTranscript> {
  const t = await transcriptWithAlexa({ grant: ['timers'] });
  await onboard(t);
  await startIce(t);
  return t;
}

/** An onboarded user who said yes to the ice, the towel and the timer, then no to Alexa's timers permission. */
async function onManualIce(): Promise<AlexaTranscript> {
  const t = await transcriptWithAlexa();
  await onboard(t);
  for (const answer of ['yes', 'yes', 'yes', 'no']) await t.alexa.say(answer);
  return t;
}

function timerRequests(t: AlexaTranscript) {
  return t.api.requests.filter((request) => request.path.startsWith('/v1/alerts/timers'));
}

describe('an ice session on an Alexa timer', () => {
  it('checks the towel once, asks consent, and starts a 20 minute timer that will bring the user back', async () => {
    const t = await transcriptWithAlexa({ grant: ['timers'] });
    await onboard(t);

    let turn = await t.alexa.say('yes');
    expect(turn.speech).toBe(`${ICE_CAUTIONS} ${TOWEL_CHECK}`);
    turn = await t.alexa.say('no');
    expect(turn.speech).toBe('Wrap it in a thin towel or cloth first. Ice straight on the skin can hurt it. Is it wrapped now?');
    turn = await t.alexa.say('yes');
    expect(turn.speech).toBe('Good. Shall I start a 20 minute ice timer?');
    turn = await t.alexa.say('yes');
    expect(turn.speech).toBe(ICE_STARTED);
    expect(turn.sessionEnded).toBe(true);

    const [timer] = t.api.activeTimers();
    expect(timer.body).toEqual({
      duration: 'PT20M',
      durationSeconds: 1200,
      timerLabel: 'Ice session 1',
      visibility: 'VISIBLE',
      playAudible: true,
      operation: {
        type: 'LAUNCH_TASK',
        textToConfirm: [{ locale: 'en-US', text: 'Your ice time is up. Would you like to {continueWithSkillName}?' }],
        task: {
          name: `${SKILL_ID}.IceSessionEnded`,
          version: '1',
          // A user who agreed to keeping health details: the step only, no onset or phase (the store has them).
          input: { sessionId: 'ice-1', kind: 'ice', step: 'session', minutes: 20, startedAt: '2026-11-21T15:00:00.000Z' },
        },
      },
    });
    const stored = (await t.stored()).careSessions as { sessions: unknown[] };
    expect(stored.sessions).toEqual([
      {
        id: 'ice-1',
        kind: 'ice',
        startedAt: '2026-11-21T15:00:00.000Z',
        plannedMinutes: 20,
        status: 'running',
        mode: 'launchTask',
        timerId: timer.id,
        dueAt: '2026-11-21T15:20:00.000Z',
      },
    ]);
  });

  it('takes the user\'s own length from 10 to 20 minutes, and refuses longer with the reason', async () => {
    const t = await transcriptWithAlexa({ grant: ['timers'] });
    await onboard(t);
    let turn = await t.alexa.say('ice for thirty minutes');
    expect(turn.speech).toBe(
      `Ice should stay on for no more than 20 minutes at a time, so the cold doesn't harm your skin. ${ICE_CAUTIONS} ${TOWEL_CHECK}`,
    );
    turn = await t.alexa.say('yes');
    expect(turn.speech).toBe('Good. Shall I start a 20 minute ice timer?');
    turn = await t.alexa.say('no');
    expect(turn.speech).toMatch(/^Okay, no timer\. If you ice anyway, keep it to 20 minutes at most\./);
    // The no answered the question: it is not asked again.
    expect(turn).not.toSay('timers:consent.iceReprompt', { minutes: 20 });
    expect(turn).toSay('common.anythingElse');

    // The towel was checked in this session: not asked again.
    turn = await t.alexa.say('set a fifteen minute ice timer');
    expect(turn.speech).toBe('Shall I start a 15 minute ice timer?');
    turn = await t.alexa.say('yes');
    expect(turn.speech).toMatch(/^Your 15 minute ice timer is running\./);
    expect(t.api.activeTimers()[0].body.duration).toBe('PT15M');
  });

  it('asks for the timers permission by voice on a 401, and on ACCEPTED sets the same timer without asking again', async () => {
    const t = await transcriptWithAlexa();
    await onboard(t);
    let turn = await t.alexa.say('I just put the ice on for fifteen minutes');
    expect(turn.speech).toBe(`${ICE_CAUTIONS} ${TOWEL_CHECK}`);
    turn = await t.alexa.say('yes');
    expect(turn.speech).toBe('Good. Shall I start a 15 minute ice timer?');

    turn = await t.alexa.say('yes');
    expect(turn.speech).toBe('To time your ice, I need your permission to set timers.');
    expect(turn.directives).toEqual([`Connections.SendRequest AskFor ${TIMERS_SCOPE}`]);
    expect(turn.alexaAfter).toMatch(/allow Back Relief Coach to create timers/);
    expect(turn.waitingForAnswer).toBe(true);

    turn = await t.alexa.say('yes');
    expect(turn.request.request.type).toBe('Connections.Response');
    expect(turn.alexaBefore).toMatch(/you can change this permission at any time/);
    expect(turn.speech).toMatch(/^Your 15 minute ice timer is running\./);
    expect(timerRequests(t).map((request) => request.status)).toEqual([401, 200]);
    expect(t.api.activeTimers().map((timer) => timer.body.duration)).toEqual(['PT15M']);
  });

  it('finishes the permission flow when the answer arrives in a new session, from the token or the stored request', async () => {
    const t = await transcriptWithAlexa({ grant: ['timers'] });
    await onboard(t);
    t.api.failNext(401, { method: 'POST', path: /^\/v1\/alerts\/timers$/ });
    await t.alexa.say('yes');
    await t.alexa.say('yes');
    const asked = await t.alexa.say('yes');
    const directive = asked.response.response.directives?.[0] as { token?: string } | undefined;
    expect(directive?.token).toBe('brc:timers:ice:20');

    const turn = await t.alexa.send(
      {
        type: 'Connections.Response',
        name: 'AskFor',
        status: { code: '200', message: 'OK' },
        token: '',
        payload: { permissionScope: TIMERS_SCOPE, status: 'ACCEPTED', isCardThrown: false },
      },
      'new',
    );
    expect(turn.speech).toBe(ICE_STARTED);
    expect((await t.stored()).careSessions).not.toHaveProperty('awaitingPermission');
  });

  it.each([
    ['no', 'DENIED'],
    ['maybe later', 'NOT_ANSWERED'],
  ])('answers "%s" (%s) with a consent card and the manual way on, then picks the routine up', async (answer) => {
    const t = await transcriptWithAlexa();
    await onboard(t);
    await t.alexa.say('yes');
    await t.alexa.say('yes');
    await t.alexa.say('yes');
    let turn = await t.alexa.say(answer);
    expect(turn.speech).toBe(
      // Alexa's own timer works without the skill's permission: the way on for a person on the floor.
      "Okay, I won't set a timer myself. You can still say: Alexa, set a timer for 20 minutes. That works without my permission. When it rings, take the ice off and tell me. I've put a card in your Alexa app in case you change your mind.",
    );
    expect(turn.card).toEqual({ type: 'AskForPermissionsConsent', permissions: [TIMERS_SCOPE] });
    expect(turn.sessionEnded).toBe(true);

    t.clock.advance(20 * MINUTES);
    turn = await t.alexa.say('tell back relief coach the ice is off');
    expect(turn.speech).toBe(
      `${ICE_OVER} That was your first ice session today. Give your skin at least 20 minutes before the next round. Would you like reminders for your next ice sessions over the next day or so?`,
    );
  });
});

describe('the ice ended on the user\'s own timer ("when it rings, take the ice off and tell me")', () => {
  it.each(['the timer went off', 'my timer is done', 'it rang', "time's up", 'the alarm went off'])('"%s" ends the session, never cancels it', async (said) => {
    const t = await onManualIce();
    t.clock.advance(20 * MINUTES);
    const turn = await t.alexa.say(`tell back relief coach ${said}`);
    expect(turn.speech.startsWith(ICE_OVER)).toBe(true);
    expect(((await t.stored()).careSessions as { sessions: unknown[] }).sessions[0]).toMatchObject({ status: 'ended' });
  });
});

describe('a bare "pause" with an ice session under way and no routine', () => {
  it('pauses the skill\'s timer, and "continue" later resumes it', async () => {
    const t = await onTimedIce();
    t.clock.advance(5 * MINUTES);
    await t.alexa.say('open back relief coach');
    let turn = await t.alexa.say('pause');
    expect(turn.heard?.intent).toBe('AMAZON.PauseIntent');
    expect(turn.speech).toBe("Your ice timer is paused, with about 15 minutes left. Say resume when you're ready.");
    expect(t.api.timers()[0]).toMatchObject({ status: 'PAUSED' });
    t.clock.advance(2 * MINUTES);
    turn = await t.alexa.say('continue');
    expect(turn.speech).toBe('Resumed. Your ice timer has about 15 minutes left.');
  });

  it('on the user\'s own timer, says to pause that one, never that no routine runs', async () => {
    const t = await onManualIce();
    await t.alexa.say('open back relief coach');
    const turn = await t.alexa.say('pause');
    expect(turn).toSay('timers:manualOnly');
    expect(turn.speech).not.toMatch(/stretching routine/);
  });
});

describe('a warning sign during a session on the user\'s own timer', () => {
  it('gives the urgent answer and ends the session, never saying it stopped a timer it did not set', async () => {
    const t = await onManualIce();
    const turn = await t.alexa.say('tell back relief coach i wet myself');
    expect(turn).toSay('safety.emergencySign.BLADDER');
    expect(turn).not.toSay('safety.timersStopped');
    expect(((await t.stored()).careSessions as { sessions: unknown[] }).sessions[0]).toMatchObject({ status: 'cancelled' });
  });
});

describe('when the timer ends', () => {
  it('runs a whole ice cycle hands-free: ice off, the break timer, and the next round', async () => {
    const t = await onTimedIce();

    t.clock.advance(20 * MINUTES);
    const [ended] = t.ringDue();
    expect(ended).toMatchObject({ type: 'launchTask', question: 'Your ice time is up. Would you like to continue with Back Relief Coach?' });
    let turn = await t.acceptTask(ended);
    expect(turn.request.request).toMatchObject({ type: 'LaunchRequest', task: { name: `${SKILL_ID}.IceSessionEnded`, input: { sessionId: 'ice-1', kind: 'ice' } } });
    expect(turn.speech).toBe(
      `${ICE_OVER} That was your first ice session today. Shall I set a 20 minute timer, so I can tell you when you can ice again?`,
    );

    turn = await t.alexa.say('yes');
    expect(turn.speech).toBe(
      "Done. I'll tell you in 20 minutes when you can ice again. Would you like reminders for your next ice sessions over the next day or so?",
    );
    expect(t.api.activeTimers()[0].body).toMatchObject({
      duration: 'PT20M',
      timerLabel: 'Ice break 1',
      operation: { type: 'LAUNCH_TASK', task: { input: { sessionId: 'ice-1-break', kind: 'ice' } } },
    });
    turn = await t.alexa.say('no');
    expect(turn.speech).toBe('Okay, no reminders.');
    expect(turn.sessionEnded).toBe(true);

    t.clock.advance(20 * MINUTES);
    const [breakOver] = t.ringDue();
    expect(breakOver).toMatchObject({ type: 'launchTask', question: 'Your break from the ice is over. Would you like to continue with Back Relief Coach?' });
    turn = await t.acceptTask(breakOver);
    expect(turn.speech).toBe('Your break from the ice is over. Before the next round: is your skin back to its normal color and feeling?');
    turn = await t.alexa.say('yes');
    expect(turn.speech).toBe(`Good. ${ICE_CAUTIONS} ${TOWEL_CHECK}`);
    turn = await t.alexa.say('yes');
    expect(turn.speech).toBe('Good. Shall I start a 20 minute ice timer?');
    turn = await t.alexa.say('yes');
    expect(turn.speech).toBe(ICE_STARTED);
    expect(t.api.activeTimers().map((timer) => timer.body.timerLabel)).toEqual(['Ice session 2']);

    t.clock.advance(20 * MINUTES);
    turn = await t.acceptTask(t.ringDue()[0]);
    // Reminders were declined: not offered again.
    expect(turn.speech).toMatch(/That makes 2 ice sessions today\. Shall I set a 20 minute timer/);
    turn = await t.alexa.say('yes');
    expect(turn.speech).toBe("Done. I'll tell you in 20 minutes when you can ice again.");
    expect(turn.sessionEnded).toBe(true);

    turn = await t.alexa.say('ask back relief coach how many ice sessions have I done today');
    expect(turn.speech).toBe("You've done 2 ice sessions today.");
  });

  it('stops the skin check from being skipped: no skin, no next round', async () => {
    const t = await onTimedIce();
    t.clock.advance(20 * MINUTES);
    await t.acceptTask(t.ringDue()[0]);
    await t.alexa.say('yes');
    await t.alexa.say('no');
    t.clock.advance(20 * MINUTES);
    await t.acceptTask(t.ringDue()[0]);
    const turn = await t.alexa.say('no');
    expect(turn.speech).toMatch(/^Then leave the ice off a while longer, and let your skin warm up\. If it stays numb/);
    expect(t.api.activeTimers()).toEqual([]);
  });

  it('says when the next round is too soon, and offers to time the rest of the break', async () => {
    const t = await onTimedIce();
    t.clock.advance(20 * MINUTES);
    await t.acceptTask(t.ringDue()[0]);
    await t.alexa.say('no');
    await t.alexa.say('no');
    t.clock.advance(8 * MINUTES);
    let turn = await t.alexa.say('ask back relief coach to start an ice session');
    expect(turn.speech).toBe(
      "It's been 8 minutes since the last round. Give your skin at least 20 minutes off, so about 12 more. Shall I time the rest of your break?",
    );
    turn = await t.alexa.say('yes');
    expect(turn.speech).toBe("Done. I'll tell you in 12 minutes when you can ice again.");
    expect(t.api.activeTimers()[0].body.duration).toBe('PT12M');
  });

  it('does not set a second break timer when the break is already timed', async () => {
    const t = await onTimedIce();
    t.clock.advance(20 * MINUTES);
    await t.acceptTask(t.ringDue()[0]);
    await t.alexa.say('yes');
    await t.alexa.say('no');
    t.clock.advance(5 * MINUTES);
    const turn = await t.alexa.say('ask back relief coach to start an ice session');
    expect(turn.speech).toBe('Your break from the ice has about 15 minutes left.');
    expect(t.api.activeTimers().map((timer) => timer.body.timerLabel)).toEqual(['Ice break 1']);
  });

  it('falls back to an announcement where task launch is not possible, and the next launch picks the routine up', async () => {
    const t = await transcriptWithAlexa({ grant: ['timers'], api: { launchTask: false } });
    await onboard(t);
    await t.alexa.say('yes');
    await t.alexa.say('yes');
    let turn = await t.alexa.say('yes');
    expect(turn.speech).toBe(
      'Your 20 minute ice timer is running. Rest comfortably, and take the ice off sooner if the skin goes numb. When it ends, Alexa will tell you. Then open Back Relief Coach, and we\'ll do the next step together.',
    );
    expect(timerRequests(t).map((request) => [request.status, (request.body as { triggeringBehavior: { operation: { type: string } } }).triggeringBehavior.operation.type])).toEqual([
      [400, 'LAUNCH_TASK'],
      [200, 'ANNOUNCE'],
    ]);

    t.clock.advance(20 * MINUTES);
    expect(t.ringDue()).toMatchObject([{ type: 'announce', text: 'Time to take the ice off.' }]);
    t.clock.advance(3 * MINUTES);
    turn = await t.alexa.say('open back relief coach');
    expect(turn.speech).toBe(`Welcome back. ${ICE_OVER} That was your first ice session today. Shall I set a 20 minute timer, so I can tell you when you can ice again?`);
    turn = await t.alexa.say('yes');
    expect(turn.speech).toMatch(/^Done\. Alexa will tell you in 20 minutes when your break is over\./);
    expect(t.api.activeTimers()[0].body.operation).toEqual({ type: 'ANNOUNCE', textToAnnounce: [{ locale: 'en-US', text: 'Your break from the ice is over.' }] });
  });
});

describe('the timer, by voice', () => {
  it('tells the time left, pauses, resumes and cancels the skill\'s own timer by its id', async () => {
    const t = await onTimedIce();
    const [timer] = t.api.activeTimers();

    t.clock.advance(5 * MINUTES);
    let turn = await t.alexa.say('ask back relief coach how long is left on my ice');
    expect(turn.speech).toBe('Your ice timer has about 15 minutes left.');

    turn = await t.alexa.say('open back relief coach');
    expect(turn.speech).toBe('Welcome back. Your ice timer has about 15 minutes left. What else can I help with?');
    turn = await t.alexa.say('pause my ice timer');
    expect(turn.speech).toBe("Your ice timer is paused, with about 15 minutes left. Say resume when you're ready.");
    expect(t.api.timers()[0]).toMatchObject({ status: 'PAUSED', remainingMs: 15 * MINUTES });

    t.clock.advance(3 * MINUTES);
    turn = await t.alexa.say('resume');
    expect(turn.heard?.intent).toBe('AMAZON.ResumeIntent');
    expect(turn.speech).toBe('Resumed. Your ice timer has about 15 minutes left.');
    expect(t.api.timers()[0]).toMatchObject({ status: 'ON', triggerTime: '2026-11-21T15:23:00.000Z' });

    t.clock.advance(10 * MINUTES);
    turn = await t.alexa.say('ask back relief coach to pause my ice timer');
    expect(turn.speech).toMatch(/paused, with about 5 minutes left/);
    turn = await t.alexa.say('ask back relief coach to resume my ice timer');
    expect(turn.speech).toBe('Resumed. Your ice timer has about 5 minutes left.');

    turn = await t.alexa.say('ask back relief coach to cancel the ice timer');
    expect(turn.speech).toBe("Okay, I've canceled your ice timer. If the ice is still on, take it off within 20 minutes of putting it on.");
    expect(t.api.timers()).toEqual([]);
    const calls = timerRequests(t).map((request) => `${request.method} ${request.path}`);
    expect(calls).toContain(`DELETE /v1/alerts/timers/${timer.id}`);
    expect(calls).not.toContain('DELETE /v1/alerts/timers');
    expect(((await t.stored()).careSessions as { sessions: Array<{ status: string }> }).sessions[0].status).toBe('cancelled');

    turn = await t.alexa.say('ask back relief coach how long is left on my ice');
    expect(turn.speech).toBe("There's no ice or heat timer running right now. To start one, say: start an ice session.");
  });

  it('reads the timer before trusting its own record: a timer cancelled outside the skill is noticed', async () => {
    const t = await onTimedIce();
    t.api.userCancelsTimer(t.api.activeTimers()[0].id);
    t.clock.advance(4 * MINUTES);
    let turn = await t.alexa.say('ask back relief coach how long is left on my ice');
    expect(turn.speech).toBe('It looks like your ice timer was canceled outside this skill.');
    turn = await t.alexa.say('open back relief coach');
    expect(turn.speech).toMatch(/^Welcome back\. It's day 1, so it's still ice time\./);
  });

  /** The skill's ice timer paused `after` minutes in, in a one-shot, and left paused `left` minutes. */
  async function pausedIce(after: number, left: number): Promise<AlexaTranscript> {
    const t = await onTimedIce();
    t.clock.advance(after * MINUTES);
    await t.alexa.say('ask back relief coach to pause my ice timer');
    t.clock.advance(left * MINUTES);
    return t;
  }

  it('finds a timer paused outside the skill and offers to resume it', async () => {
    const t = await pausedIce(6, 30);
    let turn = await t.alexa.say('open back relief coach');
    expect(turn.speech).toBe('Welcome back. Your ice timer is paused, with about 14 minutes left. Shall I resume it?');
    turn = await t.alexa.say('yes');
    expect(turn.speech).toBe('Resumed. Your ice timer has about 14 minutes left.');
  });

  it('a pause left for hours is over: not offered again, and "start my ice session" starts a new one', async () => {
    const t = await pausedIce(5, 2 * 24 * 60);
    let turn = await t.alexa.say('open back relief coach');
    expect(turn).not.toSay('timers:busy.pausedIce', { left: 'about 15 minutes' });
    expect(turn.speech).not.toMatch(/paused/);
    turn = await t.alexa.say('ask back relief coach to start my ice session');
    expect(turn.speech).not.toMatch(/paused/);
    expect(turn.speech).toMatch(/towel/);
    await t.alexa.say('yes');
    expect((await t.alexa.say('yes')).speech).toBe(ICE_STARTED);
    // The old session is stored as over with the new one's first write.
    const sessions = ((await t.stored()).careSessions as { sessions: { status: string }[] }).sessions;
    expect(sessions.map((session) => session.status)).toEqual(['cancelled', 'running']);
  });

  // Before, the old Alexa timer stayed paused on the device for good.
  it('a pause left for hours: its paused Alexa timer is deleted when the next session starts', async () => {
    const t = await pausedIce(5, 2 * 24 * 60);
    const [old] = t.api.timers();
    expect(old).toMatchObject({ status: 'PAUSED' });
    await t.alexa.say('ask back relief coach to start my ice session');
    expect(t.api.timers().find((timer) => timer.id === old.id)).toBeUndefined();
    await t.alexa.say('yes');
    expect((await t.alexa.say('yes')).speech).toBe(ICE_STARTED);
    expect(t.api.timers().map((timer) => timer.status)).toEqual(['ON']);
  });

  it('a pause left for hours: a warning sign deletes its paused Alexa timer too', async () => {
    const t = await pausedIce(5, 2 * 24 * 60);
    await t.alexa.say("ask back relief coach i can't feel my legs");
    expect(t.api.timers()).toEqual([]);
  });

  it('a pause of an hour is still picked up', async () => {
    const t = await pausedIce(5, 60);
    const turn = await t.alexa.say('open back relief coach');
    expect(turn.speech).toBe('Welcome back. Your ice timer is paused, with about 15 minutes left. Shall I resume it?');
  });

  it('ends the session early when the user took the ice off, cancelling its timer', async () => {
    const t = await onTimedIce();
    const [timer] = t.api.activeTimers();
    t.clock.advance(8 * MINUTES);
    const turn = await t.alexa.say('ask back relief coach I took the ice off early');
    expect(turn.speech).toBe(
      'Okay, the ice is off. Let your skin warm up, and rest in a comfortable position for a while. That was your first ice session today. Shall I set a 20 minute timer, so I can tell you when you can ice again?',
    );
    expect(t.api.timers().find((candidate) => candidate.id === timer.id)).toBeUndefined();
    const sessions = ((await t.stored()).careSessions as { sessions: unknown[] }).sessions;
    expect(sessions[0]).toMatchObject({ status: 'ended', early: true, endedAt: '2026-11-21T15:08:00.000Z' });
  });
});

describe('a heat session', () => {
  it('gives the heat safety line, times 20 minutes, and checks the skin after', async () => {
    const t = await transcriptWithAlexa({ grant: ['timers'] });
    await onboard(t, 'it started four days ago');
    let turn = await t.alexa.say('start a heat session');
    expect(turn.speech).toBe(
      `${HEAT_CAUTIONS} Use a low setting, for about 20 minutes. Put the pad on top of you rather than lying on it, and never fall asleep on a heat pad. Shall I start a 20 minute heat timer?`,
    );
    turn = await t.alexa.say('yes');
    expect(turn.speech).toBe('Your 20 minute heat timer is running. Take the heat off sooner if it feels too hot. ' +
      "When it ends, Alexa will ask if you'd like to carry on with me, and we'll do the next step together.");
    expect(t.api.activeTimers()[0].body).toMatchObject({
      timerLabel: 'Heat session 1',
      operation: { textToConfirm: [{ text: 'Your heat time is up. Would you like to {continueWithSkillName}?' }], task: { input: { kind: 'heat' } } },
    });
    t.clock.advance(20 * MINUTES);
    turn = await t.acceptTask(t.ringDue()[0]);
    expect(turn.speech).toBe("Time's up: take the heat off now, and check that your skin isn't red or sore. What else can I help with?");
  });

  it('is suggested in the heat phase, after how to use heat safely', async () => {
    const t = await transcriptWithAlexa({ grant: ['timers'] });
    await onboard(t, 'it started four days ago');
    let turn = await t.alexa.say('yes');
    expect(turn.speech).toMatch(/low setting, for about 20 minutes.*never fall asleep with it on\. A word on heat safety: .*pregnant.* Shall I time a 20 minute heat session for you\?$/);
    turn = await t.alexa.say('yes');
    expect(turn.speech).toMatch(/^Your 20 minute heat timer is running\./);
  });

  it('allows heat in the ice days for someone who prefers it, saying ice usually helps more', async () => {
    const t = await transcriptWithAlexa({ grant: ['timers'] });
    await onboard(t);
    const turn = await t.alexa.say('start a heat session');
    expect(turn.speech).toMatch(/^In the first two days ice usually helps more, but heat is fine if you prefer it\. Both are for comfort\. A word on heat safety: .* Use a low setting/);
  });
});

describe('reminders for the next ice sessions', () => {
  async function toReminderOffer(t: AlexaTranscript): Promise<void> {
    await onboard(t);
    await startIce(t);
    t.clock.advance(20 * MINUTES);
    await t.acceptTask(t.ringDue()[0]);
    const turn = await t.alexa.say('yes');
    expect(turn.speech).toMatch(/Would you like reminders for your next ice sessions over the next day or so\?$/);
  }

  it('asks the reminders permission by voice, then sets them and says when, with no health detail in the reminder', async () => {
    const t = await transcriptWithAlexa({ grant: ['timers'] });
    await toReminderOffer(t);
    let turn = await t.alexa.say('yes');
    expect(turn.speech).toBe('To set reminders, I need your permission.');
    expect(turn.directives).toEqual([`Connections.SendRequest AskFor ${REMINDERS_SCOPE}`]);
    turn = await t.alexa.say('yes');
    expect(turn.speech).toBe(
      "Done. I'll remind you at 9 AM, 1 PM, 5 PM, and 9 PM, from today at 1 PM until Monday at 9 PM. The reminder just says it's time for your next session.",
    );
    const [reminder] = t.api.reminders();
    expect(reminder.body).toEqual({
      requestTime: '2026-11-21T10:20:00.000',
      trigger: {
        type: 'SCHEDULED_ABSOLUTE',
        timeZoneId: 'America/New_York',
        recurrence: {
          startDateTime: '2026-11-21T13:00:00.000',
          endDateTime: '2026-11-23T21:01:00.000',
          recurrenceRules: [9, 13, 17, 21].map((hour) => `FREQ=DAILY;BYHOUR=${hour};BYMINUTE=0;BYSECOND=0;INTERVAL=1`),
        },
      },
      content: [{ locale: 'en-US', text: 'Time for your next session with Back Relief Coach.' }],
      pushNotification: 'ENABLED',
    });
    // 1 pm Saturday to 9 pm Monday in New York: the rest of the 72 hours after an 8 am onset.
    expect(reminder.occurrences.map((at) => at.toISOString())).toHaveLength(11);
    expect(reminder.occurrences[10].toISOString()).toBe('2026-11-24T02:00:00.000Z');
    // Read aloud to the room: no health detail beyond the skill's own name.
    expect(reminder.body.content[0].text?.replace('Back Relief Coach', '')).not.toMatch(/ice|pain|back|spasm|heat|sore/i);
  });

  it('offers them once: after a no, not again for 7 days', async () => {
    const t = await transcriptWithAlexa({ grant: ['timers', 'reminders'] });
    await toReminderOffer(t);
    await t.alexa.say('no');
    t.clock.advance(20 * MINUTES);
    await t.acceptTask(t.ringDue()[0]);
    await t.alexa.say('yes');
    await t.alexa.say('yes');
    await t.alexa.say('yes');
    t.clock.advance(20 * MINUTES);
    await t.acceptTask(t.ringDue()[0]);
    const turn = await t.alexa.say('yes');
    expect(turn.speech).toBe("Done. I'll tell you in 20 minutes when you can ice again.");
    expect(t.api.reminders()).toEqual([]);
    expect(((await t.stored()).careSessions as { reminders: { declinedAt?: string } }).reminders.declinedAt).toBe('2026-11-21T15:20:00.000Z');
  });
});

describe('a side turn while an ice session is being set up keeps the session going', () => {
  /** Onboarded, "Shall we do an ice session?" yes, then the towel answered `towelAnswers` times ("yes"). */
  async function settingUpIce(towelAnswers: number): Promise<AlexaTranscript> {
    const t = await transcriptWithAlexa({ grant: ['timers'] });
    await onboard(t);
    await t.alexa.say('yes');
    for (let i = 0; i < towelAnswers; i += 1) await t.alexa.say('yes');
    return t;
  }

  it('a pain report at the towel check is noted, and the towel check comes back', async () => {
    const t = await settingUpIce(0);
    const turn = await t.alexa.say('my pain is five');
    expect(turn).toSay('pain.recorded', { score: 5 });
    expect(turn).not.toSay('pain.confirm.question', { score: 5 });
    expect(turn.waitingForAnswer).toBe(true);
    expect(turn.speech.endsWith(linesOf('timers:towel.reprompt')[0])).toBe(true);
    expect((await t.alexa.say('yes')).speech).toBe('Good. Shall I start a 20 minute ice timer?');
  });

  it('a pain report at "shall I start the timer?" is noted, and the question comes back', async () => {
    const t = await settingUpIce(1);
    const turn = await t.alexa.say('my pain is five');
    expect(turn).toSay('pain.recorded', { score: 5 });
    expect(turn.waitingForAnswer).toBe(true);
    expect((await t.alexa.say('yes')).speech).toBe(ICE_STARTED);
  });

  it('"that hurts" at the towel check: rest, how bad, and after the score the towel check comes back', async () => {
    const t = await settingUpIce(0);
    let turn = await t.alexa.say('that hurts');
    expect(turn).toSay('stretch:pain.outside');
    expect(turn).toSay('stretch:pain.ask');
    turn = await t.alexa.say('four');
    expect(turn).toSay('pain.recorded', { score: 4 });
    expect(turn.speech.endsWith(linesOf('timers:towel.reprompt')[0])).toBe(true);
    expect((await t.alexa.say('yes')).speech).toBe('Good. Shall I start a 20 minute ice timer?');
  });

  it('"that hurts" at "shall I start the timer?", then no score: the question comes back', async () => {
    const t = await settingUpIce(1);
    await t.alexa.say('that hurts');
    const turn = await t.alexa.say('no');
    expect(turn).not.toSay('common.anythingElse');
    expect(turn.waitingForAnswer).toBe(true);
    expect((await t.alexa.say('yes')).speech).toBe(ICE_STARTED);
  });

  it('severe pain told after "that hurts" gets its advice, not the timer question', async () => {
    const t = await settingUpIce(1);
    await t.alexa.say('that hurts');
    const turn = await t.alexa.say('nine');
    expect(turn).toSay('pain.recorded', { score: 9 });
    expect(turn).toSay('pain.severe');
  });

  it('a care question at "shall I start the timer?" is answered, and the question comes back', async () => {
    const t = await settingUpIce(1);
    const turn = await t.alexa.say('how long do i keep ice on');
    expect(turn).toSay('advice.iceDuration.early');
    expect(turn).not.toSay('common.anythingElse');
    expect(turn.waitingForAnswer).toBe(true);
    expect((await t.alexa.say('yes')).speech).toBe(ICE_STARTED);
  });
});
