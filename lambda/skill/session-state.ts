/** What the conversation in progress needs to remember; gone when the session ends. */

/** Offers the user can accept with "yes". Later features add theirs here. */
export type Offer = 'iceSession' | 'heatTips' | 'stretchTips' | 'preventionTips' | 'safetyCheck';

/** The question the last response asked, so "yes", "no" or a bare number can be understood. */
export type PendingQuestion =
  | { kind: 'safetyCheck' }
  | { kind: 'offer'; offer: Offer }
  | { kind: 'onset' }
  | { kind: 'pain' };

export interface SessionState {
  pending?: PendingQuestion;
  /** The last spoken answer and reprompt, for "repeat". */
  lastSpeech?: string;
  lastReprompt?: string;
}

const OFFERS: readonly Offer[] = ['iceSession', 'heatTips', 'stretchTips', 'preventionTips', 'safetyCheck'];

/** Session attributes come back from the device: read them defensively. */
export function readSessionState(raw: Record<string, unknown> | undefined): SessionState {
  if (!raw) return {};
  const state: SessionState = {};
  const pending = raw.pending;
  if (typeof pending === 'object' && pending !== null && 'kind' in pending) {
    const { kind } = pending as { kind: unknown };
    if (kind === 'safetyCheck' || kind === 'onset' || kind === 'pain') state.pending = { kind };
    if (kind === 'offer') {
      const offer = (pending as { offer?: unknown }).offer;
      if (typeof offer === 'string' && (OFFERS as readonly string[]).includes(offer)) {
        state.pending = { kind, offer: offer as Offer };
      }
    }
  }
  if (typeof raw.lastSpeech === 'string') state.lastSpeech = raw.lastSpeech;
  if (typeof raw.lastReprompt === 'string') state.lastReprompt = raw.lastReprompt;
  return state;
}
