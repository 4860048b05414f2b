/**
 * User records in DynamoDB: item { id: <Alexa user id>, version: N, attributes: M }. The table itself comes
 * from CloudFormation; createUserTable is for tests and local tooling only.
 */
import type { AttributeValue, DynamoDBClient as SdkDynamoDBClient, PutItemCommandInput } from '@aws-sdk/client-dynamodb';
import {
  DeleteItemCommand,
  type DynamoDbClient,
  type DynamoDbClientOptions,
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
  createDynamoDbClient,
} from './dynamo-client';
import { RecordStoreAdapter } from './adapter-base';
import { fromAttributeMap, toAttributeMap } from './attribute-codec';
import {
  StoreTimeoutError,
  UnreadableRecordError,
  VersionConflictError,
  VersionedRecord,
  assertExpectedVersion,
  assertUserId,
  isStoredVersion,
  quarantineTimestamp,
  toStorableAttributes,
} from './record-store';

/** Alexa waits 8 s for the whole answer; one store call may take at most this long, retries included. */
export const DEFAULT_DYNAMO_TIMEOUT_MS = 1000;

export interface DynamoDbPersistenceAdapterOptions {
  tableName: string;
  /** A caller's client is used as given, but every call is still cut off after timeoutMs. */
  client?: DynamoDbClient;
  endpoint?: string;
  region?: string;
  credentials?: DynamoDbClientOptions['credentials'];
  timeoutMs?: number;
}

export class DynamoDbPersistenceAdapter extends RecordStoreAdapter {
  private readonly tableName: string;
  private readonly client: DynamoDbClient;
  private readonly ownsClient: boolean;
  private readonly timeoutMs: number;

  constructor(options: DynamoDbPersistenceAdapterOptions) {
    super();
    if (!options.tableName) throw new Error('tableName is required');
    this.tableName = options.tableName;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_DYNAMO_TIMEOUT_MS;
    this.ownsClient = options.client === undefined;
    this.client = options.client ?? createClient(options);
  }

  async read(userId: string): Promise<VersionedRecord> {
    assertUserId(userId);
    const { Item } = await this.call('GetItem', (abortSignal) =>
      this.client.send(
        new GetItemCommand({ TableName: this.tableName, Key: keyOf(userId), ConsistentRead: true }),
        { abortSignal },
      ),
    );
    return Item ? parseItem(Item) : { attributes: {}, version: 0 };
  }

  async write(userId: string, attributes: Record<string, unknown>, expectedVersion: number): Promise<number> {
    assertUserId(userId);
    assertExpectedVersion(expectedVersion);
    const version = expectedVersion + 1;
    const item = { ...keyOf(userId), version: { N: String(version) }, attributes: { M: toAttributeMap(toStorableAttributes(attributes)) } };
    const condition = expectedVersion === 0 ? NO_RECORD : versionEquals({ N: String(expectedVersion) });
    try {
      await this.call('PutItem', (abortSignal) =>
        this.client.send(new PutItemCommand({ TableName: this.tableName, Item: item, ...condition }), { abortSignal }),
      );
    } catch (error) {
      if (isConditionFailure(error)) {
        throw new VersionConflictError(`record of user changed since version ${expectedVersion}`, { cause: error });
      }
      throw error;
    }
    return version;
  }

  async delete(userId: string): Promise<void> {
    assertUserId(userId);
    await this.call('DeleteItem', (abortSignal) =>
      this.client.send(new DeleteItemCommand({ TableName: this.tableName, Key: keyOf(userId) }), { abortSignal }),
    );
  }

  /**
   * Deletes everything stored about the user: the quarantined copies listed in `<userId>#quarantined`, the record,
   * then the list itself (last, so a purge cut short can be run again and still find the copies).
   */
  async purge(userId: string): Promise<void> {
    assertUserId(userId);
    const indexKey = keyOf(quarantineIndexId(userId));
    const { Item } = await this.call('GetItem', (abortSignal) =>
      this.client.send(new GetItemCommand({ TableName: this.tableName, Key: indexKey, ConsistentRead: true }), {
        abortSignal,
      }),
    );
    const asideIds = (Item?.ids?.SS ?? []).filter((id) => id.startsWith(`${userId}#unreadable#`));
    for (const id of [...asideIds, userId]) {
      await this.call('DeleteItem', (abortSignal) =>
        this.client.send(new DeleteItemCommand({ TableName: this.tableName, Key: keyOf(id) }), { abortSignal }),
      );
    }
    if (Item) {
      await this.call('DeleteItem', (abortSignal) =>
        this.client.send(new DeleteItemCommand({ TableName: this.tableName, Key: indexKey }), { abortSignal }),
      );
    }
  }

  /**
   * Copies the raw item to id `<userId>#unreadable#<timestamp>` (noting that id in `<userId>#quarantined`), then
   * deletes the original if nobody rewrote it meanwhile.
   */
  async quarantine(userId: string): Promise<void> {
    assertUserId(userId);
    const { Item } = await this.call('GetItem', (abortSignal) =>
      this.client.send(
        new GetItemCommand({ TableName: this.tableName, Key: keyOf(userId), ConsistentRead: true }),
        { abortSignal },
      ),
    );
    if (!Item) return;
    const asideId = `${userId}#unreadable#${quarantineTimestamp()}`;
    // Noted before the copy is written, so purge() finds every copy without scanning the table.
    await this.call('UpdateItem', (abortSignal) =>
      this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: keyOf(quarantineIndexId(userId)),
          UpdateExpression: 'ADD #ids :id',
          ExpressionAttributeNames: { '#ids': 'ids' },
          ExpressionAttributeValues: { ':id': { SS: [asideId] } },
        }),
        { abortSignal },
      ),
    );
    await this.call('PutItem', (abortSignal) =>
      this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: { ...Item, ...keyOf(asideId) },
          ...NO_RECORD,
        }),
        { abortSignal },
      ),
    );
    const unchanged = Item.version === undefined ? NO_VERSION : versionEquals(Item.version);
    try {
      await this.call('DeleteItem', (abortSignal) =>
        this.client.send(new DeleteItemCommand({ TableName: this.tableName, Key: keyOf(userId), ...unchanged }), {
          abortSignal,
        }),
      );
    } catch (error) {
      if (isConditionFailure(error)) {
        throw new VersionConflictError('record changed while being quarantined; a copy was kept', { cause: error });
      }
      throw error;
    }
  }

  /** Releases the sockets of a client this adapter created; a caller's client stays the caller's. */
  destroy(): void {
    if (this.ownsClient) this.client.destroy();
  }

  /** Runs one SDK call under a hard deadline: a store that hangs must not hold the skill's answer. */
  private async call<T>(operation: string, run: (abortSignal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      return await run(controller.signal);
    } catch (error) {
      if (controller.signal.aborted) {
        throw new StoreTimeoutError(`DynamoDB ${operation} gave no answer within ${this.timeoutMs} ms`, { cause: error });
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * Tests and local tooling only: production tables come from CloudFormation. Waits until the table is ACTIVE. Takes
 * an AWS SDK client, and loads the SDK here, so the Lambda bundle never carries it.
 */
export async function createUserTable(client: SdkDynamoDBClient, tableName: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { CreateTableCommand, DescribeTableCommand } = require('@aws-sdk/client-dynamodb') as typeof import('@aws-sdk/client-dynamodb');
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    }),
  );
  const deadline = Date.now() + 60_000;
  for (let delayMs = 20; ; delayMs = Math.min(delayMs * 2, 2000)) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === 'ACTIVE') return;
    if (Date.now() > deadline) throw new Error(`table ${tableName} is still ${Table?.TableStatus ?? 'missing'}`);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
  }
}

function createClient(options: DynamoDbPersistenceAdapterOptions): DynamoDbClient {
  return createDynamoDbClient({
    region: options.region,
    endpoint: options.endpoint,
    credentials: options.credentials,
    // One quick retry for a dropped connection or a throttled call; the per-call deadline bounds the total anyway.
    maxAttempts: 2,
  });
}

type Condition = Pick<PutItemCommandInput, 'ConditionExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'>;

const NO_RECORD: Condition = { ConditionExpression: 'attribute_not_exists(#id)', ExpressionAttributeNames: { '#id': 'id' } };
const NO_VERSION: Condition = {
  ConditionExpression: 'attribute_not_exists(#version)',
  ExpressionAttributeNames: { '#version': 'version' },
};

function versionEquals(version: AttributeValue): Condition {
  return {
    ConditionExpression: '#version = :version',
    ExpressionAttributeNames: { '#version': 'version' },
    ExpressionAttributeValues: { ':version': version },
  };
}

/** Alexa user ids never contain '#', so these ids cannot be anyone's record. */
function quarantineIndexId(userId: string): string {
  return `${userId}#quarantined`;
}

function keyOf(id: string): { id: AttributeValue } {
  return { id: { S: id } };
}

function parseItem(item: Record<string, AttributeValue>): VersionedRecord {
  const raw = JSON.stringify(item);
  const version = item.version?.N === undefined ? undefined : Number(item.version.N);
  if (!isStoredVersion(version)) throw new UnreadableRecordError('stored record has no valid version', raw);
  const stored = item.attributes?.M;
  if (stored === undefined) throw new UnreadableRecordError('stored record has no attributes map', raw);
  try {
    return { attributes: fromAttributeMap(stored), version };
  } catch (error) {
    throw new UnreadableRecordError('stored attributes are not JSON data', raw, { cause: error });
  }
}

function isConditionFailure(error: unknown): boolean {
  // By name, not instanceof: a caller's client may come from another copy of the SDK.
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}
