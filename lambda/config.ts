/** Runtime configuration, read once from the environment at cold start. */

/**
 * HEALTH_RECORDS: whether health details (onset, pain scores, care sessions) may outlive a session. `consent` (the
 * default): only after the user agrees; `off`: never. Packaging declares the same mode in skill.json
 * (scripts/health-records.js, held to this reader by test/deploy/health-records.test.ts).
 */
export type HealthRecords = 'off' | 'consent';
export const HEALTH_RECORDS_MODES: readonly HealthRecords[] = ['off', 'consent'];
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
  /** What may be kept of the user's health (HEALTH_RECORDS). */
  healthRecords: HealthRecords;
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
    healthRecords: parseHealthRecords(env.HEALTH_RECORDS) ?? 'consent',
  };
  const scale = Number(nonEmpty(env.SKILL_TIME_SCALE));
  const origin = Number(nonEmpty(env.SKILL_TIME_ORIGIN));
  if (!inLambda && Number.isFinite(scale) && scale > 0 && scale !== 1 && Number.isFinite(origin)) config.timeScale = { scale, origin };
  return config;
}

/** Unset or blank: undefined. Any other value that is not a mode is an error, never a silent default. */
export function parseHealthRecords(value: string | undefined): HealthRecords | undefined {
  const text = nonEmpty(value)?.toLowerCase();
  if (text === undefined) return undefined;
  const mode = HEALTH_RECORDS_MODES.find((candidate) => candidate === text);
  if (!mode) throw new Error(`HEALTH_RECORDS must be one of ${HEALTH_RECORDS_MODES.join(', ')}, not "${value}"`);
  return mode;
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
