/** The AWS SDK v3 client as the store used it before (plain commands, no lib-dynamodb): set up, then one GetItem. */
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import type { ReadOne } from './read-one';

export const readOne: ReadOne = async ({ endpoint, table, id }) => {
  const client = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 2,
    requestHandler: { connectionTimeout: 1000, requestTimeout: 1000 },
  });
  const { Item } = await client.send(new GetItemCommand({ TableName: table, Key: { id: { S: id } }, ConsistentRead: true }), { abortSignal: AbortSignal.timeout(1000) });
  client.destroy();
  return Item !== undefined;
};
