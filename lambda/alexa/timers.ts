/**
 * The skill's Alexa timers, through the Timers API (TimerManagementServiceClient) and nothing else. Every call
 * goes through alertCall: it has a timeout and answers with an AlertResult, never a throw. Only the skill's own
 * timer ids are ever touched: deleteTimers() (every timer the skill set for the user) is never called.
 */
import { HandlerInput } from 'ask-sdk-core';
import { services } from 'ask-sdk-model';
import { isoMinutes } from '../core/ice-plan';
import { CarePhase } from '../core/phase';
import { AlertResult, alertCall } from './alerts';

export const TIMERS_SCOPE = 'alexa::alerts:timers:skill:readwrite';
/** Declared in skill-package/skill.json (apis.custom.tasks) with its definition in skill-package/tasks/. */
export const SESSION_TASK = 'IceSessionEnded';
export const SESSION_TASK_VERSION = '1';
/** Alexa puts "continue with <skill name>" here in the question it asks when a LAUNCH_TASK timer ends. */
export const SKILL_NAME_PLACEHOLDER = '{continueWithSkillName}';
/** The Timers API refuses longer timers. */
export const MAX_TIMER_MINUTES = 120;

/**
 * What a LAUNCH_TASK timer carries back to the skill (skill-package/tasks/IceSessionEnded.1.json). The routine's
 * step is always there; when the store keeps no health details for the user, so is what the relaunch needs of
 * them (when the spasm began, and the care phase the timer was set in), since the new session finds none stored.
 */
export interface SessionTaskInput {
  /** "ice-3", or "ice-3-break" for the break after it. */
  sessionId: string;
  kind: 'ice' | 'heat';
  step?: 'session' | 'break';
  /** The session's (or break's) length, and when it started. */
  minutes?: number;
  startedAt?: string;
  onsetAt?: string;
  phase?: CarePhase;
}

const CARE_PHASES: readonly CarePhase[] = ['unknown', 'ice', 'iceOrHeat', 'heat', 'stretching', 'prevention'];

/** A task input comes from outside: each part is checked, and whatever does not fit is left out. */
export function readSessionTaskInput(raw: unknown): Partial<SessionTaskInput> {
  if (typeof raw !== 'object' || raw === null) return {};
  const value = raw as Record<string, unknown>;
  const input: Partial<SessionTaskInput> = { kind: value.kind === 'heat' ? 'heat' : 'ice' };
  if (typeof value.sessionId === 'string' && value.sessionId.length <= 100) input.sessionId = value.sessionId;
  if (value.step === 'session' || value.step === 'break') input.step = value.step;
  if (typeof value.minutes === 'number' && Number.isInteger(value.minutes) && value.minutes > 0 && value.minutes <= MAX_TIMER_MINUTES) {
    input.minutes = value.minutes;
  }
  if (isInstant(value.startedAt)) input.startedAt = value.startedAt;
  if (isInstant(value.onsetAt)) input.onsetAt = value.onsetAt;
  if (typeof value.phase === 'string' && (CARE_PHASES as readonly string[]).includes(value.phase)) input.phase = value.phase as CarePhase;
  return input;
}

function isInstant(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));
}

export interface RoutineTimerSpec {
  minutes: number;
  /** Shown on screen devices: unique per timer, and neutral (no health detail). */
  label: string;
  locale: string;
  task: SessionTaskInput;
  /** LAUNCH_TASK: Alexa's question when the timer ends; must hold SKILL_NAME_PLACEHOLDER. */
  confirmText: string;
  /** ANNOUNCE, where task launch is not possible: what Alexa says when the timer ends. */
  announceText: string;
}

export interface CreatedTimer {
  id: string;
  /** When it will ring, if the API said. */
  triggerTime?: string;
  mode: 'launchTask' | 'announce';
}

export type TimerState =
  | { status: 'ON'; triggerTime?: string }
  | { status: 'PAUSED'; remainingMs?: number }
  | { status: 'OFF' };

export function sessionTaskName(skillId: string): string {
  return `${skillId}.${SESSION_TASK}`;
}

export function launchTaskTimer(spec: RoutineTimerSpec, skillId: string): services.timerManagement.TimerRequest {
  return {
    duration: isoMinutes(Math.min(spec.minutes, MAX_TIMER_MINUTES)),
    timerLabel: spec.label,
    creationBehavior: { displayExperience: { visibility: 'VISIBLE' } },
    triggeringBehavior: {
      operation: {
        type: 'LAUNCH_TASK',
        textToConfirm: [{ locale: spec.locale, text: spec.confirmText }],
        task: { name: sessionTaskName(skillId), version: SESSION_TASK_VERSION, input: { ...spec.task } },
      },
      notificationConfig: { playAudible: true },
    },
  };
}

export function announceTimer(spec: RoutineTimerSpec): services.timerManagement.TimerRequest {
  return {
    duration: isoMinutes(Math.min(spec.minutes, MAX_TIMER_MINUTES)),
    timerLabel: spec.label,
    creationBehavior: { displayExperience: { visibility: 'VISIBLE' } },
    triggeringBehavior: {
      operation: { type: 'ANNOUNCE', textToAnnounce: [{ locale: spec.locale, text: spec.announceText }] },
      notificationConfig: { playAudible: true },
    },
  };
}

/**
 * Creates a timer that brings the user back into the skill when it ends (LAUNCH_TASK). Where Alexa refuses task
 * launch (400), the same timer is set as ANNOUNCE instead, and the next launch picks the routine up.
 */
export async function createRoutineTimer(input: HandlerInput, spec: RoutineTimerSpec): Promise<AlertResult<CreatedTimer>> {
  const skillId = input.requestEnvelope.context?.System?.application?.applicationId ?? '';
  if (skillId) {
    const launched = await createTimer(input, launchTaskTimer(spec, skillId), 'launchTask');
    if (launched.ok || launched.failure !== 'badRequest') return launched;
  }
  return createTimer(input, announceTimer(spec), 'announce');
}

async function createTimer(
  input: HandlerInput,
  request: services.timerManagement.TimerRequest,
  mode: CreatedTimer['mode'],
): Promise<AlertResult<CreatedTimer>> {
  const result = await alertCall(input, () => client(input).createTimer(request));
  if (!result.ok) return result;
  const id = result.value?.id;
  if (typeof id !== 'string' || id === '') return { ok: false, failure: 'failed' };
  const created: CreatedTimer = { id, mode };
  if (typeof result.value.triggerTime === 'string') created.triggerTime = result.value.triggerTime;
  return { ok: true, value: created };
}

export async function readTimer(input: HandlerInput, id: string): Promise<AlertResult<TimerState>> {
  const result = await alertCall(input, () => client(input).getTimer(id));
  if (!result.ok) return result;
  const timer = result.value ?? {};
  if (timer.status === 'ON') return { ok: true, value: timer.triggerTime ? { status: 'ON', triggerTime: timer.triggerTime } : { status: 'ON' } };
  if (timer.status === 'PAUSED') {
    const remaining = timer.remainingTimeWhenPaused ? durationMs(timer.remainingTimeWhenPaused) : undefined;
    return { ok: true, value: remaining === undefined ? { status: 'PAUSED' } : { status: 'PAUSED', remainingMs: remaining } };
  }
  return { ok: true, value: { status: 'OFF' } };
}

export async function pauseTimer(input: HandlerInput, id: string): Promise<AlertResult<void>> {
  return alertCall(input, () => client(input).pauseTimer(id));
}

export async function resumeTimer(input: HandlerInput, id: string): Promise<AlertResult<void>> {
  return alertCall(input, () => client(input).resumeTimer(id));
}

/** Cancels one of the skill's own timers, by id. */
export async function cancelTimer(input: HandlerInput, id: string): Promise<AlertResult<void>> {
  return alertCall(input, () => client(input).deleteTimer(id));
}

function client(input: HandlerInput): services.timerManagement.TimerManagementServiceClient {
  if (!input.serviceClientFactory) throw new Error('No service client factory');
  return input.serviceClientFactory.getTimerManagementServiceClient();
}

/** Milliseconds in an ISO-8601 duration of hours, minutes and seconds ("PT3M3S"). */
export function durationMs(iso: string): number | undefined {
  const match = /^PT(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(iso.trim());
  if (!match || (!match[1] && !match[2] && !match[3])) return undefined;
  const [hours, minutes, seconds] = [match[1], match[2], match[3]].map((part) => (part ? Number(part) : 0));
  return Math.round(((hours * 60 + minutes) * 60 + seconds) * 1000);
}
