/**
 * The AWS Lambda entry point. Configuration and the store are read once per cold start; the skill
 * keeps no per-request data outside the request.
 */
import type { Context } from 'aws-lambda';
import { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { readConfig } from './config';
import { createRecordStore } from './persistence';
import { buildSkill } from './skill/build-skill';

const config = readConfig();
const skill = buildSkill({ store: createRecordStore(config), skillId: config.skillId });

export async function handler(event: RequestEnvelope, context?: Context): Promise<ResponseEnvelope> {
  return skill.invoke(event, context);
}
