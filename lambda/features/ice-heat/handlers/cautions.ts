/** "When should I not use ice", "is heat safe for me": the cautions, on request (and so not again this session). */
import { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../../../kernel/request';
import { reply } from '../../../kernel/reply';
import { turnOf } from '../../../kernel/turn';
import { notes } from '../sessions';

export const CautionsHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'IceCautionsIntent', 'HeatCautionsIntent'),
  handle(input) {
    const turn = turnOf(input);
    const ice = isIntent(input, 'IceCautionsIntent');
    notes(turn)[ice ? 'iceCautionsHeard' : 'heatCautionsHeard'] = true;
    return reply(turn, { speak: turn.speech.say(ice ? 'advice.iceCautions.any' : 'advice.heatCautions.any') });
  },
};
