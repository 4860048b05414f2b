/** "How am I doing", "how has my pain been", "show my progress". */
import { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../../../kernel/request';
import { turnOf } from '../../../kernel/turn';
import { tellProgress } from '../progress';

export const ProgressHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'ProgressIntent'),
  handle: (input) => tellProgress(turnOf(input)),
};
