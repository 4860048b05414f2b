/** Reminders for the next sessions: offered once, set with their own permission, no health detail spoken. */
import { Response } from 'ask-sdk-model';
import type { DateTime } from 'luxon';
import { luxon } from '../../../core/luxon';
import {
  localIso,
  mayOfferReminders,
  reminderPlan,
  withRemindersDeclined,
  withRemindersSet,
  ReminderPlan,
} from '../../../core/ice-plan';
import { REMINDERS_SCOPE, createReminder, reminderRequest } from '../../../alexa/reminders';
import { joinSpeech } from '../../../speech/ssml';
import { reply } from '../../../kernel/reply';
import { Turn } from '../../../kernel/turn';
import { askFor, notes, permissionToken, saveLog, sessionLog, zoneOf } from './common';

function reminderPlanFor(turn: Turn): ReminderPlan | undefined {
  const onset = turn.user.onsetAt ? new Date(turn.user.onsetAt) : undefined;
  return reminderPlan(onset, turn.now, zoneOf(turn));
}

/** Offers reminders once (never again for 7 days after a "no"); otherwise says `said` and ends. */
export function offerRemindersOr(turn: Turn, said: string, extra: { permissionCard?: string[] } = {}): Response {
  const { speech } = turn;
  const log = sessionLog(turn);
  if (reminderPlanFor(turn) && mayOfferReminders(log, turn.now) && !notes(turn).remindersOffered) {
    notes(turn).remindersOffered = true;
    return reply(turn, {
      speak: joinSpeech(said, speech.say('timers:reminders.offer')),
      ask: { reprompt: speech.say('timers:reminders.reprompt'), pending: { kind: 'reminders' } },
      ...extra,
    });
  }
  return reply(turn, { speak: said, end: true, ...extra });
}

export function remindersDeclined(turn: Turn): Response {
  const now = turn.now;
  saveLog(turn, (log) => withRemindersDeclined(log, now));
  return reply(turn, { speak: turn.speech.say('timers:reminders.declined'), end: true });
}

/** "Yes" to reminders: one recurring reminder over the rest of the ice window, restated in the answer. */
export async function setReminders(turn: Turn, afterConsent = false): Promise<Response> {
  const { speech } = turn;
  const plan = reminderPlanFor(turn);
  if (!plan) return reply(turn, { speak: speech.say('timers:reminders.declined'), end: true });
  const requestTime = localIso(luxon().DateTime.fromJSDate(turn.now, { zone: plan.timeZone }));
  const result = await createReminder(turn.input, reminderRequest(plan, requestTime, speech.locale, speech.say('timers:alert.reminder')));
  if (result.ok) {
    const now = turn.now;
    saveLog(turn, (log) => withRemindersSet(log, result.value.alertToken, plan, now));
    return reply(turn, { speak: speech.say('timers:reminders.set', describePlan(turn, plan)), end: true });
  }
  if (result.failure === 'noPermission' && !afterConsent) {
    return reply(turn, { speak: speech.say('timers:permission.askReminders'), handOver: askFor(REMINDERS_SCOPE, permissionToken({ scope: 'reminders' })) });
  }
  return reply(turn, { speak: joinSpeech(speech.say(`timers:error.reminder.${result.failure}`), speech.say('timers:manual.reminders')), end: true });
}

function spanish(locale: string): boolean {
  return locale.startsWith('es');
}

/**
 * A reminder's hour as it is said: "9 AM" in English; in Spanish "las 9 de la mañana", "la una de la tarde",
 * "las 9 de la noche" (a clock hour is feminine and takes its article; "1 p. m." would be read "las 1").
 */
function spokenHour(time: DateTime, locale: string): string {
  if (!spanish(locale)) return time.setLocale(locale).toFormat('h a');
  const h = time.hour;
  const twelve = h % 12 === 0 ? 12 : h % 12;
  const part = h === 0 || h >= 21 ? 'de la noche' : h < 6 ? 'de la madrugada' : h < 12 ? 'de la mañana' : h === 12 ? 'del mediodía' : 'de la tarde';
  return `${twelve === 1 ? 'la una' : `las ${twelve}`} ${part}`;
}

function describePlan(turn: Turn, plan: ReminderPlan): { times: string; first: string; last: string } {
  const { speech } = turn;
  const locale = speech.locale;
  const today = luxon().DateTime.fromJSDate(turn.now, { zone: plan.timeZone }).startOf('day');
  const hour = (h: number) => spokenHour(today.set({ hour: h }), locale);
  const when = (at: Date) => {
    const time = luxon().DateTime.fromJSDate(at, { zone: plan.timeZone }).setLocale(locale);
    const days = Math.round(time.startOf('day').diff(today, 'days').days);
    const weekday = spanish(locale) ? `el ${time.toFormat('cccc')}` : time.toFormat('cccc');
    const day = days === 0 ? speech.say('timers:reminders.today') : days === 1 ? speech.say('timers:reminders.tomorrow') : weekday;
    return speech.say('timers:reminders.dayAt', { day, time: spokenHour(time, locale) });
  };
  const times = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(plan.hours.map(hour));
  return { times, first: when(plan.first), last: when(plan.last) };
}
