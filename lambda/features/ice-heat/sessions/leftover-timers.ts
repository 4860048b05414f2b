/**
 * Alexa timers of pauses ended by age (core/ice-plan withStalePausesEnded): the session is over in the record, but
 * its timer still sits paused on the device. They are deleted by id when the next session starts and when a warning
 * sign stops everything; one the API could not delete stays marked and is tried again next time.
 */
import { leftoverTimers, withLeftoverTimersDeleted } from '../../../core/ice-plan';
import { cancelTimer } from '../../../alexa/timers';
import { Turn } from '../../../kernel/turn';
import { saveLog, sessionLog } from './common';

export async function deleteLeftoverTimers(turn: Turn): Promise<void> {
  const leftovers = leftoverTimers(sessionLog(turn));
  if (leftovers.length === 0) return;
  const results = await Promise.all(leftovers.map(({ timerId }) => cancelTimer(turn.input, timerId)));
  // Gone already (the user deleted it on the device) counts as deleted.
  const deleted = leftovers
    .filter((_, i) => {
      const result = results[i];
      return result.ok || result.failure === 'notFound';
    })
    .map(({ sessionId }) => sessionId);
  if (deleted.length > 0) saveLog(turn, (log) => withLeftoverTimersDeleted(log, deleted));
}
