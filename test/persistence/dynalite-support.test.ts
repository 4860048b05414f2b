import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDbPersistenceAdapter, createUserTable } from '../../lambda/persistence/dynamo-adapter';
import { TEST_CREDENTIALS, TEST_REGION, startDynalite } from '../support/dynalite';

/** The helper other tests use for fault injection: stop, start and restart on the same port. */
describe('startDynalite', () => {
  it.each([
    ['persistent', true, { attributes: { kept: true }, version: 1 }],
    ['in memory', false, undefined],
  ])('%s: restarts on the same endpoint', async (_kind, persistent, afterRestart) => {
    const server = await startDynalite({ persistent });
    const client = server.client();
    const store = new DynamoDbPersistenceAdapter({ tableName: 'users', endpoint: server.endpoint, region: TEST_REGION, credentials: TEST_CREDENTIALS });
    try {
      await createUserTable(client, 'users');
      await store.write('user', { kept: true }, 0);

      const expectDataAsConfigured = async (): Promise<void> => {
        if (afterRestart) {
          await expect(store.read('user')).resolves.toEqual(afterRestart);
        } else {
          // a fresh in-memory database: even the table is gone
          await expect(client.send(new DescribeTableCommand({ TableName: 'users' }))).rejects.toThrow(/not found/i);
        }
      };

      await server.stop();
      await expect(store.read('user')).rejects.toThrow();
      await server.start();
      await expectDataAsConfigured();

      await server.restart(); // again: stop/start can repeat
      await expectDataAsConfigured();
    } finally {
      store.destroy();
      client.destroy();
      await server.destroy();
    }
  });
});
