/** "Yes" or "no" to the privacy questions: the consent question, and the confirmation of "forget me". */
import { RequestHandler, getIntentName } from 'ask-sdk-core';
import { isIntent } from '../../../kernel/request';
import { reply } from '../../../kernel/reply';
import { turnOf } from '../../../kernel/turn';
import { isPrivacyQuestion } from '../questions';
import { askOnset, recordConsent } from '../consent';
import { returningGreeting } from './launch';
import { forgetNow } from './forget-me';
import { SkillStore } from '../../../kernel/user-store';

export function privacyAnswerHandler(store: SkillStore): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, 'AMAZON.YesIntent', 'AMAZON.NoIntent') && isPrivacyQuestion(turnOf(input).session.pending),
    async handle(input) {
      const turn = turnOf(input);
      const yes = getIntentName(input.requestEnvelope) === 'AMAZON.YesIntent';
      const pending = turn.session.pending;
      if (!isPrivacyQuestion(pending)) return reply(turn, { speak: turn.speech.say('common.fallback') });
      if (pending.kind === 'forgetMe') {
        return yes ? forgetNow(turn, store) : reply(turn, { speak: turn.speech.say('privacy.forgetCancelled') });
      }
      const answer = recordConsent(turn, yes);
      // The onset may have been told meanwhile (the user answered the question after): greet by phase then.
      if (pending.then === 'onset' && turn.phase().phase === 'unknown') return askOnset(turn, [answer]);
      return returningGreeting(turn, [answer]);
    },
  };
}
