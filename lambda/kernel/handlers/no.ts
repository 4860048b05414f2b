/** "no": declines an offer, clears the safety check, or ends the conversation after "anything else?". */
import { RequestHandler } from 'ask-sdk-core';
import { joinSpeech } from '../../speech/ssml';
import { isIntent } from '../request';
import { nextStepFor } from '../../features/onboarding/next-step';
import { askOnset } from '../../features/onboarding/consent';
import { goodbyeKey, reply } from '../reply';
import { turnOf } from '../turn';

export const NoHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.NoIntent'),
  handle(input) {
    const turn = turnOf(input);
    const { speech } = turn;
    const pending = turn.session.pending;
    if (pending?.kind === 'safetyCheck') {
      const checkedAt = turn.now.toISOString();
      turn.update((user) => {
        user.safetyCheckAt = checkedAt;
      });
      const view = turn.phase();
      if (view.phase === 'unknown') {
        return askOnset(turn, [speech.say('safety.checkClear')]);
      }
      const next = nextStepFor(view);
      return reply(turn, {
        speak: joinSpeech(speech.say('safety.checkClear'), speech.say(next.question)),
        ask: { reprompt: speech.say(next.reprompt), pending: { kind: 'offer', offer: next.offer } },
      });
    }
    if (pending?.kind === 'offer') return reply(turn, { speak: speech.say('offer.declined') });
    return reply(turn, { speak: speech.say(goodbyeKey(turn)), end: true });
  },
};
