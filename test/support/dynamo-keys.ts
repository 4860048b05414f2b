/** The key a user's record has in a table the adapter has used (keys.ts): for tests that read items directly. */
import { type DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { HASH_KEY_ITEM, recordKey } from '../../lambda/persistence/keys';

export async function dynamoRecordKey(client: DynamoDBClient, table: string, userId: string): Promise<string> {
  const { Item } = await client.send(new GetItemCommand({ TableName: table, Key: { id: { S: HASH_KEY_ITEM } }, ConsistentRead: true }));
  const key = Item?.key?.S;
  if (!key) throw new Error(`the adapter has not used table ${table} yet`);
  return recordKey(key, userId);
}
