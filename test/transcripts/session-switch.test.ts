/**
 * A session of one kind is under way and the user asks for the other ("start an ice session" while the heat is on),
 * or for the same again, or cancels it; on the skill's own Alexa timer, and in the manual way (the timers permission
 * refused: the user times the session with Alexa's own timer, and the skill never speaks of a timer it set).
 */
import { MINUTES } from '../support/transcript';
import { AlexaTranscript, onboard, transcriptWithAlexa } from '../support/local-alexa';
import { TIMERS_SCOPE } from '../../tools/local-alexa';
import { linesOf } from '../support/heard';

const TOWEL_CHECK = linesOf('timers:towel.question')[0];
const FIFTEEN_LEFT = { left: 'about 15 minutes' };

type Sessions = { sessions: Array<{ kind: string; status: string }> };

async function sessionsStored(t: AlexaTranscript): Promise<Sessions['sessions']> {
  return ((await t.stored()).careSessions as Sessions).sessions;
}

/**
 * Day 4, a heat session 5 minutes in, and the skill opened again: on the skill's own Alexa timer (timed), or timed by
 * the user themselves, the timers permission refused (manual).
 */
async function heatUnderWay(mode: 'timed' | 'manual'): Promise<AlexaTranscript> {
  const t = await transcriptWithAlexa({ grant: mode === 'timed' ? ['timers'] : [] });
  await onboard(t, 'it started four days ago');
  await t.alexa.say('start a heat session');
  const consented = await t.alexa.say('yes');
  if (mode === 'timed') {
    expect(consented).toSay('timers:started.heat', { minutes: 20 });
  } else {
    expect(consented.directives).toEqual([`Connections.SendRequest AskFor ${TIMERS_SCOPE}`]);
    expect(await t.alexa.say('no')).toSay('timers:permission.deniedHeat', { minutes: 20 });
  }
  t.clock.advance(5 * MINUTES);
  expect(await t.alexa.say('open back relief coach')).toSay(mode === 'timed' ? 'timers:timeLeft.heat' : 'timers:timeLeft.manualHeat', FIFTEEN_LEFT);
  return t;
}

/** Day 1, an ice session on the skill's own Alexa timer (the offer, the towel and consent answered yes), 5 minutes in. */
async function timedIce(): Promise<AlexaTranscript> {
  const t = await transcriptWithAlexa({ grant: ['timers'] });
  await onboard(t);
  await t.alexa.say('yes');
  await t.alexa.say('yes');
  expect(await t.alexa.say('yes')).toSay('timers:started.ice', { minutes: 20 });
  t.clock.advance(5 * MINUTES);
  return t;
}

describe('a heat session the user times themselves (no timers permission)', () => {
  it('"start an ice session" asks whether to end the heat session, never speaking of a heat timer', async () => {
    const t = await heatUnderWay('manual');
    let turn = await t.alexa.say('start an ice session');
    expect(turn).not.toSay('timers:busy.heat', FIFTEEN_LEFT);
    expect(turn).toSay('timers:switch.toIce', FIFTEEN_LEFT);
    expect(turn.waitingForAnswer).toBe(true);

    // Yes: the heat session ends, and the ice session is set up as usual, permission request included.
    turn = await t.alexa.say('yes');
    expect(turn).toSay('timers:switch.ended.manualHeat');
    expect(turn).toSay('timers:manual.ownTimer');
    expect(turn.speech.endsWith(TOWEL_CHECK)).toBe(true);
    expect((await sessionsStored(t)).map((session) => [session.kind, session.status])).toEqual([['heat', 'cancelled']]);
    expect(await t.alexa.say('yes')).toSay('timers:consent.ice', { minutes: 20 });
    turn = await t.alexa.say('yes');
    expect(turn).toSay('timers:permission.askIce');
    expect(turn.directives).toEqual([`Connections.SendRequest AskFor ${TIMERS_SCOPE}`]);
  });

  it('"no" to ending it keeps the heat session, and does not ask again', async () => {
    const t = await heatUnderWay('manual');
    await t.alexa.say('start an ice session');
    const turn = await t.alexa.say('no');
    expect(turn).toSay('timers:switch.kept.heat');
    expect(turn).not.toSay('timers:switch.repromptToIce');
    expect(turn).toSay('common.anythingElse');
    expect((await sessionsStored(t)).map((session) => session.status)).toEqual(['running']);
  });

  it('"start a heat session" again speaks of the heat session the user is timing, not of a timer', async () => {
    const t = await heatUnderWay('manual');
    const turn = await t.alexa.say('start a heat session');
    expect(turn).not.toSay('timers:busy.heat', FIFTEEN_LEFT);
    expect(turn).toSay('timers:busy.manualHeat', FIFTEEN_LEFT);
  });

  it('"cancel the heat timer" ends the session, and says the skill set no timer', async () => {
    const t = await heatUnderWay('manual');
    const turn = await t.alexa.say('cancel the heat timer');
    expect(turn.heard?.intent).toBe('CancelTimerIntent');
    expect(turn).not.toSay('timers:canceled.heat');
    expect(turn).toSay('timers:canceled.manualHeat');
    expect(turn).toSay('timers:manual.ownTimer');
    expect((await sessionsStored(t)).map((session) => session.status)).toEqual(['cancelled']);
  });
});

describe('a session on the skill\'s own timer, and a session of the other kind asked for', () => {
  it('"start an ice session" while the heat timer runs asks to end it; yes stops the heat timer and sets up the ice', async () => {
    const t = await heatUnderWay('timed');
    const [heatTimer] = t.api.activeTimers();
    let turn = await t.alexa.say('start an ice session');
    expect(turn).not.toSay('timers:busy.heat', FIFTEEN_LEFT);
    expect(turn).toSay('timers:switch.toIce', FIFTEEN_LEFT);
    turn = await t.alexa.say('yes');
    expect(turn).toSay('timers:switch.ended.heat');
    expect(turn.speech.endsWith(TOWEL_CHECK)).toBe(true);
    expect(t.api.timers().find((timer) => timer.id === heatTimer.id)).toBeUndefined();
    await t.alexa.say('yes');
    expect(await t.alexa.say('yes')).toSay('timers:started.ice', { minutes: 20 });
    // Numbered among ice sessions: the first ice after a heat session is "Ice session 1", not 2.
    expect(t.api.activeTimers().map((timer) => timer.body.timerLabel)).toEqual(['Ice session 1']);
    expect((await sessionsStored(t)).map((session) => [session.kind, session.status])).toEqual([
      ['heat', 'cancelled'],
      ['ice', 'running'],
    ]);
  });

  it('"no" keeps the heat timer running', async () => {
    const t = await heatUnderWay('timed');
    await t.alexa.say('start an ice session');
    expect(await t.alexa.say('no')).toSay('timers:switch.kept.heat');
    expect(t.api.activeTimers().map((timer) => timer.body.timerLabel)).toEqual(['Heat session 1']);
  });

  it('"start a heat session" while the ice timer runs asks to end the ice', async () => {
    const t = await timedIce();
    await t.alexa.say('open back relief coach');
    expect(await t.alexa.say('start a heat session')).toSay('timers:switch.toHeat', FIFTEEN_LEFT);
    const turn = await t.alexa.say('yes');
    expect(turn).toSay('timers:switch.ended.ice');
    expect(turn).toSay('timers:consent.heat', { minutes: 20 });
    expect(t.api.activeTimers()).toEqual([]);
  });

  it('"start an ice session" while the ice timer runs still says how long is left, with no question', async () => {
    const t = await timedIce();
    const turn = await t.alexa.say('ask back relief coach to start an ice session');
    expect(turn).toSay('timers:busy.ice', FIFTEEN_LEFT);
    expect(turn.sessionEnded).toBe(true);
  });
});

describe('the question "shall I end it and start the other?"', () => {
  it('keeps its place through help, repeat and a pain score, and its yes still works', async () => {
    const t = await heatUnderWay('timed');
    const asked = await t.alexa.say('start an ice session');
    let turn = await t.alexa.say('repeat');
    expect(turn.speech).toBe(asked.speech);
    turn = await t.alexa.say('help');
    expect(turn).toSay('help.intro');
    expect(turn).toSay('timers:switch.repromptToIce');
    turn = await t.alexa.say('my pain is four');
    expect(turn).toSay('pain.recorded', { score: 4 });
    expect(turn).toSay('timers:switch.repromptToIce');
    expect(await t.alexa.say('yes')).toSay('timers:switch.ended.heat');
  });

  it('gives way to a warning sign, which stops the heat timer', async () => {
    const t = await heatUnderWay('timed');
    await t.alexa.say('start an ice session');
    const turn = await t.alexa.say("I can't control my bladder");
    expect(turn).toSay('safety.emergencySign.BLADDER');
    expect(turn.sessionEnded).toBe(true);
    expect(t.api.activeTimers()).toEqual([]);
  });

  it('stop ends the conversation and leaves the heat timer running', async () => {
    const t = await heatUnderWay('timed');
    await t.alexa.say('start an ice session');
    const turn = await t.alexa.say('stop');
    expect(turn.sessionEnded).toBe(true);
    expect(t.api.activeTimers().map((timer) => timer.body.timerLabel)).toEqual(['Heat session 1']);
  });
});

describe('es-ES: a heat session timed by the user', () => {
  it('asks in Spanish whether to end it before an ice session, and cancelling it says no timer was set', async () => {
    const t = await transcriptWithAlexa({ locale: 'es-ES', timeZone: 'Europe/Madrid' });
    await t.alexa.say('Alexa, abre alivio de espalda');
    await t.alexa.say('no');
    await t.alexa.say('empezó hace cuatro días');
    await t.alexa.say('empieza una sesión de calor');
    expect((await t.alexa.say('sí')).directives).toEqual([`Connections.SendRequest AskFor ${TIMERS_SCOPE}`]);
    expect(await t.alexa.say('no')).toSay('timers:permission.deniedHeat', { minutes: 20 }, 'es-ES');
    t.clock.advance(5 * MINUTES);
    await t.alexa.say('Alexa, abre alivio de espalda');
    const left = { left: 'unos 15 minutos' };
    let turn = await t.alexa.say('empieza una sesión de hielo');
    expect(turn).not.toSay('timers:busy.heat', left, 'es-ES');
    expect(turn).toSay('timers:switch.toIce', left, 'es-ES');
    expect(await t.alexa.say('no')).toSay('timers:switch.kept.heat', {}, 'es-ES');
    turn = await t.alexa.say('cancela el temporizador del calor');
    expect(turn).not.toSay('timers:canceled.heat', {}, 'es-ES');
    expect(turn).toSay('timers:canceled.manualHeat', {}, 'es-ES');
    expect(turn).toSay('timers:manual.ownTimer', {}, 'es-ES');
  });
});
