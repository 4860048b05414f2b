/**
 * What each answer means to the privacy questions (see kernel/questions): the consent question, and the
 * confirmation of "forget me". Only a clear "yes" deletes; "not sure" keeps everything as it is.
 */
import { QuestionAnswersOf, askAgain } from '../../kernel/questions';
import { reply } from '../../kernel/reply';
import { SkillStore } from '../../kernel/user-store';
import { Turn } from '../../kernel/turn';
import { QuestionOf } from '../../kernel/session-state';
import { askConsent, recordConsent } from './consent';
import { askOnset, takeOnset, whereYouAre } from './flows';
import { confirmPainScore } from '../pain/report';
import { forgetNow } from './handlers/forget-me';

/** The consent answered: stored with its time, then the question it stood before (or the greeting). */
function consentAnswered(turn: Turn, question: QuestionOf<'healthConsent'>, yes: boolean) {
  const answer = recordConsent(turn, yes);
  // The onset may have been told meanwhile: greet by phase then.
  if (question.then === 'onset' && turn.phase().phase === 'unknown') return askOnset(turn, [answer]);
  return whereYouAre(turn, [answer], 'greeting');
}

const consentAgain = (turn: Turn, question: QuestionOf<'healthConsent'>) => askAgain(turn, question, turn.speech.say('privacy.consentReprompt'));
const forgetAgain = (turn: Turn, question: QuestionOf<'forgetMe'>) => askAgain(turn, question, turn.speech.say('privacy.forgetReprompt'));
const keepAll = (turn: Turn) => reply(turn, { speak: turn.speech.say('privacy.forgetCancelled') });

/** The forget-me answer deletes through the store, so the registry's privacy part is made with it. */
export function privacyAnswers(store: SkillStore): QuestionAnswersOf<'healthConsent' | 'forgetMe'> {
  return {
    healthConsent: {
      yes: (turn, question) => consentAnswered(turn, question, true),
      no: (turn, question) => consentAnswered(turn, question, false),
      unsure: consentAgain,
      number: (turn, question, reading) => confirmPainScore(turn, reading, { question, reprompt: turn.speech.say('privacy.consentReprompt') }),
      // The onset told instead of an answer: taken (for the session only, as consent is not given yet), then the
      // question again, so what the user just told is not dropped at the end of the session unasked.
      date: (turn, question, slots) => takeOnset(turn, slots, (next, recorded) => askConsent(next, question.then, [recorded])),
      fallback: consentAgain,
      reprompt: (turn) => turn.speech.say('privacy.consentReprompt'),
      silence: 'unanswered',
      goOn: 'notAnAnswer',
    },
    forgetMe: {
      yes: (turn) => forgetNow(turn, store),
      no: keepAll,
      unsure: keepAll,
      number: forgetAgain,
      date: forgetAgain,
      fallback: forgetAgain,
      reprompt: (turn) => turn.speech.say('privacy.forgetReprompt'),
      silence: 'declined',
      goOn: 'notAnAnswer',
    },
  };
}
