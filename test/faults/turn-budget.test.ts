/**
 * One budget per turn, behind a slow proxy in front of dynalite: every store call is held 950 ms, the user's
 * record is unreadable (so the turn reads, then quarantines it in four more calls, then writes), and the Alexa
 * API hangs. Per-call deadlines used to add up to 8.29 s here. Now every call gets what is left of the turn's
 * budget, so the number of calls that can start is bounded by the budget, and the answer comes from what the
 * session knows, with a note. Nothing here measures time: the proofs are the answer and the count of calls.
 */
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDbPersistenceAdapter, createUserTable } from '../../lambda/persistence/dynamo-adapter';
import { TURN_BUDGET_MS } from '../../lambda/kernel/turn-budget';
import { LocalAlexa } from '../../tools/local-alexa';
import { RunningDynalite, TEST_CREDENTIALS, TEST_REGION, startDynalite } from '../support/dynalite';
import { dynamoRecordKey } from '../support/dynamo-keys';
import { FaultProxy, startFaultProxy } from '../support/dynamo-fault-proxy';
import { transcript } from '../support/transcript';

const NOW = new Date('2026-11-21T20:00:00Z');
const TABLE = 'brc-budget-users';
const SLOW_MS = 950;
const NOTE = "I can't reach my notes right now, so I may not remember this next time.";

describe('the turn budget, behind a slow store', () => {
  let dynalite: RunningDynalite;
  let proxy: FaultProxy;
  let store: DynamoDbPersistenceAdapter;
  let local: LocalAlexa;

  beforeAll(async () => {
    dynalite = await startDynalite();
    const client = dynalite.client();
    await createUserTable(client, TABLE);
    client.destroy();
    proxy = await startFaultProxy(dynalite.endpoint);
    store = new DynamoDbPersistenceAdapter({ tableName: TABLE, endpoint: proxy.endpoint, region: TEST_REGION, credentials: TEST_CREDENTIALS });
    local = await LocalAlexa.start({ now: () => NOW });
  });
  afterAll(async () => {
    await local.close();
    store.destroy();
    await proxy.close();
    await dynalite.destroy();
  });

  const calls = () => Object.values(proxy.requests).reduce((sum, n) => sum + n, 0);

  it('a slow store, an unreadable record and a hanging Alexa API: answered from the session, with no more calls than the budget allows', async () => {
    const userId = 'amzn1.ask.account.BUDGET-1';
    const t = transcript({ now: NOW, userId, store, conversation: { apiEndpoint: local.endpoint } });
    local.attach(t.alexa);
    await t.alexa.say('open back relief coach');
    await t.alexa.say('no');
    // The record turns unreadable (a hand edit, a bad deploy), the store slows down and the API hangs.
    const client = dynalite.client();
    await client.send(new PutItemCommand({ TableName: TABLE, Item: { id: { S: await dynamoRecordKey(client, TABLE, userId) }, version: { N: '2' }, attributes: { S: 'garbled' } } }));
    client.destroy();
    proxy.slow(SLOW_MS);
    local.failNext('hang', { path: /timeZone/ });
    const before = calls();

    const turn = await t.alexa.say('it started this morning');

    expect(turn.speech).toMatch(/Got it\. That makes today day 1\./);
    expect(turn.speech).toContain(NOTE);
    // Calls run one after another, each held SLOW_MS: within the budget at most this many can even start.
    expect(calls() - before).toBeLessThanOrEqual(Math.floor(TURN_BUDGET_MS / SLOW_MS) + 1);
    proxy.clear();
  });

  it('a hanging store in a turn with a small budget: the read is cut at what is left, and no write is even tried', async () => {
    const userId = 'amzn1.ask.account.BUDGET-2';
    const t = transcript({ now: NOW, userId, store, skill: { budgetMs: 800 } });
    await t.alexa.say('open back relief coach');
    await t.alexa.say('no');
    proxy.inject('GetItem', 'hang');
    const writes = proxy.requests.PutItem ?? 0;
    const turn = await t.alexa.say('my pain is a four');
    expect(turn.speech).toMatch(new RegExp(`^${NOTE} Thanks, I've noted a 4\\.`));
    expect(proxy.requests.PutItem ?? 0).toBe(writes);
    proxy.clear();
  });
});
