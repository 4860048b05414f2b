/** "my pain is a six": stores the score with the time; rising or severe pain changes the advice. */
import { RequestHandler } from 'ask-sdk-core';
import { addPainEntry, painPicture, readPainScore } from '../core/pain';
import { escapeXml, joinSpeech } from '../speech/ssml';
import { isIntent, slotValue } from '../skill/request';
import { reply } from '../skill/reply';
import { turnOf } from '../skill/turn';

export const PainReportHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'PainReportIntent'),
  handle(input) {
    const turn = turnOf(input);
    const { speech } = turn;
    const reading = readPainScore(slotValue(input, 'painScore'));
    if (reading.kind === 'outOfRange') {
      return reply(turn, {
        speak: speech.say('pain.outOfRange', { value: escapeXml(String(reading.value)) }),
        ask: { reprompt: speech.say('pain.askReprompt'), pending: { kind: 'pain' } },
      });
    }
    if (reading.kind !== 'ok') {
      return reply(turn, {
        speak: speech.say('pain.ask'),
        ask: { reprompt: speech.say('pain.askReprompt'), pending: { kind: 'pain' } },
      });
    }
    const { score } = reading;
    const now = turn.now;
    turn.update((user) => {
      user.pain = addPainEntry(user.pain, score, now);
    });
    const picture = painPicture(turn.user.pain, now);
    const previous = turn.user.pain.length > 1 ? turn.user.pain[turn.user.pain.length - 2].score : undefined;
    let comment: string;
    if (picture.severe) comment = speech.say('pain.severe');
    else if (picture.trend === 'rising') comment = speech.say('pain.rising', { previous: previous ?? 0 });
    else if (score === 0) comment = speech.say('pain.zero');
    else if (picture.trend === 'easing') comment = speech.say('pain.easing', { previous: previous ?? 0 });
    else if (picture.trend === 'steady') comment = speech.say('pain.steady');
    else comment = '';
    return reply(turn, { speak: joinSpeech(speech.say('pain.recorded', { score }), comment) });
  },
};
