/** Runtime configuration, read once from the environment at cold start. */
import { DEFAULT_HEALTH_RECORDS, HEALTH_RECORDS_MODES, HealthRecordsMode } from './core/health-details';

export interface SkillConfig {
  /** When set, every request's applicationId must match (ASK's withSkillId). Required in Lambda. */
  skillId?: string;
  /** DynamoDB table for user data; production storage. */
  table?: string;
  /** Optional endpoint for a DynamoDB-compatible server (dynalite, DynamoDB Local). */
  dynamoEndpoint?: string;
  /** Folder of the embedded local store, used when no table is configured. */
  dataDir: string;
  /** True inside AWS Lambda, where a missing table is a deployment error, never a silent fallback. */
  inLambda: boolean;
  /** The local console's compressed time (SKILL_TIME_SCALE, SKILL_TIME_ORIGIN); never in Lambda. */
  timeScale?: { scale: number; origin: number };
  /** HEALTH_RECORDS: `consent` (the default) keeps health details once the user agrees; `off` never keeps them.
   * readConfig always sets it; absent (a config built by hand) means the default. */
  healthRecords?: HealthRecordsMode;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): SkillConfig {
  const inLambda = Boolean(env.AWS_LAMBDA_FUNCTION_NAME);
  const table = nonEmpty(env.SKILL_TABLE);
  if (inLambda && !table) {
    throw new Error('SKILL_TABLE must name the DynamoDB table when running in AWS Lambda');
  }
  const skillId = nonEmpty(env.SKILL_ID);
  if (inLambda && !skillId) {
    // Without it any skill's requests would be served; the CloudFormation template always sets it.
    throw new Error('SKILL_ID must name the skill when running in AWS Lambda');
  }
  const config: SkillConfig = {
    skillId,
    table,
    dynamoEndpoint: nonEmpty(env.DYNAMODB_ENDPOINT),
    dataDir: nonEmpty(env.SKILL_DATA_DIR) ?? '.skill-data',
    inLambda,
    healthRecords: readHealthRecords(env.HEALTH_RECORDS),
  };
  const scale = Number(nonEmpty(env.SKILL_TIME_SCALE));
  const origin = Number(nonEmpty(env.SKILL_TIME_ORIGIN));
  if (!inLambda && Number.isFinite(scale) && scale > 0 && scale !== 1 && Number.isFinite(origin)) config.timeScale = { scale, origin };
  return config;
}

/** A mistyped mode is a deployment error: guessing either way could keep what was meant not to be kept. */
function readHealthRecords(raw: string | undefined): HealthRecordsMode {
  const value = nonEmpty(raw)?.toLowerCase();
  if (value === undefined) return DEFAULT_HEALTH_RECORDS;
  if ((HEALTH_RECORDS_MODES as readonly string[]).includes(value)) return value as HealthRecordsMode;
  throw new Error(`HEALTH_RECORDS must be one of ${HEALTH_RECORDS_MODES.join(', ')}, got "${raw}"`);
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
