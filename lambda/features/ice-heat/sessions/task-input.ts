/**
 * The task input of the routine's LAUNCH_TASK timers: the step, always; and, for a user whose health details
 * the store does not keep (declined, not asked yet, or HEALTH_RECORDS=off), the onset and the care phase, so that
 * the relaunch in a new session still knows where the routine and the user were.
 */
import { keepsHealthDetails } from '../../../core/health-details';
import { SessionKind } from '../../../core/ice-plan';
import { SessionTaskInput } from '../../../alexa/timers';
import { Turn } from '../../../kernel/turn';

export function taskInputFor(turn: Turn, step: { sessionId: string; kind: SessionKind; minutes: number }): SessionTaskInput {
  const input: SessionTaskInput = {
    sessionId: step.sessionId,
    kind: step.kind,
    step: step.sessionId.endsWith('-break') ? 'break' : 'session',
    minutes: step.minutes,
    startedAt: turn.now.toISOString(),
  };
  if (!keepsHealthDetails(turn.user, turn.healthRecords) && turn.user.onsetAt) {
    input.onsetAt = turn.user.onsetAt;
    input.phase = turn.phase().phase;
  }
  return input;
}

/** A relaunch for a user whose onset the store did not keep: the turn knows it again from the timer's input. */
export function recallOnset(turn: Turn, input: Partial<SessionTaskInput>): void {
  const onsetAt = input.onsetAt;
  if (!onsetAt || turn.user.onsetAt || keepsHealthDetails(turn.user, turn.healthRecords)) return;
  turn.update((user) => {
    user.onsetAt ??= onsetAt;
  });
}
