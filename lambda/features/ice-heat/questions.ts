/**
 * The yes/no questions of the ice and heat routine, and what the session remembers for it, read back defensively
 * from the session attributes (which come back from the device).
 */
import { SessionKind } from '../../core/ice-plan';

export type TimerQuestion =
  /** "Is the ice wrapped in a thin towel?" (once per session) */
  | { kind: 'towelCheck'; minutes: number }
  /** "Is your skin back to its normal colour and feeling?" (before the next round) */
  | { kind: 'skinCheck'; minutes: number }
  /** "Shall I start a 20 minute ice timer?" */
  | { kind: 'startTimer'; session: SessionKind; minutes: number }
  /** "Shall I set a 20 minute timer, so I can tell you when you can ice again?" */
  | { kind: 'breakTimer'; minutes: number }
  /** "Would you like reminders for your next ice sessions?" */
  | { kind: 'reminders' }
  /** A timer was just paused (or found paused): "yes" or "resume" resumes it. */
  | { kind: 'timerPaused' }
  /** A session of the other kind is under way: "Shall I end it and start an ice session instead?" (`session`: the one to start) */
  | { kind: 'switchSession'; session: SessionKind; minutes: number };

export type TimerQuestionKind = TimerQuestion['kind'];

export const TIMER_QUESTION_KINDS: readonly TimerQuestionKind[] = ['towelCheck', 'skinCheck', 'startTimer', 'breakTimer', 'reminders', 'timerPaused', 'switchSession'];

/** What the routine remembers within one session. */
export interface TimerSessionNotes {
  /** The towel check was answered yes in this session: not asked again. */
  towelChecked?: boolean;
  /** The skin check was answered yes in this session. */
  skinChecked?: boolean;
  /** Reminders were offered in this session. */
  remindersOffered?: boolean;
  /** The ice cautions, or the heat cautions, were said in this session (once per session, and on request). */
  iceCautionsHeard?: boolean;
  heatCautionsHeard?: boolean;
}

export function isTimerQuestion(question: { kind: string } | undefined): question is TimerQuestion {
  return question !== undefined && (TIMER_QUESTION_KINDS as readonly string[]).includes(question.kind);
}

export function readTimerQuestion(raw: unknown): TimerQuestion | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const value = raw as Record<string, unknown>;
  const minutes = typeof value.minutes === 'number' && Number.isFinite(value.minutes) && value.minutes > 0 && value.minutes <= 120 ? value.minutes : undefined;
  switch (value.kind) {
    case 'towelCheck':
    case 'skinCheck':
    case 'breakTimer':
      return minutes === undefined ? undefined : { kind: value.kind, minutes };
    case 'startTimer':
    case 'switchSession':
      if (minutes === undefined || (value.session !== 'ice' && value.session !== 'heat')) return undefined;
      return { kind: value.kind, session: value.session, minutes };
    case 'reminders':
    case 'timerPaused':
      return { kind: value.kind };
    default:
      return undefined;
  }
}

export function readTimerNotes(raw: unknown): TimerSessionNotes | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const value = raw as Record<string, unknown>;
  const notes: TimerSessionNotes = {};
  if (value.towelChecked === true) notes.towelChecked = true;
  if (value.skinChecked === true) notes.skinChecked = true;
  if (value.remindersOffered === true) notes.remindersOffered = true;
  if (value.iceCautionsHeard === true) notes.iceCautionsHeard = true;
  if (value.heatCautionsHeard === true) notes.heatCautionsHeard = true;
  return Object.keys(notes).length > 0 ? notes : undefined;
}
