/** Coming back: a task launch, or a plain launch that picks the routine up where it stood. */
import { Response } from 'ask-sdk-model';
import { PickUp, SessionKind, chooseLength, emptySessionLog, findSession, withSessionStarted } from '../../../core/ice-plan';
import { SessionTaskInput } from '../../../alexa/timers';
import { joinSpeech } from '../../../speech/ssml';
import { reply } from '../../../kernel/reply';
import { Turn } from '../../../kernel/turn';
import { capital, leftPhrase, saveLog, sessionLog } from './common';
import { recallOnset } from './task-input';
import { breakOver, sessionOver } from './session-end';
import { askToResume, checkSession } from './timer-state';

/** A LAUNCH_TASK timer ended and the user said yes: the session (or the break) is over. */
export function taskLaunched(turn: Turn, input: Partial<SessionTaskInput>): Response {
  recallOnset(turn, input);
  const log = sessionLog(turn);
  const sessionId = typeof input.sessionId === 'string' ? input.sessionId : '';
  if (input.step === 'break' || sessionId.endsWith('-break')) return breakOver(turn);
  const session = findSession(log, sessionId);
  if (session && (session.status === 'running' || session.status === 'paused')) return sessionOver(turn, session, false);
  if (session?.status === 'ended') return sessionOver(turn, session, Boolean(session.early));
  // Not in the record (not kept, lost, or cancelled): go on from what the timer says it was, and note the round,
  // so the break after it is timed against it.
  const kind: SessionKind = input.kind === 'heat' ? 'heat' : 'ice';
  const minutes = chooseLength(kind, input.minutes).minutes;
  const startedAt = input.startedAt && Date.parse(input.startedAt) <= turn.now.getTime() ? new Date(input.startedAt) : new Date(turn.now.getTime() - minutes * 60_000);
  const id = /^(ice|heat)-\d+$/.test(sessionId) ? sessionId : `${kind}-${sessionLog(turn).seq + 1}`;
  const stand = withSessionStarted(emptySessionLog(), { id, kind, minutes, now: startedAt, mode: 'launchTask' }).sessions[0];
  saveLog(turn, (current) => withSessionStarted(current, { id, kind, minutes, now: startedAt, mode: 'launchTask' }));
  return sessionOver(turn, stand, false);
}

/** A plain launch while a session or a break is in progress or just over. Undefined: nothing to pick up after all. */
export async function pickUpRoutine(turn: Turn, pickUp: PickUp): Promise<Response | undefined> {
  const { speech } = turn;
  const welcome = speech.say('launch.welcomeBack');
  if (pickUp.kind === 'break') {
    const left = Date.parse(pickUp.iceBreak.dueAt) - turn.now.getTime();
    if (left > 30_000) return reply(turn, { speak: joinSpeech(welcome, speech.say('timers:timeLeft.break', { left: leftPhrase(speech, left) })) });
    return breakOver(turn, [welcome]);
  }
  const session = pickUp.session;
  const check = await checkSession(turn, session);
  const state = check.state;
  switch (state.kind) {
    case 'running': {
      const left = leftPhrase(speech, Date.parse(state.dueAt) - turn.now.getTime());
      const said = session.mode === 'manual' ? `timers:timeLeft.manual${capital(session.kind)}` as const : (`timers:timeLeft.${session.kind}` as const);
      return reply(turn, { speak: joinSpeech(welcome, speech.say(said, { left })) });
    }
    case 'paused':
      return askToResume(turn, session.kind, state.remainingMs, [welcome]);
    case 'due':
      return sessionOver(turn, session, false, [welcome]);
    default:
      return undefined;
  }
}

/** True when the ice routine has something for a plain launch to pick up (no API call: canHandle must be quick). */
export { routineToPickUp } from '../../../core/ice-plan';
