/** Pain reports, written once: a score stored with the time and answered for what it means; a lone number confirmed. */
import { Response } from 'ask-sdk-model';
import { PainScoreReading, WORST_PAIN } from '../../core/pain';
import { joinSpeech } from '../../speech/ssml';
import { reply } from '../../kernel/reply';
import { askStepAgain } from '../../kernel/questions';
import { Turn } from '../../kernel/turn';
import { PendingQuestion, StepToResume } from '../../kernel/session-state';
import { activeRun, painScoreInRoutine } from '../stretching/player';
import { takePainScore } from './intake';

/** What a pain report says back: the words, and whether the pain is too bad to offer anything but its advice. */
type PainAnswer = { kind: 'said'; speech: string; severe: boolean } | { kind: 'reasked'; response: Response };


/**
 * "My pain is a six": stored; rising or severe pain changes the advice; a ten gets empathy and same-day help. Told in
 * answer to a question that is not about pain ("Shall we do an ice session?" "My pain is a five"), the question is
 * asked again after it (`then`), unless the pain is severe and its advice comes instead.
 */
export function takePainReport(turn: Turn, reading: PainScoreReading, then?: StepToResume): Response {
  const run = activeRun(turn);
  if (run && !run.completed) return painScoreInRoutine(turn, run, reading);
  const answer = answerPain(turn, reading);
  if (answer.kind === 'reasked') return answer.response;
  if (!then || (answer.severe && !KEPT_AFTER_SEVERE_PAIN.has(then.question.kind))) return reply(turn, { speak: answer.speech });
  return askStepAgain(turn, then, answer.speech);
}

/**
 * Severe pain's advice replaces an offer or a set-up step, but not a question the skill needs answered whatever the
 * pain: when it began, and the consent to keep health details.
 */
const KEPT_AFTER_SEVERE_PAIN: ReadonlySet<PendingQuestion['kind']> = new Set(['onset', 'healthConsent']);

function answerPain(turn: Turn, reading: PainScoreReading): PainAnswer {
  const { speech } = turn;
  const intake = takePainScore(turn, reading);
  if (intake.kind === 'reasked') return intake;
  const { score, picture, previous } = intake;
  if (score >= WORST_PAIN) return { kind: 'said', speech: speech.say('pain.worst'), severe: true };
  let comment: string;
  if (picture.severe) comment = speech.say('pain.severe');
  else if (picture.trend === 'rising') comment = speech.say('pain.rising', { previous: previous ?? 0 });
  else if (score === 0) comment = speech.say('pain.zero');
  else if (picture.trend === 'easing') comment = speech.say('pain.easing', { previous: previous ?? 0 });
  else if (picture.trend === 'steady') comment = speech.say('pain.steady');
  else comment = '';
  return { kind: 'said', speech: joinSpeech(speech.say('pain.recorded', { score }), comment), severe: picture.severe };
}

/**
 * A number heard when no pain question was asked: "Is that your pain, 7 out of 10?" rather than storing it. Heard
 * in answer to another question (`then`: "when did it begin?", the consent question), that question comes back
 * once the confirmation is answered.
 */
export function confirmPainScore(turn: Turn, reading: PainScoreReading, then?: StepToResume): Response {
  if (reading.kind !== 'ok') return takePainReport(turn, reading, then);
  const { speech } = turn;
  const { score } = reading;
  if (then) turn.session.afterPain = then;
  return reply(turn, {
    speak: speech.say('pain.confirm.question', { score }),
    ask: { reprompt: speech.say('pain.confirm.reprompt', { score }), pending: { kind: 'painConfirm', score } },
  });
}
