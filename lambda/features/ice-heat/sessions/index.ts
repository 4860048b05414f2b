/**
 * The ice and heat routine on Alexa timers: the steps the handlers share. A session runs on an Alexa timer while
 * the skill's session is closed (a response holds at most 240 s of audio); its end comes back as a task launch
 * (LAUNCH_TASK) or, where that is not possible, as an announcement, and the next launch picks the routine up.
 *
 * The record (core/ice-plan) keeps the timer ids, because the end of a timer arrives in a new session; the
 * timer's own state is read before the record is trusted, since the user can cancel it outside the skill.
 */
export * from './common';
export * from './start';
export * from './switch';
export * from './permission';
export * from './timer-state';
export * from './session-end';
export * from './reminders';
export * from './controls';
export * from './pick-up';
export * from './task-input';
export * from './leftover-timers';
