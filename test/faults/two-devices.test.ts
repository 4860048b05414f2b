/**
 * One user, two devices, talking at once: the kitchen Echo hears a pain score while the bedroom one hears when
 * the spasm began. Both turns read the same version of the record before either writes (a gate holds the writes
 * until both have read), so one write must lose the race. Conditional writes on the version number catch that,
 * and the losing turn replays its change on the fresher record: both updates survive, and nobody hears a note.
 * Each device runs its own skill instance (two Lambda containers), on the embedded store and on dynalite.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DynamoDbPersistenceAdapter, createUserTable } from '../../lambda/persistence/dynamo-adapter';
import { SqliteRecordStore } from '../../lambda/persistence/sqlite-store';
import type { SkillStore } from '../../lambda/kernel/user-store';
import { RunningDynalite, TEST_CREDENTIALS, TEST_REGION, startDynalite } from '../support/dynalite';
import { StoreHooks, hookedStore, raceGate } from '../support/store-wrappers';
import { TestClock, transcript } from '../support/transcript';
import { RETURNING_USER } from '../support/users';

const NOTE = "I can't reach my notes right now";

interface Backend {
  store: SkillStore;
  close(): Promise<void>;
}

const BACKENDS: Array<[string, () => Promise<Backend>]> = [
  [
    'the embedded SQLite store',
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'brc-devices-'));
      return { store: new SqliteRecordStore(dir), close: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  ],
  [
    'DynamoDB (dynalite)',
    async () => {
      const dynalite: RunningDynalite = await startDynalite();
      const client = dynalite.client();
      await createUserTable(client, 'brc-devices');
      const store = new DynamoDbPersistenceAdapter({ tableName: 'brc-devices', endpoint: dynalite.endpoint, region: TEST_REGION, credentials: TEST_CREDENTIALS });
      return {
        store,
        close: async () => {
          store.destroy();
          client.destroy();
          await dynalite.destroy();
        },
      };
    },
  ],
];

describe.each(BACKENDS)('two devices of one user at once, on %s', (_name, open) => {
  let backend: Backend;
  let users = 0;
  beforeAll(async () => {
    backend = await open();
  });
  afterAll(() => backend.close());

  /** Two devices in open sessions; `race()` arms the gate for the next pair of turns. */
  async function twoDevices() {
    const userId = `amzn1.ask.account.DEVICES-${++users}`;
    await backend.store.write(userId, RETURNING_USER, 0);
    let hooks: StoreHooks = {};
    let reads = () => 0;
    const store = hookedStore(backend.store, {
      afterRead: (id) => hooks.afterRead?.(id),
      beforeWrite: (id) => hooks.beforeWrite?.(id),
    });
    const clock = new TestClock(new Date('2026-11-21T15:00:00Z'));
    const kitchen = transcript({ store, clock, userId, conversation: { deviceId: 'amzn1.ask.device.KITCHEN' } });
    const bedroom = transcript({ store, clock, userId, conversation: { deviceId: 'amzn1.ask.device.BEDROOM' } });
    await kitchen.alexa.say('open back relief coach');
    await bedroom.alexa.say('open back relief coach');
    const race = () => {
      const gate = raceGate(2);
      hooks = gate.hooks;
      reads = gate.reads;
    };
    return { userId, kitchen, bedroom, race, reads: () => reads() };
  }

  it('a pain score on one and the onset on the other: both are kept', async () => {
    const { userId, kitchen, bedroom, race, reads } = await twoDevices();
    race();
    const [pain, onset] = await Promise.all([kitchen.alexa.say('my pain is a four'), bedroom.alexa.say('it started this morning')]);
    expect(pain.speech).toMatch(/^Thanks, I've noted 4 out of ten\./);
    expect(onset.speech).toMatch(/^Got it\. That makes today day 1\./);
    for (const turn of [pain, onset]) expect(turn.speech).not.toContain(NOTE);
    expect(reads()).toBeGreaterThanOrEqual(2);

    const { attributes, version } = await backend.store.read(userId);
    expect(version).toBe(3);
    expect(attributes.onsetAt).toBe('2026-11-21T13:00:00.000Z');
    // Yesterday's 6 belongs to the earlier spasm (the new onset drops it); today's 4 is kept, whichever wrote first.
    expect(attributes.pain).toEqual([{ score: 4, at: '2026-11-21T15:00:00.000Z' }]);
  });

  it('a pain score on each: both reports are kept', async () => {
    const { userId, kitchen, bedroom, race } = await twoDevices();
    race();
    const turns = await Promise.all([kitchen.alexa.say('my pain is a four'), bedroom.alexa.say('my pain is a five')]);
    for (const turn of turns) expect(turn.speech).not.toContain(NOTE);
    const { attributes, version } = await backend.store.read(userId);
    expect(version).toBe(3);
    const scores = (attributes.pain as Array<{ score: number }>).map((entry) => entry.score);
    expect(scores[0]).toBe(6);
    expect(scores.slice(1).sort()).toEqual([4, 5]);
  });
});
