/** The only source of "now" for the care core: injected so tests and the console can move time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock that runs `scale` times faster than the real one from `origin` (epoch ms) on: the local console's
 * compressed time (--time-scale), shared by the skill, the simulated device and the local Alexa API. It reads
 * `start` at `origin` (the console's --now pins the clock: the same hour on every run).
 */
export function scaledClock(origin: number, scale: number, realNow: () => number = Date.now, start: number = origin): Clock {
  return { now: () => new Date(start + (realNow() - origin) * scale) };
}

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;
