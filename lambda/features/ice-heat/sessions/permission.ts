/** The answer to a permission request (Connections.Response to AskFor): carry on with what was waiting. */
import { Response } from 'ask-sdk-model';
import { nextSessionId, withAwaitingPermission, withSessionStarted } from '../../../core/ice-plan';
import { REMINDERS_SCOPE } from '../../../alexa/reminders';
import { TIMERS_SCOPE } from '../../../alexa/timers';
import { joinSpeech } from '../../../speech/ssml';
import { reply } from '../../../kernel/reply';
import { Turn } from '../../../kernel/turn';
import { PermissionTarget, capital, readPermissionToken, saveLog, sessionLog } from './common';
import { offerRemindersOr, setReminders } from './reminders';
import { startBreakTimer } from './session-end';
import { startSessionTimer } from './start';

export interface PermissionAnswer {
  token?: string;
  /** "200" when Alexa asked the user; "400" when the scope is not in the manifest. */
  code?: string;
  status?: string;
  isCardThrown?: boolean;
}

/** Continues what was waiting on the permission: the same timer, with the same length, without asking again. */
export async function permissionAnswered(turn: Turn, answer: PermissionAnswer): Promise<Response> {
  const { speech } = turn;
  const log = sessionLog(turn);
  const target: PermissionTarget | undefined =
    readPermissionToken(answer.token) ??
    (log.awaitingPermission ? { scope: 'timers', what: log.awaitingPermission.what, minutes: log.awaitingPermission.minutes } : undefined);
  if (log.awaitingPermission) saveLog(turn, (current) => withAwaitingPermission(current, undefined));
  const accepted = answer.code === '200' && answer.status === 'ACCEPTED';
  if (!target) return reply(turn, { speak: speech.say('timers:permission.problem') });

  if (target.scope === 'reminders') {
    if (accepted) return setReminders(turn, true);
    return reply(turn, { speak: speech.say('timers:permission.deniedReminders'), end: true, ...cardIfUseful(turn, answer, REMINDERS_SCOPE) });
  }
  if (accepted) {
    return target.what === 'break' ? startBreakTimer(turn, target.minutes, true) : startSessionTimer(turn, target.what, target.minutes, true);
  }
  const card = cardIfUseful(turn, answer, TIMERS_SCOPE);
  const problem = answer.code !== '200' ? speech.say('timers:permission.problem') : undefined;
  if (target.what === 'break') {
    const denied = problem ? speech.say('timers:manual.break', { minutes: target.minutes }) : speech.say('timers:permission.deniedBreak', { minutes: target.minutes });
    return offerRemindersOr(turn, joinSpeech(problem, denied, card.permissionCard ? speech.say('timers:permission.card') : undefined), card);
  }
  const { what, minutes } = target;
  const { id } = nextSessionId(sessionLog(turn), what);
  const now = turn.now;
  saveLog(turn, (current) => withSessionStarted(current, { id, kind: what, minutes, now, mode: 'manual' }));
  const denied = problem ? speech.say(`timers:manual.${what}`, { minutes }) : speech.say(`timers:permission.denied${capital(what)}`, { minutes });
  return reply(turn, { speak: joinSpeech(problem, denied, card.permissionCard ? speech.say('timers:permission.card') : undefined), end: true, ...card });
}

/** A consent card where it helps: the user did not grant it, and Alexa did not already send one. */
function cardIfUseful(turn: Turn, answer: PermissionAnswer, scope: string): { permissionCard?: string[] } {
  if (answer.code !== '200' || answer.isCardThrown === true || turn.storage === 'unavailable') return {};
  return { permissionCard: [scope] };
}
