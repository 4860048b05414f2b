/** Pain reports, written once: a score stored with the time and answered for what it means; a lone number confirmed. */
import { Response } from 'ask-sdk-model';
import { PainScoreReading, WORST_PAIN } from '../../core/pain';
import { joinSpeech } from '../../speech/ssml';
import { reply } from '../../kernel/reply';
import { Turn } from '../../kernel/turn';
import { activeRun, painScoreInRoutine } from '../stretching/player';
import { takePainScore } from './intake';

/** "My pain is a six": stored; rising or severe pain changes the advice; a ten gets empathy and same-day help. */
export function takePainReport(turn: Turn, reading: PainScoreReading): Response {
  const run = activeRun(turn);
  if (run && !run.completed) return painScoreInRoutine(turn, run, reading);
  const { speech } = turn;
  const intake = takePainScore(turn, reading);
  if (intake.kind === 'reasked') return intake.response;
  const { score, picture, previous } = intake;
  if (score >= WORST_PAIN) return reply(turn, { speak: speech.say('pain.worst') });
  let comment: string;
  if (picture.severe) comment = speech.say('pain.severe');
  else if (picture.trend === 'rising') comment = speech.say('pain.rising', { previous: previous ?? 0 });
  else if (score === 0) comment = speech.say('pain.zero');
  else if (picture.trend === 'easing') comment = speech.say('pain.easing', { previous: previous ?? 0 });
  else if (picture.trend === 'steady') comment = speech.say('pain.steady');
  else comment = '';
  return reply(turn, { speak: joinSpeech(speech.say('pain.recorded', { score }), comment) });
}

/** A number heard when no pain question was asked: "Is that your pain, 7 out of 10?" rather than storing it. */
export function confirmPainScore(turn: Turn, reading: PainScoreReading): Response {
  if (reading.kind !== 'ok') return takePainReport(turn, reading);
  const { speech } = turn;
  const { score } = reading;
  return reply(turn, {
    speak: speech.say('pain.confirm.question', { score }),
    ask: { reprompt: speech.say('pain.confirm.reprompt', { score }), pending: { kind: 'painConfirm', score } },
  });
}
