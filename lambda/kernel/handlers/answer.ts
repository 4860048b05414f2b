/**
 * The one handler for answers: "yes", "no", "I'm not sure", a number, a date, and "go on" where the pending question
 * takes it as yes. What each means is the pending question's, from the registry; with nothing pending, "anything
 * else?" answers (a lone number is confirmed). A routine's words said to a question with no routine running are
 * not an answer: the question is asked again (navigationIsNotAnAnswer).
 */
import { getIntentName, RequestHandler } from 'ask-sdk-core';
import { readPainScore } from '../../core/pain';
import { goOnAnswers, NAVIGATION_INTENTS, navigationIsNotAnAnswer, openQuestion, QuestionRegistry } from '../questions';
import { isIntent, slotValue } from '../request';
import { Turn, turnOf } from '../turn';

export const ANSWER_INTENTS = ['AMAZON.YesIntent', 'AMAZON.NoIntent', 'UnsureIntent', 'PainReportIntent', 'SetOnsetIntent'] as const;

export function answerHandler(registry: QuestionRegistry): RequestHandler {
  return {
    canHandle: (input) =>
      isIntent(input, ...ANSWER_INTENTS) ||
      (isIntent(input, 'AMAZON.ResumeIntent') && goOnAnswers(registry, turnOf(input))) ||
      (isIntent(input, ...NAVIGATION_INTENTS) && navigationIsNotAnAnswer(registry, turnOf(input), getIntentName(input.requestEnvelope))),
    handle(input) {
      const turn = turnOf(input);
      const { question, answers } = openQuestion(registry, turn);
      const intent = getIntentName(input.requestEnvelope);
      if (isIntent(input, ...NAVIGATION_INTENTS) && navigationIsNotAnAnswer(registry, turn, intent)) return answers.fallback(turn, question);
      switch (intent) {
        case 'AMAZON.YesIntent':
        case 'AMAZON.ResumeIntent':
          return answers.yes(turn, answered(turn, question));
        case 'AMAZON.NoIntent':
          return answers.no(turn, answered(turn, question));
        case 'PainReportIntent':
          return answers.number(turn, question, readPainScore(slotValue(input, 'painScore'), slotValue(input, 'painScoreHigh')));
        case 'SetOnsetIntent':
          return answers.date(turn, question, {
            date: slotValue(input, 'onsetDate'),
            time: slotValue(input, 'onsetTime'),
            ago: slotValue(input, 'onsetAgo'),
          });
        default:
          return answers.unsure(turn, answered(turn, question));
      }
    },
  };
}

/**
 * A yes, a no or "not sure" answers the question: it is no longer waiting, so an answer that asks nothing ends with
 * "anything else?" rather than the question again (kernel/reply asks a step's question again after a side answer).
 * A number, a date or words it did not catch leave it waiting. An answer that asks again passes the question on.
 */
function answered<Q>(turn: Turn, question: Q): Q {
  turn.session.pending = undefined;
  return question;
}
