/**
 * What each answer means to the ice and heat routine's questions (see kernel/questions): the towel, the skin,
 * "Shall I start a 20 minute ice timer?", the break timer, reminders, resuming a paused timer, ending a session of the
 * other kind to start this one. Not sure about the towel or the skin is taken as "no": wrap it, or wait.
 */
import { Turn } from '../../kernel/turn';
import { QuestionAnswers, QuestionAnswersOf, askAgain } from '../../kernel/questions';
import { QuestionOf } from '../../kernel/session-state';
import { reply } from '../../kernel/reply';
import { takeOnset } from '../onboarding/flows';
import { takePainReport } from '../pain/report';
import {
  breakDeclined,
  consentDeclined,
  remindersDeclined,
  resumeSession,
  setReminders,
  skinAnswered,
  startBreakTimer,
  startSessionTimer,
  switchAccepted,
  switchDeclined,
  towelAnswered,
} from './sessions';

type TimerKind = 'towelCheck' | 'skinCheck' | 'startTimer' | 'breakTimer' | 'reminders' | 'timerPaused' | 'switchSession';

/**
 * What every timer question shares: a pain score is noted and the question asked again (the ice may already be on),
 * a date is the onset, words re-ask it.
 */
function timerQuestion<K extends TimerKind>(
  reprompt: (turn: Turn, question: QuestionOf<K>) => string,
  answers: Pick<QuestionAnswers<QuestionOf<K>>, 'yes' | 'no' | 'unsure' | 'silence' | 'goOn'>,
): QuestionAnswers<QuestionOf<K>> {
  return {
    ...answers,
    number: (turn, question, reading) => takePainReport(turn, reading, { question, reprompt: reprompt(turn, question) }),
    date: (turn, _question, slots) => takeOnset(turn, slots),
    fallback: (turn, question) => askAgain(turn, question, reprompt(turn, question)),
    reprompt,
  };
}

const reask = <Q extends QuestionOf<TimerKind>>(reprompt: (turn: Turn, question: Q) => string) => (turn: Turn, question: Q) => askAgain(turn, question, reprompt(turn, question), turn.speech.say('common.yesOrNo'));

const towelReprompt = (turn: Turn) => turn.speech.say('timers:towel.reprompt');
const skinReprompt = (turn: Turn) => turn.speech.say('timers:skin.reprompt');
const consentReprompt = (turn: Turn, question: QuestionOf<'startTimer'>) => turn.speech.say(`timers:consent.${question.session}Reprompt`, { minutes: question.minutes });
const breakReprompt = (turn: Turn) => turn.speech.say('timers:break.reprompt');
const remindersReprompt = (turn: Turn) => turn.speech.say('timers:reminders.reprompt');
const pausedReprompt = (turn: Turn) => turn.speech.say('timers:busy.pausedReprompt');
const switchReprompt = (turn: Turn, question: QuestionOf<'switchSession'>) =>
  turn.speech.say(question.session === 'ice' ? 'timers:switch.repromptToIce' : 'timers:switch.repromptToHeat');

export const ICE_HEAT_ANSWERS: QuestionAnswersOf<TimerKind> = {
  towelCheck: timerQuestion(towelReprompt, {
    yes: (turn, question) => towelAnswered(turn, true, question.minutes),
    no: (turn, question) => towelAnswered(turn, false, question.minutes),
    unsure: (turn, question) => towelAnswered(turn, false, question.minutes),
    silence: 'declined',
    goOn: 'notAnAnswer',
  }),
  skinCheck: timerQuestion(skinReprompt, {
    yes: (turn, question) => skinAnswered(turn, true, question.minutes),
    no: (turn, question) => skinAnswered(turn, false, question.minutes),
    unsure: (turn, question) => skinAnswered(turn, false, question.minutes),
    silence: 'declined',
    goOn: 'notAnAnswer',
  }),
  startTimer: timerQuestion(consentReprompt, {
    yes: (turn, question) => startSessionTimer(turn, question.session, question.minutes),
    no: (turn, question) => consentDeclined(turn, question.session, question.minutes),
    unsure: reask(consentReprompt),
    silence: 'declined',
    // "Go on" to "shall I start the timer?" is the spoken go-ahead it asks for.
    goOn: 'yes',
  }),
  breakTimer: timerQuestion(breakReprompt, {
    yes: (turn, question) => startBreakTimer(turn, question.minutes),
    no: (turn, question) => breakDeclined(turn, question.minutes),
    unsure: reask(breakReprompt),
    silence: 'declined',
    goOn: 'yes',
  }),
  reminders: timerQuestion(remindersReprompt, {
    yes: (turn) => setReminders(turn),
    no: (turn) => remindersDeclined(turn),
    unsure: (turn) => remindersDeclined(turn),
    silence: 'declined',
    // Reminders need a plain yes (a permission follows).
    goOn: 'notAnAnswer',
  }),
  timerPaused: timerQuestion(pausedReprompt, {
    yes: (turn) => resumeSession(turn),
    no: (turn) => reply(turn, { speak: turn.speech.say('offer.declined') }),
    unsure: reask(pausedReprompt),
    silence: 'keepsPlace',
    // "Go on", "resume" to "say resume when you're ready": the timer goes on.
    goOn: 'yes',
  }),
  switchSession: timerQuestion(switchReprompt, {
    yes: (turn, question) => switchAccepted(turn, question.session, question.minutes),
    no: (turn, question) => switchDeclined(turn, question.session),
    unsure: reask(switchReprompt),
    silence: 'declined',
    // "Go on" could mean carry on with the session under way: it needs a plain yes or no.
    goOn: 'notAnAnswer',
  }),
};
