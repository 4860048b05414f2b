/** Taking a pain score, the same way wherever it is said: re-ask what is not a 0-10 score, else store it with the time. */
import { Response } from 'ask-sdk-model';
import { addPainEntry, painPicture, PainPicture, PainScoreReading } from '../../core/pain';
import { escapeXml } from '../../speech/ssml';
import { reply } from '../../kernel/reply';
import { Turn } from '../../kernel/turn';

export type PainIntake =
  | { kind: 'reasked'; response: Response }
  | { kind: 'recorded'; score: number; picture: PainPicture; previous?: number };

/**
 * A number outside 0-10, asked again: a score over ten is said back ("I heard 42"), one below zero is not, since
 * "minus three" would come back as "-3"; both ask for zero to ten.
 */
export function outOfRangeSpeech(turn: Turn, value: number): string {
  return value < 0 ? turn.speech.say('pain.belowZero') : turn.speech.say('pain.outOfRange', { value: escapeXml(String(value)) });
}

export function takePainScore(turn: Turn, reading: PainScoreReading): PainIntake {
  const { speech } = turn;
  if (reading.kind !== 'ok') {
    const speak = reading.kind === 'outOfRange' ? outOfRangeSpeech(turn, reading.value) : speech.say('pain.ask');
    return {
      kind: 'reasked',
      response: reply(turn, { speak, ask: { reprompt: speech.say('pain.askReprompt'), pending: { kind: 'pain' } } }),
    };
  }
  const { score } = reading;
  const now = turn.now;
  turn.update((user) => {
    user.pain = addPainEntry(user.pain, score, now);
  });
  const history = turn.user.pain;
  const previous = history.length > 1 ? history[history.length - 2].score : undefined;
  return { kind: 'recorded', score, picture: painPicture(history, now), previous };
}
