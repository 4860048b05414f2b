/** Assembles the skill from its handlers and its injected parts (store, clock, Alexa API client). */
import { SkillBuilders, RequestHandler, Skill } from 'ask-sdk-core';
import { services } from 'ask-sdk-model';
import { Clock, systemClock } from '../core/clock';
import { TimeoutApiClient } from '../alexa/api-client';
import { VariantPicker } from '../speech/i18n';
import { loadTurnInterceptor, saveTurnInterceptor } from './interceptors';
import { SkillStore } from './user-store';
import { RedFlagHandler } from '../handlers/red-flag';
import { LaunchHandler } from '../handlers/launch';
import { SessionTaskHandler } from '../handlers/session-task';
import { RoutineLaunchHandler } from '../handlers/routine-launch';
import { PermissionResponseHandler } from '../handlers/permission-response';
import { StartSessionHandler } from '../handlers/start-session';
import { TimerAnswerHandler } from '../handlers/timer-answer';
import { TimeLeftHandler } from '../handlers/time-left';
import { PauseTimerHandler } from '../handlers/pause-timer';
import { ResumeTimerHandler } from '../handlers/resume-timer';
import { CancelTimerHandler } from '../handlers/cancel-timer';
import { SessionOffHandler } from '../handlers/session-off';
import { SessionCountHandler } from '../handlers/session-count';
import { SetOnsetHandler } from '../handlers/set-onset';
import { StretchPainHandler } from '../handlers/stretch-pain';
import { StartStretchHandler } from '../handlers/stretch-start';
import { StretchNavigationHandler } from '../handlers/stretch-navigation';
import { StretchPauseHandler } from '../handlers/stretch-pause';
import { StretchPaceHandler } from '../handlers/stretch-pace';
import { StretchProgressHandler } from '../handlers/stretch-progress';
import { StretchOsteoporosisHandler } from '../handlers/stretch-osteoporosis';
import { PainReportHandler } from '../handlers/pain-report';
import { CareQuestionHandler } from '../handlers/care-question';
import { SeeDoctorHandler } from '../handlers/see-doctor';
import { SafetyCheckHandler } from '../handlers/safety-check';
import { PhaseStatusHandler } from '../handlers/phase-status';
import { YesHandler } from '../handlers/yes';
import { NoHandler } from '../handlers/no';
import { HelpHandler } from '../handlers/help';
import { StopHandler } from '../handlers/stop';
import { RepeatHandler } from '../handlers/repeat';
import { SessionEndedHandler } from '../handlers/session-ended';
import { FallbackHandler } from '../handlers/fallback';
import { SkillErrorHandler } from '../handlers/error';
import { CanFulfillHandler } from '../handlers/can-fulfill';
import { skillDisabledHandler } from '../handlers/skill-disabled';
import { LogSink, withRequestLog } from './request-log';

export interface SkillDeps {
  store: SkillStore;
  clock?: Clock;
  skillId?: string;
  apiClient?: services.ApiClient;
  pickVariant?: VariantPicker;
  /** One structured line per request; no logging without it. */
  log?: LogSink;
}

/** In order: red flags first (they interrupt anything), the catch-all fallback last. */
export const REQUEST_HANDLERS: readonly RequestHandler[] = [
  RedFlagHandler,
  // Ice and heat sessions on Alexa timers: a task launch and a launch that picks the routine up come before the
  // ordinary launch; the routine's yes/no answers before the general ones.
  SessionTaskHandler,
  RoutineLaunchHandler,
  PermissionResponseHandler,
  StartSessionHandler,
  TimerAnswerHandler,
  TimeLeftHandler,
  PauseTimerHandler,
  ResumeTimerHandler,
  CancelTimerHandler,
  SessionOffHandler,
  SessionCountHandler,
  LaunchHandler,
  SetOnsetHandler,
  // Guided stretching: pain inside a routine before the general pain handler; navigation, pause and the answers
  // to the routine's questions before the general yes/no (stop, help and repeat check for a routine themselves).
  StretchPainHandler,
  StartStretchHandler,
  StretchNavigationHandler,
  StretchPauseHandler,
  StretchPaceHandler,
  StretchProgressHandler,
  StretchOsteoporosisHandler,
  PainReportHandler,
  CareQuestionHandler,
  SeeDoctorHandler,
  SafetyCheckHandler,
  PhaseStatusHandler,
  YesHandler,
  NoHandler,
  HelpHandler,
  StopHandler,
  RepeatHandler,
  SessionEndedHandler,
  FallbackHandler,
];

export function buildSkill(deps: SkillDeps): Skill {
  const turnDeps = { store: deps.store, clock: deps.clock ?? systemClock, pickVariant: deps.pickVariant };
  const builder = SkillBuilders.custom()
    // Requests outside a conversation (no turn is loaded for them) come first: no other handler takes them.
    .addRequestHandlers(CanFulfillHandler, skillDisabledHandler(deps.store))
    .addRequestHandlers(...REQUEST_HANDLERS)
    .addRequestInterceptors(loadTurnInterceptor(turnDeps))
    .addResponseInterceptors(saveTurnInterceptor(turnDeps))
    .addErrorHandlers(SkillErrorHandler)
    .withApiClient(deps.apiClient ?? new TimeoutApiClient());
  if (deps.skillId) builder.withSkillId(deps.skillId);
  const skill = builder.create();
  return deps.log ? withRequestLog(skill, deps.log) : skill;
}
