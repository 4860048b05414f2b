/**
 * The local Alexa API itself: it must refuse what Alexa refuses (so the skill's tests mean something), keep
 * permissions per user, inject faults, and ring timers on a real (compressed) clock for the console.
 */
import type { SkillConversation } from '../../tools/simulator/conversation';
import { LocalAlexa, REMINDERS_SCOPE, TIMERS_SCOPE, readDeclaredTasks, AlertEvent } from '../../tools/local-alexa';
import { SKILL_PACKAGE } from '../support/local-alexa';

const SKILL_ID = 'amzn1.ask.skill.test';
const TASK = `${SKILL_ID}.IceSessionEnded`;

function conversation(token: string, granted: string[]): SkillConversation {
  return {
    deviceContext: { apiAccessToken: token, userId: `user-${token}`, deviceId: `device-${token}`, skillId: SKILL_ID },
    timeZone: 'Europe/London',
    get grantedPermissions() {
      return granted;
    },
  } as unknown as SkillConversation;
}

function timerBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    duration: 'PT20M',
    timerLabel: 'Ice session 1',
    creationBehavior: { displayExperience: { visibility: 'VISIBLE' } },
    triggeringBehavior: {
      operation: {
        type: 'LAUNCH_TASK',
        textToConfirm: [{ locale: 'en-US', text: 'Your ice time is up. Would you like to {continueWithSkillName}?' }],
        task: { name: TASK, version: '1', input: { sessionId: 'ice-1', kind: 'ice' } },
      },
      notificationConfig: { playAudible: true },
    },
    ...overrides,
  };
}

let api: LocalAlexa;
let now: Date;
const granted: string[] = [];

async function call(method: string, path: string, body?: unknown, token = 'alice'): Promise<{ status: number; body: any }> {
  const response = await fetch(`${api.endpoint}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

beforeEach(async () => {
  now = new Date('2026-11-21T15:00:00Z');
  granted.splice(0, granted.length, TIMERS_SCOPE, REMINDERS_SCOPE);
  api = await LocalAlexa.start({ now: () => now, tasks: readDeclaredTasks(SKILL_PACKAGE) });
  api.attach(conversation('alice', granted));
  api.attach(conversation('bob', []));
});
afterEach(() => api.close());

describe('timers', () => {
  it('creates, reads, pauses, resumes and deletes a timer, as the Timers API answers', async () => {
    const created = await call('POST', '/v1/alerts/timers', timerBody());
    expect(created).toEqual({
      status: 200,
      body: expect.objectContaining({ status: 'ON', duration: 'PT20M', timerLabel: 'Ice session 1', triggerTime: '2026-11-21T15:20:00.000Z' }),
    });
    const id = created.body.id as string;
    now = new Date('2026-11-21T15:06:30Z');
    expect((await call('POST', `/v1/alerts/timers/${id}/pause`)).status).toBe(200);
    expect((await call('GET', `/v1/alerts/timers/${id}`)).body).toMatchObject({ status: 'PAUSED', remainingTimeWhenPaused: 'PT13M30S' });
    now = new Date('2026-11-21T15:10:00Z');
    await call('POST', `/v1/alerts/timers/${id}/resume`);
    expect((await call('GET', `/v1/alerts/timers/${id}`)).body).toMatchObject({ status: 'ON', triggerTime: '2026-11-21T15:23:30.000Z' });
    expect((await call('GET', '/v1/alerts/timers')).body).toMatchObject({ totalCount: 1 });
    expect((await call('DELETE', `/v1/alerts/timers/${id}`)).status).toBe(200);
    expect((await call('GET', `/v1/alerts/timers/${id}`)).status).toBe(404);
    expect((await call('POST', `/v1/alerts/timers/${id}/pause`)).status).toBe(404);
  });

  it.each([
    ['label instead of timerLabel', { timerLabel: undefined, label: 'Ice' }, /"label": the timer's label field is "timerLabel"/],
    ['a duration over two hours', { duration: 'PT2H1M' }, /over the maximum of PT2H/],
    ['a duration that is not ISO-8601', { duration: '20 minutes' }, /not an ISO-8601 duration/],
    ['no creationBehavior', { creationBehavior: undefined }, /creationBehavior/],
  ])('refuses %s with 400 and a reason', async (_label, overrides, reason) => {
    const body = JSON.parse(JSON.stringify(timerBody(overrides as Record<string, unknown>)));
    const answer = await call('POST', '/v1/alerts/timers', body);
    expect(answer.status).toBe(400);
    expect(answer.body.message).toMatch(reason);
  });

  it.each([
    ['a confirm text without the skill-name placeholder', { textToConfirm: [{ locale: 'en-US', text: 'Time is up. Continue?' }] }, /placeholder \{continueWithSkillName\}/],
    ['another skill\'s task', { task: { name: 'amzn1.ask.skill.other.IceSessionEnded', version: '1', input: {} } }, /this skill's id/],
    ['a task the manifest does not declare', { task: { name: `${SKILL_ID}.Stretch`, version: '1' } }, /not declared/],
    ['a task input outside its definition', { task: { name: TASK, version: '1', input: { sessionId: 'ice-1', kind: 'rest' } } }, /input.kind must be one of "ice", "heat"/],
    ['a task input missing a required field', { task: { name: TASK, version: '1', input: { kind: 'ice' } } }, /input.sessionId is required/],
  ])('refuses a LAUNCH_TASK timer with %s', async (_label, operation, reason) => {
    const body = timerBody();
    const triggering = body.triggeringBehavior as { operation: Record<string, unknown> };
    triggering.operation = { ...triggering.operation, ...operation };
    const answer = await call('POST', '/v1/alerts/timers', body);
    expect(answer.status).toBe(400);
    expect(answer.body.message).toMatch(reason);
  });

  it('refuses a label already in use, and an eleventh timer on the device', async () => {
    expect((await call('POST', '/v1/alerts/timers', timerBody())).status).toBe(200);
    expect((await call('POST', '/v1/alerts/timers', timerBody())).body.message).toMatch(/already set/);
    for (let i = 2; i <= 10; i += 1) expect((await call('POST', '/v1/alerts/timers', timerBody({ timerLabel: `Ice session ${i}` }))).status).toBe(200);
    const eleventh = await call('POST', '/v1/alerts/timers', timerBody({ timerLabel: 'Ice session 11' }));
    expect(eleventh).toMatchObject({ status: 400, body: { message: 'the device already holds 10 timers' } });
  });

  it('answers 401 until the user grants the permission, and only shows a user their own timers', async () => {
    expect((await call('POST', '/v1/alerts/timers', timerBody(), 'bob')).status).toBe(401);
    expect((await call('POST', '/v1/alerts/timers', timerBody(), 'nobody')).status).toBe(401);
    const { body } = await call('POST', '/v1/alerts/timers', timerBody());
    granted.splice(0);
    expect((await call('GET', `/v1/alerts/timers/${body.id}`)).status).toBe(401);
  });

  it('rings a timer with the task launch Alexa would offer, or the announcement', async () => {
    const events: AlertEvent[] = [];
    api.onAlert((event) => events.push(event));
    await call('POST', '/v1/alerts/timers', timerBody());
    const announce = timerBody({ timerLabel: 'Ice session 2', duration: 'PT10M' });
    (announce.triggeringBehavior as { operation: unknown }).operation = { type: 'ANNOUNCE', textToAnnounce: [{ locale: 'en-US', text: 'Time to take the ice off.' }] };
    await call('POST', '/v1/alerts/timers', announce);
    now = new Date('2026-11-21T15:15:00Z');
    expect(api.ringDue().map((event) => event.type)).toEqual(['announce']);
    now = new Date('2026-11-21T15:20:00Z');
    const [launch] = api.ringDue();
    expect(launch).toMatchObject({
      type: 'launchTask',
      question: 'Your ice time is up. Would you like to continue with Back Relief Coach?',
      task: { name: TASK, version: '1', input: { sessionId: 'ice-1', kind: 'ice' } },
    });
    expect(events).toHaveLength(2);
    expect(api.activeTimers()).toEqual([]);
  });

  it('fills the skill-name placeholder in the language of the confirm text, as a Spanish device hears it', async () => {
    api.attach({ ...conversation('carmen', granted), deviceContext: { apiAccessToken: 'carmen', userId: 'user-carmen', deviceId: 'device-carmen', skillId: SKILL_ID, locale: 'es-ES' } } as unknown as SkillConversation, 'Alivio de Espalda');
    const body = timerBody();
    (body.triggeringBehavior as { operation: { textToConfirm: unknown } }).operation.textToConfirm = [
      { locale: 'en-US', text: 'Your ice time is up. Would you like to {continueWithSkillName}?' },
      { locale: 'es-ES', text: 'Se acabó el tiempo del hielo. ¿Quieres {continueWithSkillName}?' },
    ];
    await call('POST', '/v1/alerts/timers', body, 'carmen');
    now = new Date('2026-11-21T15:20:00Z');
    const [launch] = api.ringDue();
    expect(launch).toMatchObject({ type: 'launchTask', question: 'Se acabó el tiempo del hielo. ¿Quieres continuar con Alivio de Espalda?' });
  });

  it('injects faults: a status for the next matching call, or a call that never answers', async () => {
    api.failNext(429, { method: 'POST' });
    expect((await call('POST', '/v1/alerts/timers', timerBody())).status).toBe(429);
    expect((await call('POST', '/v1/alerts/timers', timerBody())).status).toBe(200);
    api.failNext('hang');
    const hung = await Promise.race([call('GET', '/v1/alerts/timers').then(() => 'answered', () => 'closed'), new Promise((resolve) => setTimeout(() => resolve('hanging'), 300))]);
    expect(hung).toBe('hanging');
    expect(api.requests.map((request) => request.status)).toEqual([429, 200, 'hang']);
  });
});

describe('reminders', () => {
  const reminder = (trigger: Record<string, unknown>) => ({
    requestTime: '2026-11-21T15:00:00.000',
    trigger,
    alertInfo: { spokenInfo: { content: [{ locale: 'en-GB', text: 'Time for your next session with Back Relief Coach.' }] } },
    pushNotification: { status: 'ENABLED' },
  });

  it('expands a recurring reminder in its time zone, between its start and end', async () => {
    const answer = await call(
      'POST',
      '/v1/alerts/reminders',
      reminder({
        type: 'SCHEDULED_ABSOLUTE',
        timeZoneId: 'Europe/London',
        recurrence: { startDateTime: '2026-11-21T17:00:00.000', endDateTime: '2026-11-22T13:01:00.000', recurrenceRules: ['FREQ=DAILY;BYHOUR=9;BYMINUTE=0', 'FREQ=DAILY;BYHOUR=13;BYMINUTE=0', 'FREQ=DAILY;BYHOUR=17;BYMINUTE=0'] },
      }),
    );
    expect(answer.status).toBe(200);
    expect(api.reminders()[0].occurrences.map((at) => at.toISOString())).toEqual(['2026-11-21T17:00:00.000Z', '2026-11-22T09:00:00.000Z', '2026-11-22T13:00:00.000Z']);
    expect((await call('GET', `/v1/alerts/reminders/${answer.body.alertToken}`)).status).toBe(200);
    expect((await call('DELETE', `/v1/alerts/reminders/${answer.body.alertToken}`)).status).toBe(200);
  });

  it.each([
    ['a scheduled time with an offset', { type: 'SCHEDULED_ABSOLUTE', scheduledTime: '2026-11-21T19:00:00Z' }, /without an offset/],
    ['a time in the past', { type: 'SCHEDULED_ABSOLUTE', scheduledTime: '2026-11-20T19:00:00.000', timeZoneId: 'Europe/London' }, /never go off/],
    ['an unknown time zone', { type: 'SCHEDULED_ABSOLUTE', scheduledTime: '2026-11-21T19:00:00.000', timeZoneId: 'Mars/Olympus' }, /not a time zone/],
    ['a bad rule', { type: 'SCHEDULED_ABSOLUTE', recurrence: { recurrenceRules: ['every day at nine'] } }, /recurrenceRules/],
    ['a relative offset of zero', { type: 'SCHEDULED_RELATIVE', offsetInSeconds: 0 }, /offsetInSeconds/],
  ])('refuses %s', async (_label, trigger, reason) => {
    const answer = await call('POST', '/v1/alerts/reminders', reminder(trigger));
    expect(answer.status).toBe(400);
    expect(answer.body.message).toMatch(reason);
  });

  it('needs its own permission', async () => {
    granted.splice(0, granted.length, TIMERS_SCOPE);
    expect((await call('POST', '/v1/alerts/reminders', reminder({ type: 'SCHEDULED_RELATIVE', offsetInSeconds: 60 }))).status).toBe(401);
  });
});

describe('settings', () => {
  it('answers the device\'s time zone, for its own device only', async () => {
    expect(await call('GET', '/v2/devices/device-alice/settings/System.timeZone')).toEqual({ status: 200, body: 'Europe/London' });
    expect((await call('GET', '/v2/devices/device-bob/settings/System.timeZone')).status).toBe(403);
  });
});

describe('real time', () => {
  it('rings a timer after its duration divided by the time scale', async () => {
    await api.close();
    const start = Date.now();
    const clock = () => new Date(Date.parse('2026-11-21T15:00:00Z') + (Date.now() - start) * 600);
    api = await LocalAlexa.start({ now: clock, realTime: { timeScale: 600 }, tasks: readDeclaredTasks(SKILL_PACKAGE) });
    api.attach(conversation('alice', granted));
    const rang = new Promise<AlertEvent>((resolve) => api.onAlert(resolve));
    await call('POST', '/v1/alerts/timers', timerBody({ duration: 'PT1M' }));
    const event = await rang;
    const elapsed = Date.now() - start;
    expect(event.type).toBe('launchTask');
    // Never early (a scaled minute is 100 ms); how late depends on the machine's load, so it is not asserted.
    expect(elapsed).toBeGreaterThanOrEqual(90);
  });
});
