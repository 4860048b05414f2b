/** What each answer means to the pain feature's questions (see kernel/questions). */
import { QuestionAnswersOf, askAgain, askStepAgain } from '../../kernel/questions';
import { Response } from 'ask-sdk-model';
import { reply } from '../../kernel/reply';
import { Turn } from '../../kernel/turn';
import { takeOnset } from '../onboarding/flows';
import { takePainReport } from './report';

/** Not their pain: nothing stored, and the question the number interrupted comes back, if there was one. */
function notStored(turn: Turn): Response {
  const lead = turn.speech.say('pain.confirm.notStored');
  const step = turn.session.afterPain;
  return step ? askStepAgain(turn, step, lead) : reply(turn, { speak: lead });
}

export const PAIN_ANSWERS: QuestionAnswersOf<'pain' | 'painConfirm'> = {
  pain: {
    // "Yes" to "how bad is it?" is not a score: ask for the number.
    yes: (turn, question) => askAgain(turn, question, turn.speech.say('pain.askReprompt'), turn.speech.say('pain.askNumber')),
    // No score: the step pain interrupted comes back, if there was one.
    no: (turn) => {
      const step = turn.session.afterPain;
      if (step) return askStepAgain(turn, step);
      return reply(turn, { speak: turn.speech.say('offer.declined') });
    },
    unsure: (turn, question) => askAgain(turn, question, turn.speech.say('pain.askReprompt'), turn.speech.say('pain.unsure')),
    number: (turn, _question, reading) => takePainReport(turn, reading, turn.session.afterPain),
    date: (turn, _question, slots) => takeOnset(turn, slots),
    fallback: (turn, question) => askAgain(turn, question, turn.speech.say('pain.askReprompt')),
    reprompt: (turn) => turn.speech.say('pain.askReprompt'),
    silence: 'declined',
    goOn: 'notAnAnswer',
  },
  painConfirm: {
    yes: (turn, question) => takePainReport(turn, { kind: 'ok', score: question.score }, turn.session.afterPain),
    no: notStored,
    // Not sure it was their pain: nothing is stored.
    unsure: notStored,
    // Saying a number again answers the question: that is the score.
    number: (turn, _question, reading) => takePainReport(turn, reading, turn.session.afterPain),
    date: (turn, _question, slots) => takeOnset(turn, slots),
    fallback: (turn, question) => askAgain(turn, question, turn.speech.say('pain.confirm.reprompt', { score: question.score })),
    reprompt: (turn, question) => turn.speech.say('pain.confirm.reprompt', { score: question.score }),
    silence: 'declined',
    goOn: 'notAnAnswer',
  },
};
