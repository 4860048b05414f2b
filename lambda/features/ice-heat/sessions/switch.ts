/** The answers to "Your heat session is still under way. Shall I end it and start an ice session instead?". */
import { Response } from 'ask-sdk-model';
import { SessionKind, activeSession } from '../../../core/ice-plan';
import { joinSpeech } from '../../../speech/ssml';
import { reply } from '../../../kernel/reply';
import { Turn } from '../../../kernel/turn';
import { capital, sessionLog } from './common';
import { beginSession } from './start';
import { cancelInProgress, checkSession } from './timer-state';

/**
 * "Yes": the session under way is ended (its timer deleted, if the skill set one), and the other kind's is set up as
 * any new one is, from the towel check or the consent question. A session already over by then is left as it ended.
 */
export async function switchAccepted(turn: Turn, kind: SessionKind, minutes: number): Promise<Response> {
  const { speech } = turn;
  const active = activeSession(sessionLog(turn));
  if (!active || active.kind === kind) return beginSession(turn, kind, minutes);
  // Its timer may have rung meanwhile: then it is over, and the new session just begins.
  const { state } = await checkSession(turn, active);
  if (state.kind !== 'running' && state.kind !== 'paused') return beginSession(turn, kind, minutes);
  const failed = await cancelInProgress(turn, active);
  if (failed) return failed;
  const ended =
    active.mode === 'manual'
      ? joinSpeech(speech.say(`timers:switch.ended.manual${capital(active.kind)}`), speech.say('timers:manual.ownTimer'))
      : speech.say(`timers:switch.ended.${active.kind}`);
  return beginSession(turn, kind, minutes, [ended]);
}

/** "No": the session under way carries on. */
export function switchDeclined(turn: Turn, kind: SessionKind): Response {
  const other: SessionKind = kind === 'ice' ? 'heat' : 'ice';
  const current = activeSession(sessionLog(turn))?.kind ?? other;
  return reply(turn, { speak: turn.speech.say(`timers:switch.kept.${current}`) });
}
