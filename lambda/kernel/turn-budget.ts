/**
 * One time budget per turn. Alexa waits 8 s for an answer and the Lambda is stopped after its timeout, so a
 * turn's store and Alexa API calls share ONE budget: each call gets what is left of it, never a fixed deadline of
 * its own that could add up past Alexa's limit.
 *
 * The budget travels with the request, explicitly: it is started for the request's own envelope object (the skill
 * gives every invocation one of its own), found from it with requestBudget, and handed to each store call and to
 * the turn's Alexa API client. No async context: AsyncLocalStorage's promise hooks cost 12-14M instructions
 * (about 3 ms of CPU) of every cold start's first answer. A call made outside a turn gets no budget, only its cap.
 */

/** The whole turn, from the skill's first line to its answer. */
export const TURN_BUDGET_MS = 6000;
/** Kept back from the calls for building and sending the answer once the last call has given up. */
export const ANSWER_RESERVE_MS = 400;

export interface TurnBudget {
  /** Milliseconds the next call may take (0 when the budget is spent). */
  remainingMs(): number;
}

/** A monotonic clock in ms: wall-clock jumps must not stretch or cut a turn. */
export type MonotonicClock = () => number;

const monotonic: MonotonicClock = () => performance.now();

export function startBudget(totalMs: number = TURN_BUDGET_MS, now: MonotonicClock = monotonic): TurnBudget {
  const deadline = now() + totalMs - ANSWER_RESERVE_MS;
  return { remainingMs: () => Math.max(0, deadline - now()) };
}

/**
 * Each request's budget, by its envelope: held no longer than the envelope, and never shared, since the skill
 * hands every invocation an envelope object of its own (concurrent requests of the web service each have theirs).
 */
const budgets = new WeakMap<object, TurnBudget>();

/** Starts the budget of the request whose own envelope object is `envelope`. */
export function startRequestBudget(envelope: object, totalMs?: number, now?: MonotonicClock): TurnBudget {
  const budget = startBudget(totalMs, now);
  budgets.set(envelope, budget);
  return budget;
}

/** The budget of the request `envelope` belongs to; undefined for an envelope no turn was started for. */
export function requestBudget(envelope: unknown): TurnBudget | undefined {
  return typeof envelope === 'object' && envelope !== null ? budgets.get(envelope) : undefined;
}

/** What one call may take: what is left of `budget`, at most `capMs`; `capMs` outside a turn. */
export function callAllowanceMs(budget: TurnBudget | undefined, capMs: number): number {
  return budget ? Math.min(capMs, budget.remainingMs()) : capMs;
}

/** What one call may take: what is left of `budget` inside a turn, `outsideMs` outside one. */
export function remainingOr(budget: TurnBudget | undefined, outsideMs: number): number {
  return budget ? budget.remainingMs() : outsideMs;
}

/** Whether `budget` still leaves `ms` for another attempt (always true outside a turn). */
export function budgetLeaves(budget: TurnBudget | undefined, ms: number): boolean {
  return !budget || budget.remainingMs() >= ms;
}
