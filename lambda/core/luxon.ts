/**
 * luxon, loaded on first use. No launch needs it (the day of recovery comes from zone-offsets.json), and in the
 * Lambda bundle it is a file of its own (lambda/dist/luxon.js, scripts/bundle.mjs): its 71 KB are compiled only by
 * a turn that counts dates or durations, not at every cold start. Import its types from 'luxon' directly.
 */
import type * as Luxon from 'luxon';

let loaded: typeof Luxon | undefined;

export function luxon(): typeof Luxon {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- on first use, not when the bundle loads
  return (loaded ??= require('luxon') as typeof Luxon);
}
