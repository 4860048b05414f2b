/** "open back relief coach": the disclaimer and safety check the first time; a phase greeting after that. */
import { RequestHandler } from 'ask-sdk-core';
import { joinSpeech } from '../../../speech/ssml';
import { isRequestType } from '../../../kernel/request';
import { nextStepFor, phaseGreetingKey } from '../next-step';
import { reply } from '../../../kernel/reply';
import { Response } from 'ask-sdk-model';
import { Turn, turnOf } from '../../../kernel/turn';
import { holdsHealthDetails } from '../../../core/health-details';
import { askConsent, askOnset, shouldAskConsent } from '../consent';
import { offerToResume } from '../../stretching/player';

export const LaunchHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'LaunchRequest'),
  handle(input) {
    const turn = turnOf(input);
    const { speech } = turn;
    if (!turn.user.disclaimerHeardAt) {
      const heardAt = turn.now.toISOString();
      turn.update((user) => {
        user.disclaimerHeardAt = heardAt;
      });
      return reply(turn, {
        speak: joinSpeech(speech.say('launch.welcomeFirst'), speech.say('safety.checkQuestion')),
        ask: { reprompt: speech.say('safety.checkReprompt'), pending: { kind: 'safetyCheck' } },
      });
    }
    // A stretch routine stopped part way: offer to pick up at the same step.
    const resume = offerToResume(turn);
    if (resume) return resume;
    const welcome = speech.say('launch.welcomeBack');
    // Health details stored before the consent question existed: ask before keeping them any longer.
    if (shouldAskConsent(turn) && holdsHealthDetails(turn.user)) return askConsent(turn, 'greeting', [welcome]);
    return returningGreeting(turn, [welcome]);
  },
};

/** Where the user stands and what to do next; with no onset yet, when the spasm began. `leads` go first. */
export function returningGreeting(turn: Turn, leads: string[]): Response {
  const { speech } = turn;
  const view = turn.phase();
  if (view.phase === 'unknown') return askOnset(turn, leads);
  const next = nextStepFor(view);
  return reply(turn, {
    speak: joinSpeech(...leads, speech.say(phaseGreetingKey(view), { day: view.day ?? 1 }), speech.say(next.question)),
    ask: { reprompt: speech.say(next.reprompt), pending: { kind: 'offer', offer: next.offer } },
  });
}
