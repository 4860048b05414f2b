/** What the conversation in progress needs to remember; gone when the Alexa session ends. */
import { TimerQuestion, TimerSessionNotes, readTimerNotes, readTimerQuestion } from '../features/ice-heat/questions';
import { RoutineRun } from '../core/routine';
import { RoutineQuestion, readRoutineQuestion, readRoutineSession } from '../features/stretching/questions';
import { SafetyQuestion, readSafetyQuestion } from '../features/safety/questions';
import { PainQuestion, readPainQuestion } from '../features/pain/questions';
import {
  OnboardingQuestion,
  PrivacyQuestion,
  PrivacySessionNotes,
  readOnboardingQuestion,
  readPrivacyNotes,
  readPrivacyQuestion,
} from '../features/onboarding/questions';

/** Offers the user can accept with "yes". Later features add theirs here. */
export type Offer = 'iceSession' | 'heatTips' | 'stretchTips' | 'preventionTips' | 'safetyCheck' | 'restInstead' | 'resumeRoutine';

/**
 * The question the last response asked, so "yes", "no", "I'm not sure" or a lone number can be understood.
 * Each kind's answers are in the question registry (kernel/questions, lambda/features/registry).
 */
export type PendingQuestion = OnboardingQuestion | PrivacyQuestion | SafetyQuestion | PainQuestion | TimerQuestion | RoutineQuestion;

export type QuestionKind = PendingQuestion['kind'];
export type QuestionOf<K extends QuestionKind> = Extract<PendingQuestion, { kind: K }>;

type Reader<Q> = (raw: Record<string, unknown>) => Q | undefined;

/** A feature's reader, kept to the one kind it is registered for. */
function only<K extends QuestionKind>(kind: K, read: Reader<PendingQuestion>): Reader<QuestionOf<K>> {
  return (raw) => {
    const question = read(raw);
    return question?.kind === kind ? (question as QuestionOf<K>) : undefined;
  };
}

/** Every kind is read back by its feature; a kind without a reader does not compile. */
const PENDING_READERS: { readonly [K in QuestionKind]: Reader<QuestionOf<K>> } = {
  onset: only('onset', readOnboardingQuestion),
  offer: only('offer', readOnboardingQuestion),
  anythingElse: only('anythingElse', readOnboardingQuestion),
  nothingAsked: only('nothingAsked', readOnboardingQuestion),
  safetyCheck: only('safetyCheck', readSafetyQuestion),
  gotChecked: only('gotChecked', readSafetyQuestion),
  misheardCheck: only('misheardCheck', readSafetyQuestion),
  pain: only('pain', readPainQuestion),
  painConfirm: only('painConfirm', readPainQuestion),
  towelCheck: only('towelCheck', readTimerQuestion),
  skinCheck: only('skinCheck', readTimerQuestion),
  startTimer: only('startTimer', readTimerQuestion),
  breakTimer: only('breakTimer', readTimerQuestion),
  reminders: only('reminders', readTimerQuestion),
  timerPaused: only('timerPaused', readTimerQuestion),
  switchSession: only('switchSession', readTimerQuestion),
  routine: only('routine', readRoutineQuestion),
  stretchPain: only('stretchPain', readRoutineQuestion),
  healthConsent: only('healthConsent', readPrivacyQuestion),
  forgetMe: only('forgetMe', readPrivacyQuestion),
};

export const QUESTION_KINDS = Object.keys(PENDING_READERS) as QuestionKind[];

/**
 * Questions that are a step of something under way (an ice or heat session being set up, a stretch routine): a side
 * question answered meanwhile ("how long do I keep ice on?") ends with the same question again (kernel/reply), not
 * "anything else?", so the ice already on does not lose its timer. Every kind says which it is.
 */
export const ASKED_AGAIN_AFTER_A_SIDE_ANSWER: { readonly [K in QuestionKind]: boolean } = {
  onset: false,
  offer: false,
  anythingElse: false,
  nothingAsked: false,
  safetyCheck: false,
  gotChecked: false,
  misheardCheck: false,
  pain: false,
  painConfirm: false,
  towelCheck: true,
  skinCheck: true,
  startTimer: true,
  breakTimer: true,
  reminders: false,
  timerPaused: true,
  switchSession: true,
  routine: true,
  stretchPain: false,
  // Not a step, but unanswered it keeps nothing the user tells: a side question must not drop it.
  healthConsent: true,
  forgetMe: false,
};

export interface SessionState {
  pending?: PendingQuestion;
  /** The last spoken answer and reprompt, for "repeat". */
  lastSpeech?: string;
  lastReprompt?: string;
  /** The ice and heat routine's notes (towel checked this session, cautions heard, ...). */
  timers?: TimerSessionNotes;
  /** The guided stretch routine in progress in this session (the segment last played). */
  routine?: RoutineRun;
  /** "If something feels wrong, tell me" was said after a fallback in this Alexa session. */
  feltWrongHintGiven?: boolean;
  /** Pain ended this session's stretch routine: no place was kept, so the goodbye says to rest (kernel/reply). */
  routineStoppedForPain?: boolean;
  /** The privacy questions' notes (the consent question was asked this session). */
  privacy?: PrivacySessionNotes;
  /**
   * The step "that hurts" interrupted (the towel check, "shall I start the timer?"), asked again once "how bad is it?"
   * is answered; kept only while that pain question is open (kernel/reply).
   */
  afterPain?: StepToResume;
}

/** A step's question and its reprompt, to ask again after an aside. */
export interface StepToResume {
  question: PendingQuestion;
  reprompt: string;
}

/** A step still under way (its question is asked again after a side answer), other than a routine's own step. */
export function isSetUpStep(question: PendingQuestion | undefined): question is PendingQuestion {
  return question !== undefined && question.kind !== 'routine' && ASKED_AGAIN_AFTER_A_SIDE_ANSWER[question.kind];
}

export function readPendingQuestion(raw: unknown): PendingQuestion | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const value = raw as Record<string, unknown>;
  const kind = QUESTION_KINDS.find((known) => known === value.kind);
  return kind ? PENDING_READERS[kind](value) : undefined;
}

/** Session attributes come back from the device: read them defensively. */
export function readSessionState(raw: Record<string, unknown> | undefined): SessionState {
  if (!raw) return {};
  const state: SessionState = {};
  const pending = readPendingQuestion(raw.pending);
  if (pending) state.pending = pending;
  const timers = readTimerNotes(raw.timers);
  if (timers) state.timers = timers;
  const routine = readRoutineSession(raw.routine);
  if (routine) state.routine = routine;
  const privacy = readPrivacyNotes(raw.privacy);
  if (privacy) state.privacy = privacy;
  if (typeof raw.lastSpeech === 'string') state.lastSpeech = raw.lastSpeech;
  if (typeof raw.lastReprompt === 'string') state.lastReprompt = raw.lastReprompt;
  if (raw.feltWrongHintGiven === true) state.feltWrongHintGiven = true;
  if (raw.routineStoppedForPain === true) state.routineStoppedForPain = true;
  const afterPain = readStepToResume(raw.afterPain);
  if (afterPain) state.afterPain = afterPain;
  return state;
}

function readStepToResume(raw: unknown): StepToResume | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const value = raw as Record<string, unknown>;
  const question = readPendingQuestion(value.question);
  return question && typeof value.reprompt === 'string' ? { question, reprompt: value.reprompt } : undefined;
}
