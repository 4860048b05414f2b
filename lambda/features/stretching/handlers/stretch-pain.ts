/**
 * Pain while stretching. "That hurts", "sharp pain", "ow": stop, rest position, and ask how bad it is.
 * ("My pain is eight" during a routine, and the score answering "how bad is your pain right now?" before
 * stretching, are numbers the question registry reads: stretching/answers and pain/report.)
 */
import { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../../../kernel/request';
import { stopForPainWords } from '../player';
import { turnOf } from '../../../kernel/turn';

export const StretchPainHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'PainFlareIntent'),
  handle: (input) => stopForPainWords(turnOf(input)),
};
