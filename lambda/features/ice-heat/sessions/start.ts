/** Starting an ice or heat session: length, towel check, skin check, consent, the timer. */
import { Response } from 'ask-sdk-model';
import {
  AwaitingPermission,
  SESSION_LIMITS,
  SessionKind,
  activeSession,
  chooseLength,
  iceReadiness,
  lastIceRound,
  nextSessionId,
  withAwaitingPermission,
  withSessionStarted,
} from '../../../core/ice-plan';
import { TIMERS_SCOPE, createRoutineTimer } from '../../../alexa/timers';
import { joinSpeech } from '../../../speech/ssml';
import { reply } from '../../../kernel/reply';
import { Turn } from '../../../kernel/turn';
import {
  PermissionTarget,
  askFor,
  capital,
  leftPhrase,
  notes,
  permissionToken,
  saveLog,
  sessionLog,
  timerError,
  timerSpec,
} from './common';
import { askToResume, checkSession } from './timer-state';
import { taskInputFor } from './task-input';
import { deleteLeftoverTimers } from './leftover-timers';

/**
 * "start an ice session", "ice for fifteen minutes", "start a heat session", "yes" to an offered ice session, or
 * "yes" to ending a session of the other kind first (`leads`: what was said of that).
 */
export async function beginSession(turn: Turn, kind: SessionKind, requestedMinutes?: number, leads: string[] = []): Promise<Response> {
  const { speech } = turn;
  await deleteLeftoverTimers(turn);
  leads = [...leads];
  const length = chooseLength(kind, requestedMinutes);
  if (length.kind === 'tooLong') leads.push(speech.say(`timers:length.tooLong.${kind}`, { max: length.max }));
  if (length.kind === 'tooShort') leads.push(speech.say('timers:length.tooShort', { min: length.min }));
  const minutes = length.minutes;

  const active = activeSession(sessionLog(turn));
  if (active) {
    const { state } = await checkSession(turn, active);
    if (state.kind === 'running' || state.kind === 'paused') {
      const left = leftPhrase(speech, state.kind === 'paused' ? state.remainingMs : Date.parse(state.dueAt) - turn.now.getTime());
      // One session at a time: the other kind's is ended first, if the user says so.
      if (active.kind !== kind) return askToSwitch(turn, kind, minutes, left, leads);
      if (state.kind === 'paused') return askToResume(turn, active.kind, state.remainingMs, leads);
      // The manual way: the user is timing it, and the skill speaks of the session, not of a timer it never set.
      const busy = active.mode === 'manual' ? (`timers:busy.manual${capital(kind)}` as const) : (`timers:busy.${kind}` as const);
      return reply(turn, { speak: joinSpeech(...leads, speech.say(busy, { left })) });
    }
  }

  const view = turn.phase();
  const later = view.phase === 'heat' || view.phase === 'stretching' || view.phase === 'prevention';
  if (kind === 'ice' && later && !view.pain.flare) leads.push(speech.say('timers:phase.iceLater'));
  if (kind === 'heat' && view.phase === 'ice') leads.push(speech.say('timers:phase.heatEarly'));

  if (kind === 'ice') {
    const readiness = iceReadiness(sessionLog(turn), turn.now);
    if (readiness.kind === 'tooSoon') {
      // The break is already being timed: say how long is left rather than offering a second timer.
      const iceBreak = sessionLog(turn).iceBreak;
      if (iceBreak?.status === 'running' && iceBreak.sessionId === lastIceRound(sessionLog(turn))?.id) {
        const left = leftPhrase(speech, Date.parse(iceBreak.dueAt) - turn.now.getTime());
        return reply(turn, { speak: joinSpeech(...leads, speech.say('timers:timeLeft.break', { left })) });
      }
      const question =
        readiness.sinceMinutes < 2
          ? speech.say('timers:tooSoon.justNow', { break: readiness.breakMinutes })
          : speech.say('timers:tooSoon.since', { since: readiness.sinceMinutes, break: readiness.breakMinutes, wait: readiness.waitMinutes });
      return reply(turn, {
        speak: joinSpeech(...leads, question),
        ask: { reprompt: speech.say('timers:tooSoon.reprompt'), pending: { kind: 'breakTimer', minutes: readiness.waitMinutes } },
      });
    }
    if (readiness.skinCheck && !notes(turn).skinChecked) return askSkinCheck(turn, minutes, leads);
  }
  return continueToConsent(turn, kind, minutes, leads);
}

/** A session of the other kind is under way: "Your heat session is still under way ... Shall I end it and start an ice session instead?" */
function askToSwitch(turn: Turn, kind: SessionKind, minutes: number, left: string, leads: string[]): Response {
  const { speech } = turn;
  return reply(turn, {
    speak: joinSpeech(...leads, speech.say(`timers:switch.to${capital(kind)}`, { left })),
    ask: { reprompt: speech.say(`timers:switch.repromptTo${capital(kind)}`), pending: { kind: 'switchSession', session: kind, minutes } },
  });
}

/** In the heat phase, after how to use heat safely: "Shall I time a 20 minute heat session?" */
export function offerHeatSession(turn: Turn, advice: string): Response {
  const { speech } = turn;
  const minutes = SESSION_LIMITS.heat.standard;
  return reply(turn, {
    speak: joinSpeech(advice, cautionsOnce(turn, 'heat'), speech.say('timers:consent.heatOffer', { minutes })),
    ask: { reprompt: speech.say('timers:consent.heatReprompt', { minutes }), pending: { kind: 'startTimer', session: 'heat', minutes } },
  });
}

export function askSkinCheck(turn: Turn, minutes: number, leads: string[] = []): Response {
  const { speech } = turn;
  return reply(turn, {
    speak: joinSpeech(...leads, speech.say('timers:skin.question')),
    ask: { reprompt: speech.say('timers:skin.reprompt'), pending: { kind: 'skinCheck', minutes } },
  });
}

/** The towel check (ice, once per session), then "Shall I start a 20 minute ice timer?". */
export function continueToConsent(turn: Turn, kind: SessionKind, minutes: number, leads: string[] = []): Response {
  const { speech } = turn;
  const cautions = cautionsOnce(turn, kind);
  if (cautions) leads = [...leads, cautions];
  if (kind === 'ice' && !notes(turn).towelChecked) {
    return reply(turn, {
      speak: joinSpeech(...leads, speech.say('timers:towel.question')),
      ask: { reprompt: speech.say('timers:towel.reprompt'), pending: { kind: 'towelCheck', minutes } },
    });
  }
  return reply(turn, {
    speak: joinSpeech(...leads, speech.say(`timers:consent.${kind}`, { minutes })),
    ask: { reprompt: speech.say(`timers:consent.${kind}Reprompt`, { minutes }), pending: { kind: 'startTimer', session: kind, minutes } },
  });
}

/** The ice or heat cautions, the first time a session of that kind comes up in this Alexa session. */
export function cautionsOnce(turn: Turn, kind: SessionKind): string | undefined {
  const heard = notes(turn);
  const key = kind === 'ice' ? 'iceCautionsHeard' : 'heatCautionsHeard';
  if (heard[key]) return undefined;
  heard[key] = true;
  return turn.speech.say(kind === 'ice' ? 'advice.iceCautions.any' : 'advice.heatCautions.any');
}

export function towelAnswered(turn: Turn, wrapped: boolean, minutes: number): Response {
  const { speech } = turn;
  if (!wrapped) {
    return reply(turn, {
      speak: speech.say('timers:towel.wrapFirst'),
      ask: { reprompt: speech.say('timers:towel.reprompt'), pending: { kind: 'towelCheck', minutes } },
    });
  }
  notes(turn).towelChecked = true;
  return continueToConsent(turn, 'ice', minutes, [speech.say('timers:towel.good')]);
}

export function skinAnswered(turn: Turn, normal: boolean, minutes: number): Response {
  const { speech } = turn;
  if (!normal) return reply(turn, { speak: speech.say('timers:skin.notYet') });
  notes(turn).skinChecked = true;
  return continueToConsent(turn, 'ice', minutes, [speech.say('timers:towel.good')]);
}

export function consentDeclined(turn: Turn, kind: SessionKind, minutes: number): Response {
  return reply(turn, { speak: turn.speech.say(`timers:consent.declined.${kind}`, { minutes }) });
}

/**
 * "Yes" to "Shall I start a 20 minute ice timer?": creates the Alexa timer. Without permission (401) Alexa is
 * asked to ask the user by voice; after the user's answer (afterConsent) a second 401 is not asked again.
 */
export async function startSessionTimer(turn: Turn, kind: SessionKind, minutes: number, afterConsent = false): Promise<Response> {
  const { speech } = turn;
  const { id, number } = nextSessionId(sessionLog(turn), kind);
  const now = turn.now;
  const result = await createRoutineTimer(turn.input, timerSpec(turn, kind, number, minutes, taskInputFor(turn, { sessionId: id, kind, minutes })));
  if (result.ok) {
    const { mode, id: timerId, triggerTime } = result.value;
    saveLog(turn, (log) => withSessionStarted(log, { id, kind, minutes, now, mode, timerId, dueAt: triggerTime }));
    return reply(turn, {
      speak: joinSpeech(speech.say(`timers:started.${kind}`, { minutes }), speech.say(`timers:started.${mode}`)),
      end: true,
    });
  }
  if (result.failure === 'noPermission' && !afterConsent) {
    return askTimerPermission(turn, { scope: 'timers', what: kind, minutes }, speech.say(`timers:permission.ask${capital(kind)}`));
  }
  // The manual way on: the user times it, and tells the skill when the ice is off.
  saveLog(turn, (log) => withSessionStarted(log, { id, kind, minutes, now, mode: 'manual' }));
  return reply(turn, { speak: joinSpeech(timerError(speech, result.failure), speech.say(`timers:manual.${kind}`, { minutes })), end: true });
}

export function askTimerPermission(turn: Turn, target: Extract<PermissionTarget, { scope: 'timers' }>, speak: string): Response {
  const awaiting: AwaitingPermission = { what: target.what, minutes: target.minutes, at: turn.now.toISOString() };
  saveLog(turn, (log) => withAwaitingPermission(log, awaiting));
  return reply(turn, { speak, handOver: askFor(TIMERS_SCOPE, permissionToken(target)) });
}
