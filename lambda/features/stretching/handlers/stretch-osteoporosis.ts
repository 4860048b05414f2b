/**
 * "I have osteoporosis", "my bones are thin" (no fall said): the gentle routine instead of knee hugs, at once
 * inside a routine and from then on. Never a warning sign by itself: a fall with it is RedFlagMinorFallIntent.
 */
import { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../../../kernel/request';
import { osteoporosisSaid } from '../player';
import { turnOf } from '../../../kernel/turn';

export const StretchOsteoporosisHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'OsteoporosisIntent'),
  handle: (input) => osteoporosisSaid(turnOf(input)),
};
