/** "my pain is a six": stores the score with the time; rising or severe pain changes the advice. */
import { RequestHandler } from 'ask-sdk-core';
import { readPainScore } from '../../../core/pain';
import { joinSpeech } from '../../../speech/ssml';
import { takePainScore } from '../intake';
import { isIntent, slotValue } from '../../../kernel/request';
import { reply } from '../../../kernel/reply';
import { turnOf } from '../../../kernel/turn';

export const PainReportHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'PainReportIntent'),
  handle(input) {
    const turn = turnOf(input);
    const { speech } = turn;
    const intake = takePainScore(turn, readPainScore(slotValue(input, 'painScore')));
    if (intake.kind === 'reasked') return intake.response;
    const { score, picture, previous } = intake;
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
