/**
 * The CloudFormation template ASK CLI's cfn-deployer deploys (infrastructure/cfn-deployer/skill-stack.yaml),
 * parsed with CloudFormation's short-form tags, and checked for what the skill needs: the Lambda, its Alexa
 * trigger, the DynamoDB table, a least-privilege role and log retention, wired to each other and to
 * ask-resources.json.
 */
import { TURN_BUDGET_MS } from '../../lambda/kernel/turn-budget';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument, type Tags } from 'yaml';

const ROOT = path.resolve(__dirname, '..', '..');

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** !Ref, !GetAtt, !Sub ... in their long form, as CloudFormation reads them. */
const FUNCTIONS = ['Base64', 'Cidr', 'FindInMap', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub', 'Transform', 'And', 'Equals', 'If', 'Not', 'Or', 'Condition'];
const CFN_TAGS: Tags = [
  { tag: '!Ref', resolve: (value: string) => ({ Ref: value }) },
  { tag: '!GetAtt', resolve: (value: string) => ({ 'Fn::GetAtt': value.split('.') }) },
  ...FUNCTIONS.flatMap((name) => {
    const key = name === 'Condition' ? 'Condition' : `Fn::${name}`;
    return [
      { tag: `!${name}`, resolve: (value: unknown) => ({ [key]: value }) },
      { tag: `!${name}`, collection: 'seq' as const, resolve: (value: { toJSON(): unknown }) => ({ [key]: value.toJSON() }) },
      { tag: `!${name}`, collection: 'map' as const, resolve: (value: { toJSON(): unknown }) => ({ [key]: value.toJSON() }) },
    ];
  }),
];

function loadTemplate(): Json {
  const text = readFileSync(path.join(ROOT, 'infrastructure', 'cfn-deployer', 'skill-stack.yaml'), 'utf8');
  const document = parseDocument(text, { customTags: CFN_TAGS, uniqueKeys: true, prettyErrors: true });
  const problems = [...document.errors, ...document.warnings].map((problem) => problem.message);
  if (problems.length > 0) throw new Error(`skill-stack.yaml: ${problems.join('; ')}`);
  return document.toJSON() as Json;
}

const template = loadTemplate();
const resources = template.Resources as Record<string, { Type: string; Properties: Json; DeletionPolicy?: string; UpdateReplacePolicy?: string }>;
const askResources = JSON.parse(readFileSync(path.join(ROOT, 'ask-resources.json'), 'utf8')) as Json;
const userConfig = askResources.profiles.default.skillInfrastructure.userConfig as Json;

function only(type: string): [string, (typeof resources)[string]] {
  const found = Object.entries(resources).filter(([, resource]) => resource.Type === type);
  expect(found).toHaveLength(1);
  return found[0];
}

const [tableName, table] = only('AWS::DynamoDB::Table');
const [functionName, fn] = only('AWS::Lambda::Function');
const [roleName, role] = only('AWS::IAM::Role');
const [logGroupName, logGroup] = only('AWS::Logs::LogGroup');
const [, trigger] = only('AWS::Lambda::Permission');

describe('skill-stack.yaml', () => {
  it('is a template ask-resources.json points the cfn-deployer at', () => {
    expect(template.AWSTemplateFormatVersion).toBe('2010-09-09');
    expect(askResources.profiles.default.skillInfrastructure.type).toBe('@ask-cli/cfn-deployer');
    expect(path.resolve(ROOT, userConfig.templatePath)).toBe(path.join(ROOT, 'infrastructure', 'cfn-deployer', 'skill-stack.yaml'));
  });

  it('declares the parameters the cfn-deployer passes, and nothing else without a default', () => {
    const passed = ['SkillId', 'LambdaRuntime', 'LambdaHandler', 'CodeBucket', 'CodeKey', 'CodeVersion'];
    for (const name of passed) expect(template.Parameters).toHaveProperty(name);
    for (const [name, parameter] of Object.entries(template.Parameters as Record<string, Json>)) {
      if (!passed.includes(name)) expect(parameter).toHaveProperty('Default');
    }
    expect(template.Parameters.LambdaRuntime.AllowedValues).toEqual(['nodejs20.x', 'nodejs22.x']);
    expect(template.Parameters.LambdaRuntime.AllowedValues).toContain(userConfig.runtime);
    expect(new RegExp(template.Parameters.SkillId.AllowedPattern).test('amzn1.ask.skill.5f0e6a2b-1c3d-4e5f-8a9b-0c1d2e3f4a5b')).toBe(true);
  });

  it('deletes unused records and old tombstones by TTL on expiresAt, the attribute the adapter writes', () => {
    const table = template.Resources[tableName].Properties;
    expect(table.TimeToLiveSpecification).toEqual({ AttributeName: 'expiresAt', Enabled: true });
  });

  it('gives the cfn-deployer the SkillEndpoint output it writes into skill.json', () => {
    expect(template.Outputs.SkillEndpoint.Value).toEqual({ 'Fn::GetAtt': [functionName, 'Arn'] });
  });

  it('creates the Lambda: Node 20 or 22, 256 MB, 7 s, the bundle handler, the table and skill id in its environment', () => {
    const p = fn.Properties;
    expect(p.Runtime).toEqual({ Ref: 'LambdaRuntime' });
    expect(p.Handler).toEqual({ Ref: 'LambdaHandler' });
    expect(userConfig.handler).toBe('index.handler');
    expect(p.MemorySize).toBe(256);
    expect(p.Timeout).toBe(7);
    // The turn's budget must end before Lambda stops the function.
    expect(p.Timeout * 1000).toBeGreaterThan(TURN_BUDGET_MS);
    expect(p.Code).toEqual({ S3Bucket: { Ref: 'CodeBucket' }, S3Key: { Ref: 'CodeKey' }, S3ObjectVersion: { Ref: 'CodeVersion' } });
    expect(p.Role).toEqual({ 'Fn::GetAtt': [roleName, 'Arn'] });
    expect(p.Environment.Variables.SKILL_TABLE).toEqual({ Ref: tableName });
    expect(p.Environment.Variables.SKILL_ID).toEqual({ Ref: 'SkillId' });
    expect(p.LoggingConfig.LogGroup).toEqual({ Ref: logGroupName });
  });

  it("runs the Lambda in the HEALTH_RECORDS mode that packaging wrote into ask-resources.json (skill.json's flags say the same)", () => {
    expect(template.Parameters.HealthRecords).toMatchObject({ Type: 'String', Default: 'consent', AllowedValues: ['off', 'consent'] });
    expect(fn.Properties.Environment.Variables.HEALTH_RECORDS).toEqual({ Ref: 'HealthRecords' });
    expect(template.Parameters.HealthRecords.AllowedValues).toContain(userConfig.cfn.parameters.HealthRecords);
    // Quoted in the file: a YAML 1.1 reader would take a bare off for false.
    const text = readFileSync(path.join(ROOT, 'infrastructure', 'cfn-deployer', 'skill-stack.yaml'), 'utf8');
    expect(text).toContain("AllowedValues: ['off', 'consent']");
  });

  it('lets Alexa invoke it for this skill only (the Alexa Skills Kit trigger)', () => {
    expect(trigger.Properties).toEqual({
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': [functionName, 'Arn'] },
      Principal: 'alexa-appkit.amazon.com',
      EventSourceToken: { Ref: 'SkillId' },
    });
  });

  it('creates the user table on demand, keyed by user id as the store writes it, with point-in-time recovery, kept on delete', () => {
    expect(table.Properties.BillingMode).toBe('PAY_PER_REQUEST');
    expect(table.Properties.KeySchema).toEqual([{ AttributeName: 'id', KeyType: 'HASH' }]);
    expect(table.Properties.AttributeDefinitions).toEqual([{ AttributeName: 'id', AttributeType: 'S' }]);
    expect(table.Properties.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.UpdateReplacePolicy).toBe('Retain');
    // The store's items are { id: { S: userId }, ... }.
    const adapter = readFileSync(path.join(ROOT, 'lambda', 'persistence', 'dynamo-adapter.ts'), 'utf8');
    expect(adapter).toMatch(/return \{ id: \{ S: id \} \};/);
  });

  it('keeps logs for a limited time', () => {
    const retention = logGroup.Properties.RetentionInDays;
    const days = typeof retention === 'number' ? retention : template.Parameters[retention.Ref].Default;
    expect(days).toBeGreaterThan(0);
    expect(days).toBeLessThanOrEqual(365);
  });

  describe('the function role', () => {
    const statements = (role.Properties.Policies as Json[]).flatMap((policy) => policy.PolicyDocument.Statement as Json[]);
    const list = (value: unknown) => (Array.isArray(value) ? value : [value]);

    it('can be taken by Lambda only, and carries no managed policies', () => {
      expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([
        { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
      ]);
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    });

    it('allows only item reads, writes and deletes on its own table, and log writes to its own log group', () => {
      for (const statement of statements) {
        expect(statement.Effect).toBe('Allow');
        const resourcesOf = list(statement.Resource);
        for (const action of list(statement.Action) as string[]) {
          expect(action).not.toContain('*');
          if (action.startsWith('dynamodb:')) expect(resourcesOf).toEqual([{ 'Fn::GetAtt': [tableName, 'Arn'] }]);
          else if (action.startsWith('logs:')) expect(resourcesOf).toEqual([{ 'Fn::GetAtt': [logGroupName, 'Arn'] }]);
          else throw new Error(`unexpected permission ${action}`);
        }
      }
      const actions = statements.flatMap((statement) => list(statement.Action) as string[]).sort();
      expect(actions).toEqual(['dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'logs:CreateLogStream', 'logs:PutLogEvents']);
    });

    it('covers every DynamoDB call the skill makes at run time', () => {
      const adapter = readFileSync(path.join(ROOT, 'lambda', 'persistence', 'dynamo-adapter.ts'), 'utf8');
      const runtimePart = adapter.slice(0, adapter.indexOf('export async function createUserTable')); // table creation is for tests
      const used = [...new Set([...runtimePart.matchAll(/new (\w+)Command\(/g)].map((match) => `dynamodb:${match[1]}`))];
      const allowed = statements.flatMap((statement) => list(statement.Action) as string[]);
      expect(used.length).toBeGreaterThan(0);
      for (const action of used) expect(allowed).toContain(action);
    });
  });

  it('refers only to resources and parameters that exist', () => {
    const known = new Set([...Object.keys(resources), ...Object.keys(template.Parameters), 'AWS::Region', 'AWS::AccountId', 'AWS::Partition', 'AWS::StackName', 'AWS::URLSuffix']);
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        const entry = value as Json;
        if (typeof entry.Ref === 'string') expect(known).toContain(entry.Ref);
        if (Array.isArray(entry['Fn::GetAtt'])) expect(Object.keys(resources)).toContain(entry['Fn::GetAtt'][0]);
        Object.values(entry).forEach(walk);
      }
    };
    walk(template.Resources);
    walk(template.Outputs);
  });
});
