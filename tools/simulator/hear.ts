/**
 * What the simulator hears, the way Alexa hears: a sample that matches exactly comes first; when none does (or one
 * does only by putting non-number words in a number slot), the statistical estimate trained on the same samples
 * decides (estimator.ts), and says so (`estimated`); "not for this skill" is AMAZON.FallbackIntent, even where a
 * number slot of a sample could have swallowed the words ("tengo un perro" is not a pain score of "perro").
 */
import { estimatorFor } from './estimator';
import { FALLBACK_INTENT, IntentMatch, MatchOptions, matchUtterance } from './matcher';
import type { InteractionModel } from './model-types';

export interface HearOptions extends MatchOptions {
  /** false: the exact matcher only (the floor). */
  estimate?: boolean;
}

export async function hear(model: InteractionModel, utterance: string, now: Date, timeZone: string, options: HearOptions = {}): Promise<IntentMatch> {
  const exact = matchUtterance(model, utterance, now, timeZone, options);
  if (options.estimate === false || options.only || exact.fallbackSample || (exact.intent !== FALLBACK_INTENT && !exact.partial)) return exact;
  const estimator = await estimatorFor(model, options.locale ?? 'en-US');
  const estimate = await estimator.estimate(utterance, now, timeZone);
  return estimate;
}
