/** "run the safety check": asks the emergency warning signs as one yes-or-no question. */
import { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../../../kernel/request';
import { turnOf } from '../../../kernel/turn';
import { askSafetyCheck } from '../flows';

export const SafetyCheckHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'SafetyCheckIntent'),
  handle: (input) => askSafetyCheck(turnOf(input)),
};
