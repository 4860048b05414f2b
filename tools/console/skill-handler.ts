/** Loads the bundled Lambda (lambda/dist/index.js) and calls it as Lambda would. */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Context } from 'aws-lambda';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';

export type SkillInvoke = (envelope: RequestEnvelope) => Promise<ResponseEnvelope>;

/** Alexa waits 8 s for an answer; the fake context counts down from that. */
const DEADLINE_MS = 8000;

export function loadBundledSkill(bundlePath: string): SkillInvoke {
  if (!existsSync(bundlePath)) throw new Error(`${bundlePath} does not exist: run "npm run bundle" first`);
  // The bundle is CommonJS; requiring it runs the skill's cold start (configuration, store).
  const loaded: unknown = require(bundlePath);
  const handler = typeof loaded === 'object' && loaded !== null && 'handler' in loaded ? loaded.handler : undefined;
  if (typeof handler !== 'function') throw new Error(`${bundlePath} does not export handler(event, context)`);
  return async (envelope) => {
    const result: unknown = await handler(envelope, lambdaContext());
    if (typeof result !== 'object' || result === null || !('response' in result)) {
      throw new Error('The skill answered without a response envelope');
    }
    return result as ResponseEnvelope;
  };
}

function lambdaContext(): Context {
  const started = Date.now();
  const fail = (): never => {
    throw new Error('The skill called a callback-style Lambda context method');
  };
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: 'back-relief-coach-local',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:back-relief-coach-local',
    memoryLimitInMB: '256',
    awsRequestId: randomUUID(),
    logGroupName: '/aws/lambda/back-relief-coach-local',
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, DEADLINE_MS - (Date.now() - started)),
    done: fail,
    fail,
    succeed: fail,
  };
}
