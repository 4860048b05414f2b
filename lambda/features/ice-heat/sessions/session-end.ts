/** The end of a session, and what follows: skin check, rest, the break timer. */
import { Response } from 'ask-sdk-model';
import {
  CareSession,
  activeSession,
  breakIdFor,
  breakMinutesAfter,
  chooseLength,
  endedSession,
  lastIceRound,
  sessionNumberOf,
  sessionsToday,
  withBreakEnded,
  withBreakStarted,
  withSessionChanged,
  ICE_SESSIONS_PER_DAY,
} from '../../../core/ice-plan';
import { createRoutineTimer } from '../../../alexa/timers';
import { joinSpeech } from '../../../speech/ssml';
import { reply } from '../../../kernel/reply';
import { Turn } from '../../../kernel/turn';
import { saveLog, sessionLog, timerError, timerSpec, zoneOf } from './common';
import { offerRemindersOr } from './reminders';
import { askSkinCheck, askTimerPermission } from './start';
import { taskInputFor } from './task-input';

/**
 * The session is over (its timer ended, or the user took the ice off): ice off, check the skin, rest, and for ice
 * the offer of a timer for the break. `leads` go first ("Welcome back.").
 */
export function sessionOver(turn: Turn, session: CareSession, early: boolean, leads: string[] = []): Response {
  const { speech } = turn;
  const now = turn.now;
  const dueAt = session.dueAt ? Date.parse(session.dueAt) : now.getTime();
  const endedAt = early ? now : new Date(Math.min(now.getTime(), dueAt));
  if (session.status === 'running' || session.status === 'paused') {
    saveLog(turn, (log) => withSessionChanged(log, session.id, (current) => endedSession(current, endedAt, early)));
  }
  const ended = endedSession(session, endedAt, early);
  if (session.kind === 'heat') {
    return reply(turn, { speak: joinSpeech(...leads, speech.say(early ? 'timers:after.heatEarly' : 'timers:after.heat')) });
  }
  const log = sessionLog(turn);
  const count = sessionsToday(log, 'ice', now, zoneOf(turn)).done;
  const countLine = count <= 1 ? speech.say('timers:count.first') : speech.say('timers:count.many', { count });
  const plenty = count >= ICE_SESSIONS_PER_DAY ? speech.say('timers:count.plenty') : undefined;
  const said = joinSpeech(...leads, speech.say(early ? 'timers:after.iceEarly' : 'timers:after.ice'), countLine, plenty);
  const minutes = breakMinutesAfter(ended);
  if (session.mode === 'manual') {
    // No Alexa timers for this user: the break is counted by the user.
    return offerRemindersOr(turn, joinSpeech(said, speech.say('timers:manual.break', { minutes })));
  }
  return reply(turn, {
    speak: joinSpeech(said, speech.say('timers:break.offer', { minutes })),
    ask: { reprompt: speech.say('timers:break.reprompt'), pending: { kind: 'breakTimer', minutes } },
  });
}

/** "Yes" to the break timer: a timer that brings the user back when they may ice again. */
export async function startBreakTimer(turn: Turn, minutes: number, afterConsent = false): Promise<Response> {
  const { speech } = turn;
  const log = sessionLog(turn);
  const last = lastIceRound(log) ?? activeSession(log);
  const sessionId = last?.id ?? `ice-${log.seq}`;
  // The break is labelled with its ice session's number ("Ice break 2" after "Ice session 2").
  const number = last ? sessionNumberOf(log, last) : Math.max(1, log.sessions.filter((session) => session.kind === 'ice').length);
  const breakId = breakIdFor(sessionId);
  const now = turn.now;
  const result = await createRoutineTimer(turn.input, timerSpec(turn, 'break', number, minutes, taskInputFor(turn, { sessionId: breakId, kind: 'ice', minutes })));
  if (result.ok) {
    const { mode, id: timerId, triggerTime } = result.value;
    if (last) saveLog(turn, (current) => withBreakStarted(current, last, minutes, now, mode, timerId, triggerTime));
    const started = speech.say(mode === 'launchTask' ? 'timers:break.started' : 'timers:break.startedAnnounce', { minutes });
    return offerRemindersOr(turn, started);
  }
  if (result.failure === 'noPermission' && !afterConsent) {
    return askTimerPermission(turn, { scope: 'timers', what: 'break', minutes }, speech.say('timers:permission.askBreak'));
  }
  return offerRemindersOr(turn, joinSpeech(timerError(speech, result.failure), speech.say('timers:manual.break', { minutes })));
}

export function breakDeclined(turn: Turn, minutes: number): Response {
  return offerRemindersOr(turn, turn.speech.say('timers:break.declined', { minutes }));
}

/** The break is over: on to the next round, starting with the skin check. */
export function breakOver(turn: Turn, leads: string[] = []): Response {
  saveLog(turn, (log) => (log.iceBreak?.status === 'running' ? withBreakEnded(log) : log));
  const last = lastIceRound(sessionLog(turn));
  const minutes = chooseLength('ice', last?.plannedMinutes).minutes;
  return askSkinCheck(turn, minutes, [...leads, turn.speech.say('timers:break.over')]);
}
