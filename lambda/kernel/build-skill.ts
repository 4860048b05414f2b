/** Assembles the skill from its handlers and its injected parts (store, clock, Alexa API client). */
import { SkillBuilders, RequestHandler, Skill } from 'ask-sdk-core';
import { Clock, systemClock } from '../core/clock';
import { alexaServicesInterceptor, TimeoutApiClient } from '../alexa/api-client';
import { VariantPicker } from '../speech/i18n';
import { loadTurnInterceptor, saveTurnInterceptor } from './interceptors';
import { SkillStore } from './user-store';
import { MonotonicClock, startRequestBudget } from './turn-budget';
import { screenEnvelope } from './envelope-guard';
import { SkillEventAcknowledger } from './handlers/skill-events';
import { DEFAULT_HEALTH_RECORDS } from '../core/health-details';
import type { HealthRecords } from '../config';
import { healthGuardedStore } from './health-boundary';
import { MisheardHandler } from '../features/safety/handlers/misheard';
import { ScaredHandler } from '../features/safety/handlers/scared';
import { RedFlagHandler } from '../features/safety/handlers/red-flag';
import { LaunchHandler } from '../features/onboarding/handlers/launch';
import { SessionTaskHandler } from '../features/ice-heat/handlers/session-task';
import { RoutineLaunchHandler } from '../features/ice-heat/handlers/routine-launch';
import { PermissionResponseHandler } from '../features/ice-heat/handlers/permission-response';
import { StartSessionHandler } from '../features/ice-heat/handlers/start-session';
import { CautionsHandler } from '../features/ice-heat/handlers/cautions';
import { TimeLeftHandler } from '../features/ice-heat/handlers/time-left';
import { PauseTimerHandler } from '../features/ice-heat/handlers/pause-timer';
import { ResumeTimerHandler } from '../features/ice-heat/handlers/resume-timer';
import { CancelTimerHandler } from '../features/ice-heat/handlers/cancel-timer';
import { SessionOffHandler } from '../features/ice-heat/handlers/session-off';
import { SessionCountHandler } from '../features/ice-heat/handlers/session-count';
import { StretchPainHandler } from '../features/stretching/handlers/stretch-pain';
import { StartStretchHandler } from '../features/stretching/handlers/stretch-start';
import { StretchNavigationHandler } from '../features/stretching/handlers/stretch-navigation';
import { StretchPauseHandler } from '../features/stretching/handlers/stretch-pause';
import { StretchPaceHandler } from '../features/stretching/handlers/stretch-pace';
import { StretchProgressHandler } from '../features/stretching/handlers/stretch-progress';
import { ProgressHandler } from '../features/pain/handlers/progress';
import { StretchOsteoporosisHandler } from '../features/stretching/handlers/stretch-osteoporosis';
import { CareQuestionHandler } from '../features/advice/handlers/care-question';
import { SeeDoctorHandler } from '../features/advice/handlers/see-doctor';
import { GetUpHandler } from '../features/advice/handlers/get-up';
import { SafetyCheckHandler } from '../features/safety/handlers/safety-check';
import { PhaseStatusHandler } from '../features/onboarding/handlers/phase-status';
import { answerHandler } from './handlers/answer';
import { HelpHandler } from './handlers/help';
import { StopHandler } from './handlers/stop';
import { RepeatHandler } from './handlers/repeat';
import { SessionEndedHandler } from './handlers/session-ended';
import { fallbackHandler } from './handlers/fallback';
import { questionRegistry } from '../features/registry';
import { QuestionRegistry } from './questions';
import { SkillErrorHandler } from './handlers/error';
import { CanFulfillHandler } from '../features/onboarding/handlers/can-fulfill';
import { skillDisabledHandler } from '../features/onboarding/handlers/skill-disabled';
import { ForgetMeHandler } from '../features/onboarding/handlers/forget-me';
import { LogSink, withRequestLog } from './request-log';

export interface SkillDeps {
  store: SkillStore;
  clock?: Clock;
  skillId?: string;
  /** Every Alexa API call of a turn goes through it, bound to the turn's budget. */
  apiClient?: TimeoutApiClient;
  pickVariant?: VariantPicker;
  /** HEALTH_RECORDS: whether health details are kept with consent (the default) or never. */
  healthRecords?: HealthRecords;
  /** One structured line per request; no logging without it. */
  log?: LogSink;
  /** The whole turn's time budget (TURN_BUDGET_MS unless given), shared by every store and Alexa API call. */
  budgetMs?: number;
  /** The monotonic clock the budget counts on (performance.now unless given). */
  budgetClock?: MonotonicClock;
}

/**
 * Every request is screened (envelope-guard), then runs under one budget, from its first line (the request log's)
 * to its answer. The budget is keyed by the envelope the skill runs on, a copy of the caller's top level made for
 * this invocation, so two requests never share one, even when a caller sends the same envelope object twice at
 * once. The request log and the error handler see that same envelope, so a handled error reaches its log line.
 */
function withTurnBudget(skill: Skill, budgetMs?: number, budgetClock?: MonotonicClock): Skill {
  const invoke = skill.invoke.bind(skill);
  skill.invoke = (envelope, context) => {
    const screened = screenEnvelope(envelope);
    // Anything but an object is left to the SDK, which refuses it with a clear error of its own.
    if (typeof screened !== 'object' || screened === null) return invoke(screened, context);
    const own = { ...screened };
    startRequestBudget(own, budgetMs, budgetClock);
    return invoke(own, context);
  };
  return skill;
}

/**
 * Red flags first (they interrupt anything, whatever question is open), the catch-all fallback last. In between,
 * no two handlers take the same request: every answer ("yes", "no", "not sure", a number, a date) goes to the one
 * answer handler, which asks the question registry what it means for the question pending.
 */
export function requestHandlers(questions: QuestionRegistry): readonly RequestHandler[] {
  return [
  RedFlagHandler,
  MisheardHandler,
  ForgetMeHandler,
  // Ice and heat sessions on Alexa timers: a task launch and a launch that picks the routine up come before the
  // ordinary launch.
  SessionTaskHandler,
  RoutineLaunchHandler,
  PermissionResponseHandler,
  StartSessionHandler,
  TimeLeftHandler,
  PauseTimerHandler,
  ResumeTimerHandler,
  CancelTimerHandler,
  SessionOffHandler,
  SessionCountHandler,
  CautionsHandler,
  LaunchHandler,
  answerHandler(questions),
  StretchPainHandler,
  StartStretchHandler,
  StretchNavigationHandler,
  StretchPauseHandler,
  StretchPaceHandler,
  StretchProgressHandler,
  StretchOsteoporosisHandler,
  ProgressHandler,
  CareQuestionHandler,
  SeeDoctorHandler,
  GetUpHandler,
  SafetyCheckHandler,
  ScaredHandler,
  PhaseStatusHandler,
  HelpHandler,
  StopHandler,
  RepeatHandler,
  SessionEndedHandler,
  fallbackHandler(questions),
  ];
}

export function buildSkill(deps: SkillDeps): Skill {
  const healthRecords = deps.healthRecords ?? DEFAULT_HEALTH_RECORDS;
  // Every write of the skill goes through the health boundary: health details are stored only with consent.
  const store = healthGuardedStore(deps.store, healthRecords);
  const turnDeps = { store, clock: deps.clock ?? systemClock, pickVariant: deps.pickVariant, healthRecords };
  const builder = SkillBuilders.custom()
    // Requests outside a conversation (no turn is loaded for them) come first: no other handler takes them.
    .addRequestHandlers(CanFulfillHandler, skillDisabledHandler(store), SkillEventAcknowledger)
    // The question registry's privacy answers delete through the store: it is made with it.
    .addRequestHandlers(...requestHandlers(questionRegistry(store)))
    // Each request's Alexa API client is bound to its budget (so no client is given to ASK for all requests).
    .addRequestInterceptors(alexaServicesInterceptor(deps.apiClient ?? new TimeoutApiClient()), loadTurnInterceptor(turnDeps))
    .addResponseInterceptors(saveTurnInterceptor(turnDeps))
    .addErrorHandlers(SkillErrorHandler);
  if (deps.skillId) builder.withSkillId(deps.skillId);
  const skill = builder.create();
  return withTurnBudget(deps.log ? withRequestLog(skill, deps.log) : skill, deps.budgetMs, deps.budgetClock);
}
