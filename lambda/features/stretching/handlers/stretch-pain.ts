/**
 * Pain while stretching. "That hurts", "sharp pain", "ow": stop, rest position, and ask how bad it is.
 * ("My pain is eight" during a routine is a number the question registry reads: pain/report sends it to the routine.)
 */
import { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../../../kernel/request';
import { stopForPainWords } from '../player';
import { turnOf } from '../../../kernel/turn';

export const StretchPainHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'PainFlareIntent'),
  handle: (input) => stopForPainWords(turnOf(input)),
};
