/**
 * The few DynamoDB calls the user store makes, sent with aws-lite (`@aws-lite/client`) in its raw mode: the item
 * goes out and comes back as DynamoDB's own AttributeValue JSON (no marshalling by the client; attribute-codec
 * does that, strictly), signed with SigV4, with retries and an abort signal that really closes the connection.
 *
 * Why aws-lite and not the AWS SDK v3 client: a fresh Node process that loads the client and reads one item from
 * dynalite spends about 60 ms of CPU with aws-lite against about 145 ms with `@aws-sdk/client-dynamodb`, bundled
 * and minified or loaded from node_modules as Lambda's runtime copy is, and it adds 91 KB to the bundle against
 * 528 KB (`npm run bench` measures all three; README, performance).
 */
import awsLite from '@aws-lite/client';
import type { AttributeValue, DeleteItemCommandInput, GetItemCommandInput, PutItemCommandInput, UpdateItemCommandInput } from '@aws-sdk/client-dynamodb';

export type Item = Record<string, AttributeValue>;

/**
 * One call, shaped like the SDK's command of the same name (the adapter reads as it would on the SDK): the
 * operation's name and its input, and, as a type, what the store reads from its answer.
 */
abstract class DynamoCommand<Input, Output> {
  abstract readonly operation: string;
  declare readonly output: Output;
  constructor(readonly input: Input) {}
}

export class GetItemCommand extends DynamoCommand<GetItemCommandInput, { Item?: Item }> {
  readonly operation = 'GetItem';
}
export class PutItemCommand extends DynamoCommand<PutItemCommandInput, object> {
  readonly operation = 'PutItem';
}
export class DeleteItemCommand extends DynamoCommand<DeleteItemCommandInput, object> {
  readonly operation = 'DeleteItem';
}
export class UpdateItemCommand extends DynamoCommand<UpdateItemCommandInput, object> {
  readonly operation = 'UpdateItem';
}

export type AnyDynamoCommand = GetItemCommand | PutItemCommand | DeleteItemCommand | UpdateItemCommand;

export interface DynamoDbClient {
  send<C extends AnyDynamoCommand>(command: C, options?: { abortSignal?: AbortSignal }): Promise<C['output']>;
  /** Nothing to release today (idle keep-alive sockets do not hold the process open); kept for callers that say they are done. */
  destroy(): void;
}

export interface DynamoDbClientOptions {
  /** A DynamoDB-compatible server (dynalite, DynamoDB Local); the real service's endpoint otherwise. */
  endpoint?: string;
  /** Else AWS_REGION, as Lambda sets it. */
  region?: string;
  /** Else the environment's (Lambda's role), as aws-lite looks them up. */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** Attempts per call, the first included; the caller's abort signal bounds them all. */
  maxAttempts?: number;
}

/** A failed DynamoDB call, named as DynamoDB names its errors (ConditionalCheckFailedException, ...). */
export class DynamoDbError extends Error {
  readonly statusCode?: number;
  constructor(name: string, message: string, statusCode: number | undefined, options?: ErrorOptions) {
    super(message, options);
    this.name = name;
    this.statusCode = statusCode;
  }
}

type AwsLiteClient = Awaited<ReturnType<typeof awsLite>>;

/** DynamoDB's JSON protocol: every call is a POST to / naming its operation in a header. */
const TARGET_PREFIX = 'DynamoDB_20120810.';
const CONTENT_TYPE = 'application/x-amz-json-1.0';

export function createDynamoDbClient(options: DynamoDbClientOptions = {}): DynamoDbClient {
  let client: Promise<AwsLiteClient> | undefined;
  // aws-lite's set-up is asynchronous (it may look credentials up); done once, on the first call.
  const ready = (): Promise<AwsLiteClient> =>
    (client ??= awsLite({
      region: options.region,
      endpoint: options.endpoint,
      ...options.credentials,
      retries: (options.maxAttempts ?? 2) - 1,
      keepAlive: true,
      // DynamoDB answers in application/x-amz-json-1.0, which aws-lite would try to unmarshall; items stay raw here.
      responseContentType: 'application/json',
    }).catch((error: unknown) => {
      client = undefined; // a failed set-up (no region, no credentials) is tried again on the next call
      throw error;
    }));
  return {
    async send(command, { abortSignal } = {}) {
      const { operation, input } = command;
      const aws = await ready();
      abortSignal?.throwIfAborted();
      try {
        const request = {
          service: 'dynamodb',
          path: '/',
          headers: { 'X-Amz-Target': TARGET_PREFIX + operation, 'content-type': CONTENT_TYPE },
          awsjson: false,
          payload: input,
          // Not in aws-lite's types: it hands its request options to Node's http.request, which aborts on this signal
          // (test/persistence/dynamo-adapter.test.ts checks the connection really closes).
          signal: abortSignal,
        };
        const { payload } = await aws(request as Parameters<AwsLiteClient>[0]);
        return (payload ?? {}) as typeof command.output;
      } catch (error) {
        throw toDynamoDbError(operation, error);
      }
    },
    destroy() {},
  };
}

/** aws-lite names an AWS error by its full type ("com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException"). */
function toDynamoDbError(operation: string, error: unknown): Error {
  if (!(error instanceof Error)) return new DynamoDbError('DynamoDbError', `DynamoDB ${operation} failed`, undefined, { cause: error });
  const details = error as Error & { statusCode?: unknown; __type?: unknown; code?: unknown };
  const statusCode = typeof details.statusCode === 'number' ? details.statusCode : undefined;
  const type = typeof details.__type === 'string' ? details.__type : undefined;
  if (statusCode === undefined && type === undefined) return error; // no answer from DynamoDB: a network error, an abort
  const name = (type ?? error.name).split('#').pop() || 'DynamoDbError';
  return new DynamoDbError(name, `DynamoDB ${operation}: ${error.message.replace(/^@aws-lite\/client: \S+: /, '')}`, statusCode, { cause: error });
}
