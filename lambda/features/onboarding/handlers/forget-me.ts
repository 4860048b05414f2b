/** "Forget me", "delete my data": a yes-or-no confirmation, then everything goes, as when the skill is disabled. */
import { Response } from 'ask-sdk-model';
import { reply } from '../../../kernel/reply';
import { Turn } from '../../../kernel/turn';
import { markForgotten } from '../../../kernel/forgotten';
import { SkillStore } from '../../../kernel/user-store';
import { forgetUser } from '../forget-user';

/**
 * "Yes" to the confirmation. The goodbye is composed before the deletion, and nothing of this turn is written back
 * or kept in the session after it: the next launch meets a first-time user. A failed deletion says so.
 */
export async function forgetNow(turn: Turn, store: SkillStore): Promise<Response> {
  const { speech } = turn;
  try {
    await forgetUser(turn.input, store, turn.userId, turn.user);
  } catch {
    return reply(turn, { speak: speech.say('privacy.forgetFailed') });
  }
  markForgotten(turn.input);
  turn.input.responseBuilder.speak(speech.say('privacy.forgotten')).withShouldEndSession(true);
  return turn.input.responseBuilder.getResponse();
}
