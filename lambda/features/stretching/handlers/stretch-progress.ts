/** "How many more": what is left of the routine, then the same question again. */
import { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../../../kernel/request';
import { tellRemaining } from '../player';
import { turnOf } from '../../../kernel/turn';

export const StretchProgressHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'HowManyMoreIntent'),
  handle: (input) => tellRemaining(turnOf(input)),
};
