/**
 * Words the model does not know, or an intent with no handler: the open question's own fallback (it asks the
 * question again). The first time in a session that a question or a routine is open, one short line first:
 * "If something feels wrong, tell me."
 */
import { RequestHandler, getRequestType } from 'ask-sdk-core';
import { isOpenQuestion, openQuestion, QuestionRegistry } from '../questions';
import { Turn, turnOf } from '../turn';

export function fallbackHandler(registry: QuestionRegistry): RequestHandler {
  return {
    // Registered last: any intent no other handler took, AMAZON.FallbackIntent included.
    canHandle: (input) => getRequestType(input.requestEnvelope) === 'IntentRequest',
    async handle(input) {
      const turn = turnOf(input);
      const { question, answers } = openQuestion(registry, turn);
      const inProgress = isOpenQuestion(question) || turn.session.routine !== undefined;
      if (inProgress && !turn.session.feltWrongHintGiven) {
        turn.session.feltWrongHintGiven = true;
        turn.leads.push(turn.speech.say('safety.feltWrongHint'));
      }
      const response = await answers.fallback(turn, question);
      repeatWhatWaits(registry, turn);
      return response;
    },
  };
}

/**
 * "Repeat" after a fallback says what still waits, the question (its reprompt), not the apology or the hint. Inside
 * a routine "repeat" plays the step again on its own.
 */
function repeatWhatWaits(registry: QuestionRegistry, turn: Turn): void {
  if (turn.session.routine !== undefined) return;
  const { question, answers } = openQuestion(registry, turn);
  turn.session.lastSpeech = answers.reprompt(turn, question);
}
