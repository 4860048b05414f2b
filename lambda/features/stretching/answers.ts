/**
 * What each answer means to the question that closes a stretch step ("Ready for the other side?"): "yes" plays the
 * next hold, "no" or "not sure" pauses in place ("no" to "go again?" after the last step ends the routine).
 */
import { QuestionAnswersOf, askAgain } from '../../kernel/questions';
import { reply } from '../../kernel/reply';
import { takeOnset } from '../onboarding/flows';
import { takePainReport } from '../pain/report';
import { activeRun, answerYes, finishRoutine, isFinished, notInRoutine, painBeforeStretching, pauseRoutine } from './player';

export const STRETCHING_ANSWERS: QuestionAnswersOf<'routine' | 'stretchPain'> = {
  // "How bad is your pain right now?" before stretching: the score decides whether the routine starts.
  stretchPain: {
    yes: (turn, question) => askAgain(turn, question, turn.speech.say('stretch:gate.askPainReprompt'), turn.speech.say('pain.askNumber')),
    // No score, no stretching: nothing starts.
    no: (turn) => reply(turn, { speak: turn.speech.say('offer.declined') }),
    unsure: (turn, question) => askAgain(turn, question, turn.speech.say('stretch:gate.askPainReprompt'), turn.speech.say('pain.unsure')),
    number: (turn, question, reading) => painBeforeStretching(turn, question, reading),
    date: (turn, _question, slots) => takeOnset(turn, slots),
    fallback: (turn, question) => askAgain(turn, question, turn.speech.say('stretch:gate.askPainReprompt')),
    reprompt: (turn) => turn.speech.say('stretch:gate.askPainReprompt'),
    silence: 'declined',
    goOn: 'notAnAnswer',
  },
  routine: {
    yes: (turn) => {
      const run = activeRun(turn);
      return run ? answerYes(turn, run) : notInRoutine(turn);
    },
    no: (turn) => {
      const run = activeRun(turn);
      return run && isFinished(turn, run) ? finishRoutine(turn) : pauseRoutine(turn);
    },
    unsure: (turn) => pauseRoutine(turn),
    // Inside a routine a pain score is read by the routine (a high one stops it).
    number: (turn, _question, reading) => takePainReport(turn, reading),
    date: (turn, _question, slots) => takeOnset(turn, slots),
    fallback: (turn, question) =>
      reply(turn, {
        speak: turn.speech.say('stretch:nav.fallback'),
        ask: { reprompt: turn.session.lastReprompt ?? turn.speech.say('stretch:reprompt.next'), pending: question },
      }),
    reprompt: (turn) => turn.session.lastReprompt ?? turn.speech.say('stretch:reprompt.next'),
    silence: 'keepsPlace',
    goOn: 'notAnAnswer',
  },
};
