/** Runtime configuration, read once from the environment at cold start. */
export interface SkillConfig {
  /** When set, every request's applicationId must match (ASK's withSkillId). */
  skillId?: string;
  /** DynamoDB table for user data; production storage. */
  table?: string;
  /** Optional endpoint for a DynamoDB-compatible server (dynalite, DynamoDB Local). */
  dynamoEndpoint?: string;
  /** Folder of the embedded local store, used when no table is configured. */
  dataDir: string;
  /** True inside AWS Lambda, where a missing table is a deployment error, never a silent fallback. */
  inLambda: boolean;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): SkillConfig {
  const inLambda = Boolean(env.AWS_LAMBDA_FUNCTION_NAME);
  const table = nonEmpty(env.SKILL_TABLE);
  if (inLambda && !table) {
    throw new Error('SKILL_TABLE must name the DynamoDB table when running in AWS Lambda');
  }
  return {
    skillId: nonEmpty(env.SKILL_ID),
    table,
    dynamoEndpoint: nonEmpty(env.DYNAMODB_ENDPOINT),
    dataDir: nonEmpty(env.SKILL_DATA_DIR) ?? '.skill-data',
    inLambda,
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
