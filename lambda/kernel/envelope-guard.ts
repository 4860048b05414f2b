/**
 * Envelopes Alexa would never send, made safe before the SDK touches them, so that every one gets an answer or a
 * clean refusal instead of an exception: a request that is missing or has no string type becomes one no handler
 * takes (the error handler apologises); a missing context is rebuilt from the session (the skill id check then
 * refuses it unless the session names this skill); session attributes nested deeper than anything the skill
 * writes are dropped, before the SDK copies them, and the turn starts from what is stored.
 */
import type { RequestEnvelope } from 'ask-sdk-model';

/** The skill's own session attributes are a few levels deep; this leaves ample room. */
export const MAX_ATTRIBUTE_DEPTH = 32;
/** Stands for a request type that is missing or not a string: no handler takes it. */
export const INVALID_REQUEST_TYPE = 'Invalid';

/** The envelope itself when it is sound (the usual case: nothing is copied), else a repaired copy. */
export function screenEnvelope(envelope: RequestEnvelope): RequestEnvelope {
  const raw: unknown = envelope;
  if (!isObject(raw)) return envelope; // the SDK refuses it with a clear error of its own
  const repairs: Record<string, unknown> = {};
  const request = isObject(raw.request) ? raw.request : {};
  if (typeof request.type !== 'string' || request !== raw.request) repairs.request = { ...request, type: typeOf(request) };
  const session = isObject(raw.session) ? raw.session : undefined;
  if (!isObject(raw.context)) {
    repairs.context = { System: { application: session?.application ?? {}, user: session?.user ?? {}, device: {} } };
  }
  if (session && deeperThan(session.attributes, MAX_ATTRIBUTE_DEPTH)) repairs.session = { ...session, attributes: {} };
  return Object.keys(repairs).length === 0 ? envelope : ({ ...raw, ...repairs } as unknown as RequestEnvelope);
}

function typeOf(request: Record<string, unknown>): string {
  return typeof request.type === 'string' ? request.type : INVALID_REQUEST_TYPE;
}

/** Iterative, so a hostile depth cannot overflow the stack here. */
export function deeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (typeof item !== 'object' || item === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(item)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
