/** What each answer means to the conversation's own questions: when it began, an offer, "anything else?". */
import { adviceFor } from '../../core/advice';
import { QuestionAnswersOf, askAgain } from '../../kernel/questions';
import { goodbyeKey, reply } from '../../kernel/reply';
import { Turn } from '../../kernel/turn';
import { OnsetSlots } from '../../core/onset';
import { confirmPainScore, takePainReport } from '../pain/report';
import { askOnset, takeOnset } from './flows';
import { OFFER_ANSWERS } from './offers';

/** "Yes" to "anything else?": what they would like, with suggestions that fit the phase; the session stays open. */
function whatWouldYouLike(turn: Turn) {
  const { speech } = turn;
  const stage = adviceFor('phaseStatus', turn.phase()).stage;
  return reply(turn, {
    speak: speech.say(`common.whatWouldYouLike.${stage}`),
    ask: { reprompt: speech.say('common.reprompt'), pending: { kind: 'anythingElse' } },
  });
}

/** Nothing waiting, or "anything else?": yes asks what they would like, no says goodbye, a date is the onset. */
const OPEN_ANSWERS = {
  yes: whatWouldYouLike,
  no: (turn: Turn) => reply(turn, { speak: turn.speech.say(goodbyeKey(turn)), end: true }),
  unsure: whatWouldYouLike,
  date: (turn: Turn, _question: unknown, slots: OnsetSlots) => takeOnset(turn, slots),
  fallback: (turn: Turn) => reply(turn, { speak: turn.speech.say('common.fallback'), ask: { reprompt: turn.speech.say('common.reprompt') } }),
  reprompt: (turn: Turn) => turn.speech.say('common.reprompt'),
  silence: 'declined' as const,
  goOn: 'notAnAnswer' as const,
};

export const ONBOARDING_ANSWERS: QuestionAnswersOf<'onset' | 'offer' | 'anythingElse' | 'nothingAsked'> = {
  onset: {
    yes: (turn, question) => askAgain(turn, question, turn.speech.say('launch.askOnsetReprompt'), turn.speech.say('onset.whenThen')),
    no: (turn) => reply(turn, { speak: turn.speech.say('onset.later') }),
    unsure: (turn, question) => askAgain(turn, question, turn.speech.say('onset.reprompt'), turn.speech.say('onset.unsure')),
    // A lone number may be "two (days ago)": confirmed as pain, then the question again.
    number: (turn, question, reading) => confirmPainScore(turn, reading, { question, reprompt: turn.speech.say('launch.askOnsetReprompt') }),
    date: (turn, _question, slots) => takeOnset(turn, slots),
    fallback: (turn) => askOnset(turn, [turn.speech.say('onset.unclearLead')]),
    reprompt: (turn) => turn.speech.say('launch.askOnsetReprompt'),
    silence: 'unanswered',
    goOn: 'notAnAnswer',
  },
  offer: {
    yes: (turn, question) => OFFER_ANSWERS[question.offer].accept(turn),
    no: (turn, question) => OFFER_ANSWERS[question.offer].decline(turn),
    unsure: (turn, question) => askAgain(turn, question, turn.speech.say(OFFER_ANSWERS[question.offer].reprompt), turn.speech.say('offer.unsure')),
    // People volunteer their pain in answer to an offer ("my pain is a four"): it is taken as told, and the offer
    // asked again (not after a severe pain, whose advice comes instead).
    number: (turn, question, reading) => takePainReport(turn, reading, { question, reprompt: turn.speech.say(OFFER_ANSWERS[question.offer].reprompt) }),
    date: (turn, _question, slots) => takeOnset(turn, slots),
    fallback: (turn, question) => askAgain(turn, question, turn.speech.say(OFFER_ANSWERS[question.offer].reprompt)),
    reprompt: (turn, question) => turn.speech.say(OFFER_ANSWERS[question.offer].reprompt),
    silence: 'declined',
    // "Ready", "go on" to "shall I ...?" take the offer.
    goOn: 'yes',
  },
  // "Anything else?" invites a pain score (its reprompt says so): a number is one.
  anythingElse: { ...OPEN_ANSWERS, number: (turn, _question, reading) => takePainReport(turn, reading) },
  // With no question waiting, a lone number may be anything: "Is that your pain, 7 out of 10?"
  nothingAsked: { ...OPEN_ANSWERS, number: (turn, _question, reading) => confirmPainScore(turn, reading) },
};
