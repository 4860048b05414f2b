/** What each answer means to the safety questions (see kernel/questions). Any doubt errs on the side of caution. */
import { QuestionAnswers, QuestionAnswersOf, askAgain } from '../../kernel/questions';
import { QuestionOf } from '../../kernel/session-state';
import { reply } from '../../kernel/reply';
import { Turn } from '../../kernel/turn';
import { takeOnset, whereYouAre } from '../onboarding/flows';
import { beginSession } from '../ice-heat/sessions';
import { requestRoutine } from '../stretching/player';
import { AfterCheck } from './questions';
import { askSafetyCheck, gotChecked, safetyCheckAnswered, urgentReply, urgentWords, warningSignHeard } from './flows';

/** After a warning sign: still not checked (or not sure) means the urgent answer again, before anything else. */
function stillUnchecked(turn: Turn) {
  const flag = turn.user.warningSign?.flag ?? 'UNSPECIFIED';
  return urgentReply(turn, `${turn.speech.say('safety.gotChecked.notYet')} ${urgentWords(turn, flag)}`);
}

type CheckKind = 'safetyCheck' | 'misheardCheck';

/** What was asked before the check, now that it is answered "no". */
function startAfterCheck(turn: Turn, then: AfterCheck) {
  return then.start === 'stretch' ? requestRoutine(turn, then.routine) : beginSession(turn, then.start, then.minutes);
}

/** "Do you have any of these warning signs?", asked as itself or after "you misheard me": the same answers but "no" and asides. */
function checkAnswers<K extends CheckKind>(
  own: Pick<QuestionAnswers<QuestionOf<K>>, 'no' | 'number' | 'date'>,
): QuestionAnswers<QuestionOf<K>> {
  return {
    ...own,
    // "Yes" to "do you have any of these warning signs?" is a warning sign.
    yes: (turn) => warningSignHeard(turn, 'UNSPECIFIED', turn.speech.say('safety.unrecognisedYes')),
    // Not sure: the signs again, and what to do if in doubt; the question stays open and nothing is stored.
    unsure: (turn, question) =>
      reply(turn, { speak: turn.speech.say('safety.checkUnsure'), ask: { reprompt: turn.speech.say('safety.checkReprompt'), pending: question } }),
    fallback: (turn, question) => askAgain(turn, question, turn.speech.say('safety.checkReprompt')),
    reprompt: (turn) => turn.speech.say('safety.checkReprompt'),
    silence: 'unanswered',
    goOn: 'notAnAnswer',
  };
}

export const SAFETY_ANSWERS: QuestionAnswersOf<CheckKind | 'gotChecked'> = {
  safetyCheck: checkAnswers<'safetyCheck'>({
    no: (turn, question) => {
      safetyCheckAnswered(turn);
      const clear = turn.speech.say('safety.checkClear');
      if (!question.then) return whereYouAre(turn, [clear], 'none');
      turn.leads.push(clear);
      return startAfterCheck(turn, question.then);
    },
    // Something else told first ("it started yesterday", "my pain is a six"): taken, then the check again, still
    // remembering what was asked before it.
    number: (turn, question) => askSafetyCheck(turn, [], { wording: 'first', then: question.then }),
    date: (turn, question, slots) =>
      takeOnset(turn, slots, (next, recorded) => askSafetyCheck(next, [recorded], { wording: 'first', then: question.then })),
  }),
  // After "you misheard me": only "no" to every sign takes the stored one off; "yes" is urgent, "not sure" keeps
  // both the sign and the question, and nothing else is taken before the check is answered.
  misheardCheck: checkAnswers<'misheardCheck'>({
    no: (turn) => {
      gotChecked(turn);
      safetyCheckAnswered(turn);
      return whereYouAre(turn, [turn.speech.say('safety.misheard.cleared')], 'summary');
    },
    number: (turn, question) => askAgain(turn, question, turn.speech.say('safety.checkReprompt')),
    date: (turn, question) => askAgain(turn, question, turn.speech.say('safety.checkReprompt')),
  }),
  gotChecked: {
    yes: (turn) => {
      gotChecked(turn);
      const { speech } = turn;
      return turn.user.safetyCheckAt ? whereYouAre(turn, [speech.say('safety.gotChecked.thanks')], 'greeting') : askSafetyCheck(turn, [speech.say('safety.gotChecked.thanks')], { wording: 'brief' });
    },
    no: stillUnchecked,
    unsure: stillUnchecked,
    number: (turn, question) => askAgain(turn, question, turn.speech.say('safety.gotChecked.reprompt')),
    date: (turn, question) => askAgain(turn, question, turn.speech.say('safety.gotChecked.reprompt')),
    fallback: (turn, question) => askAgain(turn, question, turn.speech.say('safety.gotChecked.reprompt')),
    reprompt: (turn) => turn.speech.say('safety.gotChecked.reprompt'),
    silence: 'unanswered',
    goOn: 'notAnAnswer',
  },
};
