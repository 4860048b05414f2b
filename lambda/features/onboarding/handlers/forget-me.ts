/** "Forget me", "delete my data": a yes-or-no confirmation, then everything goes, as when the skill is disabled. */
import { RequestHandler } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { isIntent } from '../../../kernel/request';
import { reply } from '../../../kernel/reply';
import { Turn, turnOf } from '../../../kernel/turn';
import { markForgotten } from '../../../kernel/forgotten';
import { SkillStore } from '../../../kernel/user-store';
import { forgetUser } from '../forget-user';

export const ForgetMeHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'ForgetMeIntent'),
  handle(input) {
    const turn = turnOf(input);
    const { speech } = turn;
    return reply(turn, {
      speak: speech.say('privacy.forgetQuestion'),
      ask: { reprompt: speech.say('privacy.forgetReprompt'), pending: { kind: 'forgetMe' } },
    });
  },
};

/**
 * "Yes" to the confirmation: everything goes, and nothing of this turn is written back or kept in the session after
 * it, so the next launch meets a first-time user. A failed deletion says so and claims nothing.
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
