/** "How many more": what is left of the routine, then the same question again. */
import { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../skill/request';
import { tellRemaining } from '../skill/stretch-player';
import { turnOf } from '../skill/turn';

export const StretchProgressHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'HowManyMoreIntent'),
  handle: (input) => tellRemaining(turnOf(input)),
};
