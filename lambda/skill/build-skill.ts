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
import { SetOnsetHandler } from '../handlers/set-onset';
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

export interface SkillDeps {
  store: SkillStore;
  clock?: Clock;
  skillId?: string;
  apiClient?: services.ApiClient;
  pickVariant?: VariantPicker;
}

/** In order: red flags first (they interrupt anything), the catch-all fallback last. */
export const REQUEST_HANDLERS: readonly RequestHandler[] = [
  RedFlagHandler,
  LaunchHandler,
  SetOnsetHandler,
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
    .addRequestHandlers(...REQUEST_HANDLERS)
    .addRequestInterceptors(loadTurnInterceptor(turnDeps))
    .addResponseInterceptors(saveTurnInterceptor(turnDeps))
    .addErrorHandlers(SkillErrorHandler)
    .withApiClient(deps.apiClient ?? new TimeoutApiClient());
  if (deps.skillId) builder.withSkillId(deps.skillId);
  return builder.create();
}
