/** "run the safety check": asks the emergency warning signs as one yes-or-no question. */
import { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../../../kernel/request';
import { reply } from '../../../kernel/reply';
import { Turn, turnOf } from '../../../kernel/turn';

export const SafetyCheckHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'SafetyCheckIntent'),
  handle: (input) => askSafetyCheck(turnOf(input)),
};

export function askSafetyCheck(turn: Turn, lead?: string) {
  const question = turn.speech.say('safety.checkQuestion');
  return reply(turn, {
    speak: lead ? `${lead} ${question}` : question,
    ask: { reprompt: turn.speech.say('safety.checkReprompt'), pending: { kind: 'safetyCheck' } },
  });
}
