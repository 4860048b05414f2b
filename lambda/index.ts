/**
 * The AWS Lambda entry point. Configuration and the store are read once per cold start; the skill
 * keeps no per-request data outside the request.
 */
import type { Context } from 'aws-lambda';
import { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { readConfig } from './config';
import { createLogger, isSilent } from './logger';
import { createRecordStore } from './persistence';
import { buildSkill } from './kernel/build-skill';
import { scaledClock } from './core/clock';

const config = readConfig();
// One JSON line per request into CloudWatch when in Lambda; silent elsewhere unless LOG_LEVEL asks.
const log = createLogger({ onByDefault: config.inLambda });
// The local console may run time faster (--time-scale); Lambda never does (readConfig ignores it there).
const clock = config.timeScale ? scaledClock(config.timeScale.origin, config.timeScale.scale, Date.now, config.timeScale.start) : undefined;
const store = createRecordStore(config, { clock: clock && (() => clock.now().getTime()) });
// A silent logger gets no request log at all: nothing would be written, so nothing is hashed or timed.
const skill = buildSkill({ store, skillId: config.skillId, log: isSilent(log) ? undefined : log, clock, healthRecords: config.healthRecords });

export async function handler(event: RequestEnvelope, context?: Context): Promise<ResponseEnvelope> {
  return skill.invoke(event, context);
}
