import {
  CareSession,
  MAX_SESSIONS,
  SessionLog,
  breakMinutesAfter,
  chooseLength,
  emptySessionLog,
  iceReadiness,
  mayOfferReminders,
  minutesInDuration,
  readSessionLog,
  reconcile,
  reminderPlan,
  routineToPickUp,
  sessionsToday,
  withBreakStarted,
  withBreakEnded,
  withReconciled,
  withRemindersDeclined,
  withSessionChanged,
  withSessionStarted,
  withStalePausesEnded,
  leftoverTimers,
  withLeftoverTimersDeleted,
  PAUSE_KEPT_MS,
  endedSession,
  nextSessionId,
  sessionNumberOf,
} from '../../lambda/core/ice-plan';

const MIN = 60_000;
const HOUR = 60 * MIN;
const at = (iso: string) => new Date(iso);

function started(log: SessionLog, kind: 'ice' | 'heat', now: Date, minutes = 20): { log: SessionLog; session: CareSession } {
  const { id } = nextSessionId(log, kind);
  const next = withSessionStarted(log, { id, kind, minutes, now, mode: 'launchTask', timerId: `timer-${id}` });
  return { log: next, session: next.sessions[next.sessions.length - 1] };
}

function ended(log: SessionLog, session: CareSession, when: Date, early = false): SessionLog {
  return withSessionChanged(log, session.id, (current) => endedSession(current, when, early));
}

describe('session lengths', () => {
  it('proposes 20 minutes, accepts 10 to 20, and refuses longer or shorter with the nearest limit', () => {
    expect(chooseLength('ice')).toEqual({ kind: 'ok', minutes: 20, asked: false });
    expect(chooseLength('ice', 15)).toEqual({ kind: 'ok', minutes: 15, asked: true });
    expect(chooseLength('ice', 10)).toEqual({ kind: 'ok', minutes: 10, asked: true });
    expect(chooseLength('ice', 30)).toEqual({ kind: 'tooLong', minutes: 20, max: 20 });
    expect(chooseLength('ice', 5)).toEqual({ kind: 'tooShort', minutes: 10, min: 10 });
    expect(chooseLength('heat')).toEqual({ kind: 'ok', minutes: 20, asked: false });
    expect(chooseLength('heat', 45).kind).toBe('tooLong');
  });

  it('reads AMAZON.DURATION values', () => {
    expect(minutesInDuration('PT15M')).toBe(15);
    expect(minutesInDuration('PT1H')).toBe(60);
    expect(minutesInDuration('PT90S')).toBe(1.5);
    expect(minutesInDuration('P1D')).toBe(24 * 60);
    expect(minutesInDuration('fifteen')).toBeUndefined();
    expect(minutesInDuration(undefined)).toBeUndefined();
  });
});

describe('the break between rounds of ice, and the skin check', () => {
  const start = at('2026-11-21T15:00:00Z');

  it('is ready with no skin check before the first round', () => {
    expect(iceReadiness(emptySessionLog(), start)).toEqual({ kind: 'ready', skinCheck: false });
  });

  it('asks for at least as long off as on (and never under 20 minutes), then the skin check', () => {
    const first = started(emptySessionLog(), 'ice', start);
    const log = ended(first.log, first.session, new Date(start.getTime() + 20 * MIN));
    expect(iceReadiness(log, new Date(start.getTime() + 25 * MIN))).toEqual({ kind: 'tooSoon', waitMinutes: 15, breakMinutes: 20, sinceMinutes: 5 });
    expect(iceReadiness(log, new Date(start.getTime() + 41 * MIN))).toEqual({ kind: 'ready', skinCheck: true });
    expect(iceReadiness(log, new Date(start.getTime() + 6 * HOUR))).toEqual({ kind: 'ready', skinCheck: false });
  });

  it('takes a short round early off as needing the full 20 minute break', () => {
    const first = started(emptySessionLog(), 'ice', start);
    const log = ended(first.log, first.session, new Date(start.getTime() + 5 * MIN), true);
    expect(breakMinutesAfter(log.sessions[0])).toBe(20);
    expect(iceReadiness(log, new Date(start.getTime() + 15 * MIN))).toMatchObject({ kind: 'tooSoon', waitMinutes: 10 });
  });

  it('counts a break timer that ran to its end as a finished break', () => {
    const first = started(emptySessionLog(), 'ice', start);
    let log = ended(first.log, first.session, new Date(start.getTime() + 20 * MIN));
    log = withBreakStarted(log, log.sessions[0], 20, new Date(start.getTime() + 20 * MIN), 'launchTask', 'break-timer');
    log = withBreakEnded(log);
    // A clock a little behind the timer's (a compressed console clock, a slow device) does not hold the next round.
    expect(iceReadiness(log, new Date(start.getTime() + 39 * MIN))).toEqual({ kind: 'ready', skinCheck: true });
  });

  it('ignores heat sessions', () => {
    const heat = started(emptySessionLog(), 'heat', start);
    const log = ended(heat.log, heat.session, new Date(start.getTime() + 20 * MIN));
    expect(iceReadiness(log, new Date(start.getTime() + 21 * MIN))).toEqual({ kind: 'ready', skinCheck: false });
  });
});

describe('trusting the timer over the record', () => {
  const start = at('2026-11-21T15:00:00Z');
  const { session } = started(emptySessionLog(), 'ice', start);

  it('follows a running or paused timer', () => {
    expect(reconcile(session, { kind: 'on', triggerTime: '2026-11-21T15:22:00.000Z' }, new Date(start.getTime() + 5 * MIN))).toEqual({
      kind: 'running',
      dueAt: '2026-11-21T15:22:00.000Z',
    });
    expect(reconcile(session, { kind: 'paused', remainingMs: 7 * MIN }, new Date(start.getTime() + 5 * MIN))).toEqual({ kind: 'paused', remainingMs: 7 * MIN });
  });

  it('reads a timer gone before its time as cancelled outside the skill, and after its time as over', () => {
    expect(reconcile(session, { kind: 'off' }, new Date(start.getTime() + 5 * MIN))).toEqual({ kind: 'cancelledOutside' });
    expect(reconcile(session, { kind: 'off' }, new Date(start.getTime() + 20 * MIN))).toEqual({ kind: 'due' });
  });

  it('falls back on the record when the timer cannot be read', () => {
    expect(reconcile(session, { kind: 'unknown' }, new Date(start.getTime() + 5 * MIN))).toEqual({ kind: 'running', dueAt: '2026-11-21T15:20:00.000Z' });
    expect(reconcile(session, { kind: 'unknown' }, new Date(start.getTime() + 25 * MIN))).toEqual({ kind: 'due' });
  });

  it('ends a session that is over at its planned time, not when the user came back', () => {
    const log = withReconciled(started(emptySessionLog(), 'ice', start).log, session, { kind: 'due' }, new Date(start.getTime() + 2 * HOUR));
    expect(log.sessions[0]).toMatchObject({ status: 'ended', endedAt: '2026-11-21T15:20:00.000Z' });
  });

  it('picks up a session in progress or just over on a plain launch, but not one long over', () => {
    const log = started(emptySessionLog(), 'ice', start).log;
    expect(routineToPickUp(log, new Date(start.getTime() + 5 * MIN))).toMatchObject({ kind: 'session' });
    expect(routineToPickUp(log, new Date(start.getTime() + 90 * MIN))).toMatchObject({ kind: 'session' });
    expect(routineToPickUp(log, new Date(start.getTime() + 5 * HOUR))).toBeUndefined();
  });
});

describe('session numbers', () => {
  it('count each kind on its own, while ids stay unique across both', () => {
    const heat = started(emptySessionLog(), 'heat', at('2026-11-21T15:00:00Z'));
    expect(nextSessionId(heat.log, 'ice')).toEqual({ id: 'ice-2', number: 1 });
    expect(nextSessionId(heat.log, 'heat')).toEqual({ id: 'heat-2', number: 2 });
    const ice = started(heat.log, 'ice', at('2026-11-21T16:00:00Z'));
    expect(sessionNumberOf(ice.log, ice.session)).toBe(1);
    expect(sessionNumberOf(ice.log, heat.session)).toBe(1);
  });
});

describe('a pause left for hours', () => {
  const start = at('2026-11-21T15:00:00Z');
  const pausedAt = new Date(start.getTime() + 5 * MIN);
  const paused = () => {
    const { log, session } = started(emptySessionLog(), 'ice', start);
    return withReconciled(log, session, { kind: 'paused', remainingMs: 15 * MIN }, pausedAt);
  };

  it('keeps the time it was first paused, however often the timer is read again', () => {
    const log = paused();
    const again = withReconciled(log, log.sessions[0], { kind: 'paused', remainingMs: 15 * MIN }, new Date(pausedAt.getTime() + HOUR));
    expect(again.sessions[0].pausedAt).toBe(pausedAt.toISOString());
  });

  it('is over once PAUSE_KEPT_MS has passed since the pause, cancelled as of then; the same log before', () => {
    const log = paused();
    const justBefore = new Date(pausedAt.getTime() + PAUSE_KEPT_MS - 1);
    expect(withStalePausesEnded(log, justBefore)).toBe(log);
    expect(routineToPickUp(withStalePausesEnded(log, justBefore), justBefore)).toMatchObject({ kind: 'session' });
    const days = new Date(pausedAt.getTime() + 48 * HOUR);
    const ended = withStalePausesEnded(log, days);
    expect(ended.sessions[0]).toMatchObject({ status: 'cancelled', endedAt: new Date(pausedAt.getTime() + PAUSE_KEPT_MS).toISOString() });
    expect(routineToPickUp(ended, days)).toBeUndefined();
  });

  it("marks the ended pause's Alexa timer as left paused on the device, read back from the record, until deleted", () => {
    const log = paused();
    const ended = withStalePausesEnded(log, new Date(pausedAt.getTime() + 48 * HOUR));
    expect(leftoverTimers(ended)).toEqual([{ sessionId: log.sessions[0].id, timerId: log.sessions[0].timerId }]);
    expect(leftoverTimers(readSessionLog(JSON.parse(JSON.stringify(ended))))).toEqual(leftoverTimers(ended));
    const deleted = withLeftoverTimersDeleted(ended, [log.sessions[0].id]);
    expect(leftoverTimers(deleted)).toEqual([]);
    expect(deleted.sessions[0].status).toBe('cancelled');
  });

  it('counts from the start for a record stored before pause times were kept', () => {
    const log = paused();
    const { pausedAt: _dropped, ...old } = log.sessions[0];
    const legacy = readSessionLog({ ...log, sessions: [old] });
    expect(withStalePausesEnded(legacy, new Date(start.getTime() + PAUSE_KEPT_MS)).sessions[0].status).toBe('cancelled');
  });
});

describe('sessions today, by the user\'s calendar', () => {
  it('counts sessions that ran, not cancelled ones, and splits days at local midnight', () => {
    let log = emptySessionLog();
    // 23:30 in New York on the 20th is 04:30 UTC on the 21st: yesterday for the user.
    const late = started(log, 'ice', at('2026-11-21T04:30:00Z'));
    log = ended(late.log, late.session, at('2026-11-21T04:50:00Z'));
    const morning = started(log, 'ice', at('2026-11-21T14:00:00Z'));
    log = ended(morning.log, morning.session, at('2026-11-21T14:20:00Z'));
    const cancelled = started(log, 'ice', at('2026-11-21T15:00:00Z'));
    log = withSessionChanged(cancelled.log, cancelled.session.id, (s) => ({ ...s, status: 'cancelled' }));
    const running = started(log, 'ice', at('2026-11-21T16:00:00Z'));
    log = running.log;
    const heat = started(log, 'heat', at('2026-11-21T17:00:00Z'));
    log = heat.log;
    expect(sessionsToday(log, 'ice', at('2026-11-21T16:05:00Z'), 'America/New_York')).toEqual({ done: 1, inProgress: 1 });
    // The running one, past its time, counts as done.
    expect(sessionsToday(log, 'ice', at('2026-11-21T16:30:00Z'), 'America/New_York')).toEqual({ done: 2, inProgress: 0 });
    expect(sessionsToday(log, 'ice', at('2026-11-21T16:05:00Z'), 'UTC')).toEqual({ done: 2, inProgress: 1 });
    expect(sessionsToday(log, 'heat', at('2026-11-21T17:05:00Z'), 'America/New_York')).toEqual({ done: 0, inProgress: 1 });
  });
});

describe('the reminder plan', () => {
  const onset = at('2026-11-21T13:00:00Z'); // 8 am in New York

  it('covers the rest of the 72 hour window at four times a day, starting a break from now', () => {
    const plan = reminderPlan(onset, at('2026-11-21T15:20:00Z'), 'America/New_York');
    expect(plan).toMatchObject({
      timeZone: 'America/New_York',
      startLocal: '2026-11-21T13:00:00.000',
      endLocal: '2026-11-23T21:01:00.000',
      hours: [9, 13, 17, 21],
      count: 11,
    });
    expect(plan?.rules[0]).toBe('FREQ=DAILY;BYHOUR=9;BYMINUTE=0;BYSECOND=0;INTERVAL=1');
    expect(plan?.first.toISOString()).toBe('2026-11-21T18:00:00.000Z');
    expect(plan?.last.toISOString()).toBe('2026-11-24T02:00:00.000Z');
  });

  it('skips a reminder less than a break away, and names only the hours left near the end', () => {
    const plan = reminderPlan(onset, at('2026-11-24T00:50:00Z'), 'America/New_York'); // 7:50 pm on day 3
    expect(plan).toMatchObject({ hours: [21], count: 1, startLocal: '2026-11-23T21:00:00.000' });
    expect(reminderPlan(onset, at('2026-11-24T01:50:00Z'), 'America/New_York')).toBeUndefined();
  });

  it('needs an onset', () => {
    expect(reminderPlan(undefined, at('2026-11-21T15:20:00Z'), 'America/New_York')).toBeUndefined();
  });

  it('is offered once: not again for 7 days after a no, nor while reminders are set', () => {
    const now = at('2026-11-21T15:20:00Z');
    const declined = withRemindersDeclined(emptySessionLog(), now);
    expect(mayOfferReminders(emptySessionLog(), now)).toBe(true);
    expect(mayOfferReminders(declined, new Date(now.getTime() + 6 * 24 * HOUR))).toBe(false);
    expect(mayOfferReminders(declined, new Date(now.getTime() + 7 * 24 * HOUR))).toBe(true);
    const set: SessionLog = { ...emptySessionLog(), reminders: { until: '2026-11-24T02:00:00.000Z' } };
    expect(mayOfferReminders(set, now)).toBe(false);
  });
});

describe('the stored record', () => {
  it('reads back what it wrote', () => {
    const first = started(emptySessionLog(), 'ice', at('2026-11-21T15:00:00Z'));
    const log = withBreakStarted(first.log, first.session, 20, at('2026-11-21T15:20:00Z'), 'announce');
    expect(readSessionLog(JSON.parse(JSON.stringify(log)))).toEqual(log);
  });

  it('drops what it cannot read instead of failing', () => {
    const raw = {
      seq: 'x',
      sessions: [
        { id: 'ice-4', kind: 'ice', startedAt: '2026-11-21T15:00:00Z', plannedMinutes: 20, status: 'running', mode: 'launchTask', timerId: 't' },
        { id: 'ice-5', kind: 'lava', startedAt: '2026-11-21T15:00:00Z', plannedMinutes: 20, status: 'running' },
        { id: 'ice-6', kind: 'ice', startedAt: 'tuesday', plannedMinutes: 20, status: 'running' },
        'junk',
      ],
      reminders: { declinedAt: 'never' },
      iceBreak: { id: 1 },
    };
    const log = readSessionLog(raw);
    expect(log.seq).toBe(4);
    expect(log.sessions).toHaveLength(1);
    expect(log.sessions[0].dueAt).toBe('2026-11-21T15:20:00.000Z');
    expect(log.reminders).toEqual({});
    expect(log.iceBreak).toBeUndefined();
    expect(readSessionLog('garbage')).toEqual(emptySessionLog());
    expect(readSessionLog(undefined)).toEqual(emptySessionLog());
  });

  it('keeps the record bounded', () => {
    let log = emptySessionLog();
    for (let i = 0; i < MAX_SESSIONS + 5; i += 1) log = started(log, 'ice', new Date(Date.UTC(2026, 10, 21, 0, i))).log;
    expect(log.sessions).toHaveLength(MAX_SESSIONS);
    expect(log.seq).toBe(MAX_SESSIONS + 5);
    expect(nextSessionId(readSessionLog(log), 'ice').id).toBe(`ice-${MAX_SESSIONS + 6}`);
  });
});
