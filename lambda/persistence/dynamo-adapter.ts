/**
 * User records in DynamoDB, keyed as keys.ts says (never by the user id itself):
 *   record     { id: <keyed hash>, version: N, attributes: M, expiresAt: N }
 *   tombstone  { id: <keyed hash>, version: N, deletedAt: N, expiresAt: N }   (the user's data was deleted)
 *   set aside  { id: aside#<keyed hash>#<stamp>, ...the unreadable item as it was, expiresAt }
 *   their list { id: asides#<keyed hash>, ids: SS, expiresAt }
 *   hash key   { id: meta#user-key, key: S }                                  (created on first use, kept)
 * expiresAt (epoch seconds) is the table's TTL attribute: a record nobody wrote for 60 days, and a tombstone after
 * a day, are deleted by DynamoDB; until then reads treat them as gone. The table itself comes from
 * CloudFormation; createUserTable is for tests and local tooling only.
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
import { remainingOr, TurnBudget } from '../kernel/turn-budget';
import { RecordStoreAdapter } from './adapter-base';
import { fromAttributeMap, toAttributeMap } from './attribute-codec';
import { asideIndexKey, asideKey, HASH_KEY_ITEM, newHashKey, recordKey } from './keys';
import {
  StoreClock,
  StoreTimeoutError,
  UnreadableRecordError,
  VersionConflictError,
  VersionedRecord,
  assertExpectedVersion,
  assertUserId,
  isRefreshDue,
  isStoredVersion,
  quarantineTimestamp,
  recordExpiry,
  toStorableAttributes,
  tombstoneExpiry,
} from './record-store';

/** Outside a turn (tools, tests), one store call may take at most this long, retries included. */
export const DEFAULT_DYNAMO_TIMEOUT_MS = 1000;

export interface DynamoDbPersistenceAdapterOptions {
  tableName: string;
  /** A caller's client is used as given, but every call is still cut off at its allowance. */
  client?: DynamoDbClient;
  endpoint?: string;
  region?: string;
  credentials?: DynamoDbClientOptions['credentials'];
  /** A call's limit outside a turn; inside one, a call gets what is left of the turn's budget. */
  timeoutMs?: number;
  clock?: StoreClock;
}

export class DynamoDbPersistenceAdapter extends RecordStoreAdapter {
  private readonly tableName: string;
  private readonly client: DynamoDbClient;
  private readonly ownsClient: boolean;
  private readonly timeoutMs: number;
  private readonly now: StoreClock;
  private hashKey?: Promise<string>;

  constructor(options: DynamoDbPersistenceAdapterOptions) {
    super();
    if (!options.tableName) throw new Error('tableName is required');
    this.tableName = options.tableName;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_DYNAMO_TIMEOUT_MS;
    this.now = options.clock ?? Date.now;
    this.ownsClient = options.client === undefined;
    this.client = options.client ?? createClient(options);
  }

  async read(userId: string, budget?: TurnBudget): Promise<VersionedRecord> {
    assertUserId(userId);
    const Item = await this.getItem(await this.keyOf(userId, budget), budget);
    if (!Item) return { attributes: {}, version: 0 };
    const nowMs = this.now();
    const version = itemNumber(Item.version);
    const expiresAt = itemNumber(Item.expiresAt);
    if (Item.deletedAt !== undefined && isStoredVersion(version)) return { attributes: {}, version, deleted: true };
    if (expiresAt !== undefined && isStoredVersion(version) && expiresAt * 1000 <= nowMs) return { attributes: {}, version };
    const record = parseItem(Item);
    if (expiresAt !== undefined && isRefreshDue(expiresAt, nowMs)) record.refreshDue = true;
    return record;
  }

  async write(userId: string, attributes: Record<string, unknown>, expectedVersion: number, budget?: TurnBudget): Promise<number> {
    assertUserId(userId);
    assertExpectedVersion(expectedVersion);
    const version = expectedVersion + 1;
    const item = {
      ...keyOf(await this.keyOf(userId, budget)),
      version: { N: String(version) },
      attributes: { M: toAttributeMap(toStorableAttributes(attributes)) },
      expiresAt: { N: String(recordExpiry(this.now())) },
    };
    const condition = expectedVersion === 0 ? NO_RECORD : versionEquals({ N: String(expectedVersion) });
    try {
      await this.call('PutItem', budget, (abortSignal) =>
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

  /**
   * First the tombstone, in one atomic update of the record's item (its data removed, its version raised, so a
   * write prepared before cannot land), then every set-aside copy, then their list (last, so a purge cut short
   * can be run again and still find the copies).
   */
  async purge(userId: string, budget?: TurnBudget): Promise<void> {
    assertUserId(userId);
    const key = await this.keyOf(userId, budget);
    const nowMs = this.now();
    await this.call('UpdateItem', budget, (abortSignal) =>
      this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: keyOf(key),
          UpdateExpression: 'SET #deletedAt = :now, #expiresAt = :expires REMOVE #attributes ADD #version :one',
          ExpressionAttributeNames: { '#deletedAt': 'deletedAt', '#expiresAt': 'expiresAt', '#attributes': 'attributes', '#version': 'version' },
          ExpressionAttributeValues: {
            ':now': { N: String(nowMs) },
            ':expires': { N: String(tombstoneExpiry(nowMs)) },
            ':one': { N: '1' },
          },
        }),
        { abortSignal },
      ),
    );
    const index = await this.getItem(asideIndexKey(key), budget);
    const asideIds = (index?.ids?.SS ?? []).filter((id) => id.startsWith(`aside#${key}#`));
    for (const id of asideIds) await this.deleteItem(id, budget);
    if (index) await this.deleteItem(asideIndexKey(key), budget);
  }

  /**
   * Copies the raw item to `aside#<key>#<timestamp>` (noting that id in `asides#<key>`), then deletes the original
   * if nobody rewrote it meanwhile.
   */
  async quarantine(userId: string, budget?: TurnBudget): Promise<void> {
    assertUserId(userId);
    const key = await this.keyOf(userId, budget);
    const Item = await this.getItem(key, budget);
    if (!Item || Item.deletedAt !== undefined) return;
    const asideId = asideKey(key, quarantineTimestamp(new Date(this.now())));
    const expiresAt = { N: String(recordExpiry(this.now())) };
    // Noted before the copy is written, so purge() finds every copy without scanning the table.
    await this.call('UpdateItem', budget, (abortSignal) =>
      this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: keyOf(asideIndexKey(key)),
          UpdateExpression: 'ADD #ids :id SET #expiresAt = :expires',
          ExpressionAttributeNames: { '#ids': 'ids', '#expiresAt': 'expiresAt' },
          ExpressionAttributeValues: { ':id': { SS: [asideId] }, ':expires': expiresAt },
        }),
        { abortSignal },
      ),
    );
    await this.call('PutItem', budget, (abortSignal) =>
      this.client.send(
        new PutItemCommand({ TableName: this.tableName, Item: { ...Item, ...keyOf(asideId), expiresAt }, ...NO_RECORD }),
        { abortSignal },
      ),
    );
    const unchanged = Item.version === undefined ? NO_VERSION : versionEquals(Item.version);
    try {
      await this.call('DeleteItem', budget, (abortSignal) =>
        this.client.send(new DeleteItemCommand({ TableName: this.tableName, Key: keyOf(key), ...unchanged }), {
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

  /** The first call of a process reads the table's secret within its own budget; later calls share that read. */
  private async keyOf(userId: string, budget: TurnBudget | undefined): Promise<string> {
    this.hashKey ??= this.loadHashKey(budget).catch((error: unknown) => {
      this.hashKey = undefined; // the next call tries again
      throw error;
    });
    return recordKey(await this.hashKey, userId);
  }

  /** The table's secret for the keyed hash: read, or created by whichever container comes first. */
  private async loadHashKey(budget: TurnBudget | undefined): Promise<string> {
    const existing = (await this.getItem(HASH_KEY_ITEM, budget))?.key?.S;
    if (existing) return existing;
    const created = newHashKey();
    try {
      await this.call('PutItem', budget, (abortSignal) =>
        this.client.send(
          new PutItemCommand({ TableName: this.tableName, Item: { ...keyOf(HASH_KEY_ITEM), key: { S: created } }, ...NO_RECORD }),
          { abortSignal },
        ),
      );
      return created;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const winner = (await this.getItem(HASH_KEY_ITEM, budget))?.key?.S;
      if (!winner) throw new Error('the table has no user key', { cause: error });
      return winner;
    }
  }

  private async getItem(id: string, budget: TurnBudget | undefined): Promise<Record<string, AttributeValue> | undefined> {
    const { Item } = await this.call('GetItem', budget, (abortSignal) =>
      this.client.send(new GetItemCommand({ TableName: this.tableName, Key: keyOf(id), ConsistentRead: true }), { abortSignal }),
    );
    return Item;
  }

  private async deleteItem(id: string, budget: TurnBudget | undefined): Promise<void> {
    await this.call('DeleteItem', budget, (abortSignal) =>
      this.client.send(new DeleteItemCommand({ TableName: this.tableName, Key: keyOf(id) }), { abortSignal }),
    );
  }

  /** Runs one SDK call within its allowance: a store that hangs must not hold the skill's answer. */
  private async call<T>(operation: string, budget: TurnBudget | undefined, run: (abortSignal: AbortSignal) => Promise<T>): Promise<T> {
    const allowanceMs = Math.floor(remainingOr(budget, this.timeoutMs));
    if (allowanceMs <= 0) throw new StoreTimeoutError(`no time left in the turn for DynamoDB ${operation}`);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), allowanceMs);
    try {
      return await run(controller.signal);
    } catch (error) {
      if (controller.signal.aborted) {
        throw new StoreTimeoutError(`DynamoDB ${operation} gave no answer within ${allowanceMs} ms`, { cause: error });
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
    // One quick retry for a dropped connection or a throttled call; the call's allowance bounds the total anyway.
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

function keyOf(id: string): { id: AttributeValue } {
  return { id: { S: id } };
}

function itemNumber(value: AttributeValue | undefined): number | undefined {
  return value?.N === undefined ? undefined : Number(value.N);
}

function parseItem(item: Record<string, AttributeValue>): VersionedRecord {
  const raw = JSON.stringify(item);
  const version = itemNumber(item.version);
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
