/**
 * THE way the skill deletes a user: "forget me" and SkillDisabled both come here. The skill's own timers and
 * reminders are cancelled by their ids (never deleteTimers(), which would take the user's other timers of this
 * skill's too) and the store purges everything it holds: the record, set-aside copies, and leaves a tombstone.
 */
import { HandlerInput } from 'ask-sdk-core';
import { ownAlertsOf } from '../../core/health-details';
import { readUserState } from '../../core/user-state';
import { cancelTimer } from '../../alexa/timers';
import { deleteReminder } from '../../alexa/reminders';
import { SkillStore } from '../../kernel/user-store';
import { requestBudget, TurnBudget } from '../../kernel/turn-budget';

/**
 * Deletes everything stored about the user, then cancels the skill's timers and reminders that `known` (the
 * turn's state) or the stored record names. The purge's failure is thrown: it must not pass for done. Alerts that
 * cannot be cancelled (no permission, already gone, the API down) are left to ring or lapse: none carries a
 * health word, and the store no longer holds anything.
 */
export async function forgetUser(input: HandlerInput, store: SkillStore, userId: string, known?: Record<string, unknown>): Promise<void> {
  const budget = requestBudget(input.requestEnvelope);
  const state = known ?? (await storedState(store, userId, budget));
  await store.purge(userId, budget);
  const alerts = ownAlertsOf(state ?? {});
  await Promise.all([
    ...alerts.timers.map((id) => cancelTimer(input, id)),
    ...alerts.reminders.map((token) => deleteReminder(input, token)),
  ]);
}

async function storedState(store: SkillStore, userId: string, budget: TurnBudget | undefined): Promise<Record<string, unknown> | undefined> {
  try {
    const reading = readUserState((await store.read(userId, budget)).attributes);
    return reading.kind === 'ok' ? reading.state : undefined;
  } catch {
    // Unreadable or unreachable: the purge still runs (and fails loudly if the store is down).
    return undefined;
  }
}
