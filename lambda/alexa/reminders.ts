/**
 * Reminders for the next ice sessions, through the Reminders API (ReminderManagementServiceClient), with the same
 * timeouts and typed results as the timers. A reminder is read aloud to whoever is in the room, so its text is
 * neutral: no health detail.
 */
import { HandlerInput } from 'ask-sdk-core';
import { services } from 'ask-sdk-model';
import { ReminderPlan } from '../core/ice-plan';
import { AlertResult, alertCall } from './alerts';

export const REMINDERS_SCOPE = 'alexa::alerts:reminders:skill:readwrite';

/** One recurring reminder: at each of the plan's hours, every day from its first to its last reminder. */
export function reminderRequest(plan: ReminderPlan, requestTime: string, locale: string, text: string): services.reminderManagement.ReminderRequest {
  return {
    requestTime,
    trigger: {
      type: 'SCHEDULED_ABSOLUTE',
      timeZoneId: plan.timeZone,
      recurrence: { startDateTime: plan.startLocal, endDateTime: plan.endLocal, recurrenceRules: plan.rules },
    },
    alertInfo: { spokenInfo: { content: [{ locale, text }] } },
    pushNotification: { status: 'ENABLED' },
  };
}

export async function createReminder(
  input: HandlerInput,
  request: services.reminderManagement.ReminderRequest,
): Promise<AlertResult<{ alertToken?: string }>> {
  const result = await alertCall(input, () => client(input).createReminder(request));
  if (!result.ok) return result;
  const token = result.value?.alertToken;
  return { ok: true, value: typeof token === 'string' && token ? { alertToken: token } : {} };
}

export async function deleteReminder(input: HandlerInput, alertToken: string): Promise<AlertResult<void>> {
  return alertCall(input, () => client(input).deleteReminder(alertToken));
}

function client(input: HandlerInput): services.reminderManagement.ReminderManagementServiceClient {
  if (!input.serviceClientFactory) throw new Error('No service client factory');
  return input.serviceClientFactory.getReminderManagementServiceClient();
}
