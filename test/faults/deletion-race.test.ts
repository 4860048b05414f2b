/**
 * The deletion race: a turn of the user is in flight (it has read the record, its write is not yet sent) when
 * SkillDisabled with NOT_PERSISTED arrives and deletes everything. The turn's write then fails on the tombstone,
 * its replay finds the tombstone, and nothing is written back; the user hears no note. On both stores, for a
 * returning user and for a brand-new one (whose write would create the record).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DynamoDbPersistenceAdapter, createUserTable } from '../../lambda/persistence/dynamo-adapter';
import { SqliteRecordStore } from '../../lambda/persistence/sqlite-store';
import type { SkillStore } from '../../lambda/kernel/user-store';
import { RunningDynalite, TEST_CREDENTIALS, TEST_REGION, startDynalite } from '../support/dynalite';
import { painTurn, parallelSkill, PARALLEL_NOW } from '../support/parallel-turns';
import { skillDisabledEvent } from '../support/raw-requests';
import { hookedStore } from '../support/store-wrappers';
import { RETURNING_USER } from '../support/users';

const NOTE = "I can't reach my notes";
const ROUNDS = 10;

interface Backend {
  store: SkillStore;
  close(): Promise<void>;
}

const BACKENDS: Array<[string, () => Promise<Backend>]> = [
  [
    'the embedded SQLite store',
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'brc-race-'));
      const store = new SqliteRecordStore(dir);
      return {
        store,
        close: async () => {
          store.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  ],
  [
    'DynamoDB (dynalite)',
    async () => {
      const dynalite: RunningDynalite = await startDynalite();
      const client = dynalite.client();
      await createUserTable(client, 'brc-race');
      client.destroy();
      const store = new DynamoDbPersistenceAdapter({ tableName: 'brc-race', endpoint: dynalite.endpoint, region: TEST_REGION, credentials: TEST_CREDENTIALS });
      return {
        store,
        close: async () => {
          store.destroy();
          await dynalite.destroy();
        },
      };
    },
  ],
];

describe.each(BACKENDS)('a deletion while a turn is in flight, on %s', (_name, make) => {
  let backend: Backend;
  let users = 0;
  beforeAll(async () => {
    backend = await make();
  });
  afterAll(() => backend.close());

  /** The turn's first write waits until the deletion has been answered. */
  async function race(seed: Record<string, unknown> | undefined): Promise<{ userId: string; speech: string }> {
    const userId = `amzn1.ask.account.RACE-${++users}`;
    if (seed) await backend.store.write(userId, seed, 0);
    let deleted!: () => void;
    const deletionAnswered = new Promise<void>((resolve) => (deleted = resolve));
    let turnHasRead!: () => void;
    const hasRead = new Promise<void>((resolve) => (turnHasRead = resolve));
    let held = false;
    const inFlight = parallelSkill(
      hookedStore(backend.store, {
        afterRead: () => turnHasRead(),
        beforeWrite: async () => {
          if (held) return;
          held = true;
          await deletionAnswered;
        },
      }),
    );
    const turn = inFlight.invoke(painTurn(userId, 4));
    await hasRead;
    await parallelSkill(backend.store).invoke(skillDisabledEvent('NOT_PERSISTED', { userId, now: PARALLEL_NOW }));
    deleted();
    const answer = await turn;
    return { userId, speech: answer.response.outputSpeech?.type === 'SSML' ? answer.response.outputSpeech.ssml : '' };
  }

  it.each([
    ['a returning user', RETURNING_USER],
    ['a brand-new user', undefined],
  ])(`%s: nothing is written back, in ${ROUNDS} rounds, and the turn says nothing odd`, async (_who, seed) => {
    for (let round = 0; round < ROUNDS; round++) {
      const { userId, speech } = await race(seed);
      expect(speech).not.toContain(NOTE);
      expect(speech).toMatch(/4/);
      await expect(backend.store.read(userId)).resolves.toMatchObject({ attributes: {}, deleted: true });
    }
  });

  it('after the deletion the user starts fresh: a new turn is stored as a first-time user', async () => {
    const { userId } = await race(RETURNING_USER);
    const [later] = [await parallelSkill(backend.store).invoke(painTurn(userId, 2))];
    expect(later.response.outputSpeech).toBeDefined();
    const record = await backend.store.read(userId);
    expect(record.deleted).toBeUndefined();
    expect(record.attributes.onsetAt).toBeUndefined();
    // A first-time user again: no onset, and no pain kept before they agree to it.
    expect(record.attributes.pain ?? []).toEqual([]);
  });
});
