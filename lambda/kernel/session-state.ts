/** What the conversation in progress needs to remember; gone when the session ends. */
import { TimerQuestion, TimerSessionNotes, readTimerNotes, readTimerQuestion } from '../features/ice-heat/questions';
import { RoutineRun } from '../core/routine';
import { RoutineQuestion, readRoutineQuestion, readRoutineSession } from '../features/stretching/questions';
import { PrivacyQuestion, PrivacySessionNotes, readPrivacyNotes, readPrivacyQuestion } from '../features/onboarding/questions';

/** Offers the user can accept with "yes". Later features add theirs here. */
export type Offer = 'iceSession' | 'heatTips' | 'stretchTips' | 'preventionTips' | 'safetyCheck' | 'restInstead' | 'resumeRoutine';

/** The question the last response asked, so "yes", "no" or a bare number can be understood. */
export type PendingQuestion =
  | { kind: 'safetyCheck' }
  | { kind: 'offer'; offer: Offer }
  | { kind: 'onset' }
  | { kind: 'pain' }
  | TimerQuestion
  | RoutineQuestion
  | PrivacyQuestion;

export interface SessionState {
  pending?: PendingQuestion;
  /** The last spoken answer and reprompt, for "repeat". */
  lastSpeech?: string;
  lastReprompt?: string;
  /** The ice and heat routine's notes (towel checked this session, ...). */
  timers?: TimerSessionNotes;
  /** The guided stretch routine in progress in this session (the segment last played). */
  routine?: RoutineRun;
  /** The privacy questions' notes (the consent question was asked this session). */
  privacy?: PrivacySessionNotes;
}

const OFFERS: readonly Offer[] = ['iceSession', 'heatTips', 'stretchTips', 'preventionTips', 'safetyCheck', 'restInstead', 'resumeRoutine'];

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
  const timerQuestion = readTimerQuestion(pending);
  if (timerQuestion) state.pending = timerQuestion;
  const timers = readTimerNotes(raw.timers);
  if (timers) state.timers = timers;
  const routineQuestion = readRoutineQuestion(pending);
  if (routineQuestion) state.pending = routineQuestion;
  const routine = readRoutineSession(raw.routine);
  if (routine) state.routine = routine;
  const privacyQuestion = readPrivacyQuestion(pending);
  if (privacyQuestion) state.pending = privacyQuestion;
  const privacy = readPrivacyNotes(raw.privacy);
  if (privacy) state.privacy = privacy;
  if (typeof raw.lastSpeech === 'string') state.lastSpeech = raw.lastSpeech;
  if (typeof raw.lastReprompt === 'string') state.lastReprompt = raw.lastReprompt;
  return state;
}
