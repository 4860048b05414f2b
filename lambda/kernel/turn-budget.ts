/**
 * One time budget per turn. Alexa waits 8 s for an answer and the Lambda is stopped after its timeout, so a
 * turn's store and Alexa API calls share ONE budget: each call gets what is left of it, never a fixed deadline of
 * its own that could add up past Alexa's limit. The budget rides on the request's async context, so the store and
 * the API client find it without every caller passing it down.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

/** The whole turn, from the skill's first line to its answer. */
export const TURN_BUDGET_MS = 6000;
/** Kept back from the calls for building and sending the answer once the last call has given up. */
export const ANSWER_RESERVE_MS = 400;

export interface TurnBudget {
  /** Milliseconds the next call may take (0 when the budget is spent). */
  remainingMs(): number;
}

const current = new AsyncLocalStorage<TurnBudget>();

/** `now` is a monotonic clock in ms: wall-clock jumps must not stretch or cut a turn. */
export function startBudget(totalMs: number = TURN_BUDGET_MS, now: () => number = () => performance.now()): TurnBudget {
  const deadline = now() + totalMs - ANSWER_RESERVE_MS;
  return { remainingMs: () => Math.max(0, deadline - now()) };
}

/** Runs `work` (and everything it awaits) under `budget`. */
export function withBudget<T>(budget: TurnBudget, work: () => T): T {
  return current.run(budget, work);
}

/** What one call may take: what is left of the turn's budget, at most `capMs`; `capMs` outside a turn. */
export function callAllowanceMs(capMs: number): number {
  const budget = current.getStore();
  return budget ? Math.min(capMs, budget.remainingMs()) : capMs;
}

/** What one call may take: what is left of the turn's budget inside a turn, `outsideMs` outside one. */
export function remainingOr(outsideMs: number): number {
  const budget = current.getStore();
  return budget ? budget.remainingMs() : outsideMs;
}

/** Whether the turn's budget still leaves `ms` for another attempt (always true outside a turn). */
export function budgetLeaves(ms: number): boolean {
  const budget = current.getStore();
  return !budget || budget.remainingMs() >= ms;
}
