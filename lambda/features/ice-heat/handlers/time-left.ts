/** "how long is left on my ice": read from the Alexa timer itself, which the user may have changed outside the skill. */
import { RequestHandler } from 'ask-sdk-core';
import { timeLeft } from '../sessions';
import { isIntent } from '../../../kernel/request';
import { turnOf } from '../../../kernel/turn';

export const TimeLeftHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'TimeLeftIntent'),
  handle: (input) => timeLeft(turnOf(input)),
};
