/** The local Alexa API (timers, reminders, time zone): the tests' loopback fake and the console's local Alexa. */
export { LocalAlexa, TIMERS_SCOPE, REMINDERS_SCOPE, MAX_TIMERS_PER_DEVICE } from './server';
export type { AlertEvent, Fault, LocalAlexaOptions, LocalDevice, LocalReminder, LocalTimer, RecordedRequest } from './server';
export { readDeclaredTasks, readSkillName } from './tasks';
export type { DeclaredTask } from './tasks';
