/**
 * Checks request bodies against the documented shapes of Alexa's Timers and Reminders APIs, the way the real
 * service refuses them: a 400 with a reason. Stricter than Alexa where Alexa is silent (unknown fields are
 * refused), so a misspelt field (`label` for `timerLabel`) fails in tests instead of on a device.
 */
import { DateTime } from 'luxon';
import { DeclaredTask, taskInputProblem } from './tasks';

export const MAX_TIMER_SECONDS = 2 * 60 * 60;
export const SKILL_NAME_PLACEHOLDER = '{continueWithSkillName}';

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface TimerBody {
  durationSeconds: number;
  duration: string;
  timerLabel?: string;
  visibility: 'VISIBLE' | 'HIDDEN';
  playAudible: boolean;
  operation:
    | { type: 'NOTIFY_ONLY' }
    | { type: 'ANNOUNCE'; textToAnnounce: LocaleText[] }
    | { type: 'LAUNCH_TASK'; textToConfirm: LocaleText[]; task: { name: string; version: string; input?: Record<string, unknown> } };
}

export interface LocaleText {
  locale: string;
  text: string;
}

export interface TimerContext {
  skillId: string;
  /** Tasks the skill's manifest declares; undefined accepts any task of the skill. */
  tasks?: readonly DeclaredTask[];
  /** False: the device cannot launch tasks, and LAUNCH_TASK is refused. */
  launchTask: boolean;
}

const TIMER_FIELDS = ['duration', 'timerLabel', 'creationBehavior', 'triggeringBehavior'];

export function checkTimerBody(body: unknown, context: TimerContext): Checked<TimerBody> {
  if (!isObject(body)) return fail('the body must be a JSON object');
  for (const key of Object.keys(body)) {
    if (!TIMER_FIELDS.includes(key)) {
      return fail(key === 'label' ? 'unknown field "label": the timer\'s label field is "timerLabel"' : `unknown field "${key}"`);
    }
  }
  if (typeof body.duration !== 'string') return fail('duration is required, as an ISO-8601 duration such as "PT15M"');
  const seconds = durationSeconds(body.duration);
  if (seconds === undefined) return fail(`duration "${body.duration}" is not an ISO-8601 duration of hours, minutes and seconds`);
  if (seconds <= 0) return fail('duration must be more than zero');
  if (seconds > MAX_TIMER_SECONDS) return fail(`duration ${body.duration} is over the maximum of PT2H`);
  let timerLabel: string | undefined;
  if (body.timerLabel !== undefined) {
    if (typeof body.timerLabel !== 'string' || body.timerLabel.trim() === '') return fail('timerLabel must be a non-empty string');
    if (body.timerLabel.length > 256) return fail('timerLabel is longer than 256 characters');
    timerLabel = body.timerLabel;
  }
  const creation = body.creationBehavior;
  if (!isObject(creation) || !isObject(creation.displayExperience)) return fail('creationBehavior.displayExperience is required');
  const visibility = creation.displayExperience.visibility;
  if (visibility !== 'VISIBLE' && visibility !== 'HIDDEN') return fail('creationBehavior.displayExperience.visibility must be VISIBLE or HIDDEN');
  const triggering = body.triggeringBehavior;
  if (!isObject(triggering)) return fail('triggeringBehavior is required');
  if (!isObject(triggering.notificationConfig) || typeof triggering.notificationConfig.playAudible !== 'boolean') {
    return fail('triggeringBehavior.notificationConfig.playAudible is required (true or false)');
  }
  const operation = checkOperation(triggering.operation, context);
  if (!operation.ok) return operation;
  const value: TimerBody = {
    durationSeconds: seconds,
    duration: body.duration,
    visibility,
    playAudible: triggering.notificationConfig.playAudible,
    operation: operation.value,
  };
  if (timerLabel !== undefined) value.timerLabel = timerLabel;
  return { ok: true, value };
}

function checkOperation(raw: unknown, context: TimerContext): Checked<TimerBody['operation']> {
  if (!isObject(raw)) return fail('triggeringBehavior.operation is required');
  switch (raw.type) {
    case 'NOTIFY_ONLY':
      return { ok: true, value: { type: 'NOTIFY_ONLY' } };
    case 'ANNOUNCE': {
      const texts = checkLocaleTexts(raw.textToAnnounce, 'textToAnnounce');
      return texts.ok ? { ok: true, value: { type: 'ANNOUNCE', textToAnnounce: texts.value } } : texts;
    }
    case 'LAUNCH_TASK': {
      if (!context.launchTask) return fail('LAUNCH_TASK is not supported on this device');
      const texts = checkLocaleTexts(raw.textToConfirm, 'textToConfirm');
      if (!texts.ok) return texts;
      const missing = texts.value.find((text) => !text.text.includes(SKILL_NAME_PLACEHOLDER));
      if (missing) return fail(`textToConfirm "${missing.text}" must hold the placeholder ${SKILL_NAME_PLACEHOLDER}`);
      const task = raw.task;
      if (!isObject(task) || typeof task.name !== 'string' || typeof task.version !== 'string') {
        return fail('operation.task needs a name and a version (strings)');
      }
      const prefix = `${context.skillId}.`;
      if (!task.name.startsWith(prefix)) return fail(`task name "${task.name}" must be "<skill id>.<task name>", with this skill's id`);
      if (task.input !== undefined && !isObject(task.input)) return fail('operation.task.input must be an object');
      if (context.tasks) {
        const declared = context.tasks.find((candidate) => candidate.name === task.name.slice(prefix.length) && candidate.version === task.version);
        if (!declared) return fail(`task ${task.name} version ${task.version} is not declared in the skill manifest`);
        const problem = taskInputProblem(declared, task.input ?? {});
        if (problem) return fail(`task input: ${problem}`);
      }
      const value: Extract<TimerBody['operation'], { type: 'LAUNCH_TASK' }> = {
        type: 'LAUNCH_TASK',
        textToConfirm: texts.value,
        task: { name: task.name, version: task.version },
      };
      if (isObject(task.input)) value.task.input = task.input;
      return { ok: true, value };
    }
    default:
      return fail('operation.type must be NOTIFY_ONLY, ANNOUNCE or LAUNCH_TASK');
  }
}

function checkLocaleTexts(raw: unknown, field: string): Checked<LocaleText[]> {
  if (!Array.isArray(raw) || raw.length === 0) return fail(`${field} must be a non-empty list of { locale, text }`);
  const texts: LocaleText[] = [];
  for (const entry of raw) {
    if (!isObject(entry) || typeof entry.locale !== 'string' || !/^[a-z]{2}-[A-Z]{2}$/.test(entry.locale)) return fail(`${field}: every entry needs a locale such as "en-US"`);
    if (typeof entry.text !== 'string' || entry.text.trim() === '') return fail(`${field}: every entry needs a text`);
    texts.push({ locale: entry.locale, text: entry.text });
  }
  return { ok: true, value: texts };
}

/** Seconds in an ISO-8601 duration of hours, minutes and seconds ("PT1H30M"); undefined if it is not one. */
export function durationSeconds(iso: string): number | undefined {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(iso);
  if (!match || (!match[1] && !match[2] && !match[3])) return undefined;
  return Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
}

export function isoSeconds(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}

// ------------------------------------------------------------------------------------------------
// Reminders

export interface ReminderBody {
  requestTime: string;
  trigger:
    | { type: 'SCHEDULED_RELATIVE'; offsetInSeconds: number }
    | { type: 'SCHEDULED_ABSOLUTE'; scheduledTime?: string; timeZoneId?: string; recurrence?: { startDateTime?: string; endDateTime?: string; recurrenceRules: string[] } };
  content: Array<{ locale: string; text?: string; ssml?: string }>;
  pushNotification: 'ENABLED' | 'DISABLED';
}

const REMINDER_FIELDS = ['requestTime', 'trigger', 'alertInfo', 'pushNotification'];
/** Local wall time without an offset, as the Reminders API wants scheduledTime and the recurrence bounds. */
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?$/;
const RULE = /^FREQ=(DAILY|WEEKLY)(;(BYDAY=(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*|BYHOUR=\d{1,2}|BYMINUTE=\d{1,2}|BYSECOND=\d{1,2}|INTERVAL=\d{1,3}))*;?$/;

export function checkReminderBody(body: unknown): Checked<ReminderBody> {
  if (!isObject(body)) return fail('the body must be a JSON object');
  for (const key of Object.keys(body)) if (!REMINDER_FIELDS.includes(key)) return fail(`unknown field "${key}"`);
  if (typeof body.requestTime !== 'string' || Number.isNaN(Date.parse(body.requestTime))) return fail('requestTime is required, an ISO-8601 time');
  const trigger = checkTrigger(body.trigger);
  if (!trigger.ok) return trigger;
  const alertInfo = body.alertInfo;
  if (!isObject(alertInfo) || !isObject(alertInfo.spokenInfo) || !Array.isArray(alertInfo.spokenInfo.content) || alertInfo.spokenInfo.content.length === 0) {
    return fail('alertInfo.spokenInfo.content must be a non-empty list');
  }
  const content: ReminderBody['content'] = [];
  for (const entry of alertInfo.spokenInfo.content as unknown[]) {
    if (!isObject(entry) || typeof entry.locale !== 'string') return fail('alertInfo.spokenInfo.content: every entry needs a locale');
    const text = typeof entry.text === 'string' && entry.text.trim() ? entry.text : undefined;
    const ssml = typeof entry.ssml === 'string' && entry.ssml.trim() ? entry.ssml : undefined;
    if (!text && !ssml) return fail('alertInfo.spokenInfo.content: every entry needs a text or ssml');
    content.push({ locale: entry.locale, ...(text ? { text } : {}), ...(ssml ? { ssml } : {}) });
  }
  let pushNotification: 'ENABLED' | 'DISABLED' = 'ENABLED';
  if (body.pushNotification !== undefined) {
    if (!isObject(body.pushNotification) || (body.pushNotification.status !== 'ENABLED' && body.pushNotification.status !== 'DISABLED')) {
      return fail('pushNotification.status must be ENABLED or DISABLED');
    }
    pushNotification = body.pushNotification.status;
  }
  return { ok: true, value: { requestTime: body.requestTime, trigger: trigger.value, content, pushNotification } };
}

function checkTrigger(raw: unknown): Checked<ReminderBody['trigger']> {
  if (!isObject(raw)) return fail('trigger is required');
  if (raw.type === 'SCHEDULED_RELATIVE') {
    const offset = raw.offsetInSeconds;
    if (typeof offset !== 'number' || !Number.isInteger(offset) || offset <= 0) return fail('trigger.offsetInSeconds must be a whole number of seconds over zero');
    return { ok: true, value: { type: 'SCHEDULED_RELATIVE', offsetInSeconds: offset } };
  }
  if (raw.type !== 'SCHEDULED_ABSOLUTE') return fail('trigger.type must be SCHEDULED_ABSOLUTE or SCHEDULED_RELATIVE');
  const value: Extract<ReminderBody['trigger'], { type: 'SCHEDULED_ABSOLUTE' }> = { type: 'SCHEDULED_ABSOLUTE' };
  if (raw.timeZoneId !== undefined) {
    if (typeof raw.timeZoneId !== 'string' || !DateTime.now().setZone(raw.timeZoneId).isValid) return fail(`trigger.timeZoneId "${String(raw.timeZoneId)}" is not a time zone`);
    value.timeZoneId = raw.timeZoneId;
  }
  if (raw.scheduledTime !== undefined) {
    if (typeof raw.scheduledTime !== 'string' || !LOCAL_TIME.test(raw.scheduledTime)) {
      return fail('trigger.scheduledTime must be a local time without an offset, such as "2026-11-21T19:00:00.000"');
    }
    value.scheduledTime = raw.scheduledTime;
  }
  if (raw.recurrence !== undefined) {
    const recurrence = raw.recurrence;
    if (!isObject(recurrence)) return fail('trigger.recurrence must be an object');
    const rules = recurrence.recurrenceRules;
    if (!Array.isArray(rules) || rules.length === 0 || !rules.every((rule) => typeof rule === 'string' && RULE.test(rule))) {
      return fail('trigger.recurrence.recurrenceRules must be a non-empty list of rules such as "FREQ=DAILY;BYHOUR=9;BYMINUTE=0"');
    }
    for (const key of ['startDateTime', 'endDateTime'] as const) {
      const time = recurrence[key];
      if (time !== undefined && (typeof time !== 'string' || !LOCAL_TIME.test(time))) return fail(`trigger.recurrence.${key} must be a local time without an offset`);
    }
    if (typeof recurrence.startDateTime === 'string' && typeof recurrence.endDateTime === 'string' && recurrence.startDateTime >= recurrence.endDateTime) {
      return fail('trigger.recurrence.startDateTime must come before endDateTime');
    }
    value.recurrence = { recurrenceRules: rules as string[] };
    if (typeof recurrence.startDateTime === 'string') value.recurrence.startDateTime = recurrence.startDateTime;
    if (typeof recurrence.endDateTime === 'string') value.recurrence.endDateTime = recurrence.endDateTime;
  } else if (value.scheduledTime === undefined) {
    return fail('trigger.scheduledTime is required without a recurrence');
  }
  return { ok: true, value };
}

/**
 * When a reminder goes off, from `from` on, at most `limit` times: the relative offset, the scheduled time, or
 * the recurrence rules (daily or weekly at BYHOUR/BYMINUTE) between the recurrence's start and end.
 */
export function reminderOccurrences(body: ReminderBody, created: Date, zone: string, from: Date, limit = 50): Date[] {
  const trigger = body.trigger;
  if (trigger.type === 'SCHEDULED_RELATIVE') return [new Date(created.getTime() + trigger.offsetInSeconds * 1000)].filter((at) => at >= from);
  const tz = trigger.timeZoneId ?? zone;
  if (!trigger.recurrence) {
    const at = DateTime.fromISO(trigger.scheduledTime ?? '', { zone: tz });
    return at.isValid && at.toJSDate() >= from ? [at.toJSDate()] : [];
  }
  const start = trigger.recurrence.startDateTime ? DateTime.fromISO(trigger.recurrence.startDateTime, { zone: tz }) : DateTime.fromJSDate(created, { zone: tz });
  const end = trigger.recurrence.endDateTime ? DateTime.fromISO(trigger.recurrence.endDateTime, { zone: tz }) : start.plus({ days: 60 });
  const times: DateTime[] = [];
  for (const rule of trigger.recurrence.recurrenceRules) {
    const parts = Object.fromEntries(rule.split(';').filter(Boolean).map((part) => part.split('=') as [string, string]));
    const hour = Number(parts.BYHOUR ?? start.hour);
    const minute = Number(parts.BYMINUTE ?? start.minute);
    const days = parts.BYDAY?.split(',');
    for (let day = start.startOf('day'); day <= end; day = day.plus({ days: 1 })) {
      if (parts.FREQ === 'WEEKLY' && days && !days.includes(day.toFormat('ccc').slice(0, 2).toUpperCase())) continue;
      const at = day.set({ hour, minute, second: 0, millisecond: 0 });
      if (at >= start && at <= end && at.toJSDate() >= from) times.push(at);
    }
  }
  return times
    .map((time) => time.toJSDate())
    .sort((a, b) => a.getTime() - b.getTime())
    .slice(0, limit);
}

function fail(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}

function isObject(value: unknown): value is Record<string, any> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
