/** The store's DynamoDB client (aws-lite, lambda/persistence/dynamo-client.ts): set up, then one GetItem. */
import { GetItemCommand, createDynamoDbClient } from '../../../lambda/persistence/dynamo-client';
import type { ReadOne } from './read-one';

export const readOne: ReadOne = async ({ endpoint, table, id }) => {
  const client = createDynamoDbClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 2 });
  const { Item } = await client.send(new GetItemCommand({ TableName: table, Key: { id: { S: id } }, ConsistentRead: true }), { abortSignal: AbortSignal.timeout(1000) });
  return Item !== undefined;
};
