/**
 * Expiry with a pinned clock, through the real skill on the embedded store: a record nobody used for 60 days is
 * deleted (the store purges when it opens), and the user is welcomed as a first-time user; a record in use is
 * rewritten at most once a day, so it never expires while the user keeps talking.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SqliteRecordStore } from '../../lambda/persistence/sqlite-store';
import { SqliteInspector } from '../support/sqlite-inspect';
import { TestClock, transcript } from '../support/transcript';

const DAY = 86_400_000;
const FIRST_TIME = /It's not medical advice/;

describe('expiry of unused records', () => {
  let dir: string;
  const opened: SqliteRecordStore[] = [];
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'brc-expiry-'));
  });
  afterEach(() => {
    for (const store of opened.splice(0)) store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const open = (clock: TestClock) => {
    const store = new SqliteRecordStore(dir, { clock: () => clock.now().getTime() });
    opened.push(store);
    return store;
  };

  async function firstConversation(clock: TestClock, userId: string) {
    const t = transcript({ store: open(clock), clock, userId });
    await t.alexa.say('open back relief coach');
    await t.alexa.say('no');
    await t.alexa.say('it started this morning');
    expect((await t.stored()).onsetAt).toBeDefined();
  }

  it('60 days unused: the record is gone when the store next opens, and the user hears the first-time welcome', async () => {
    const clock = new TestClock(new Date('2026-11-21T15:00:00Z'));
    const userId = 'amzn1.ask.account.EXPIRY-1';
    await firstConversation(clock, userId);

    clock.advance(60 * DAY + 1000);
    const later = open(clock); // a new process: purges at open
    const look = new SqliteInspector(dir);
    try {
      expect(look.record(userId)).toBeUndefined();
    } finally {
      look.close();
    }
    const t = transcript({ store: later, clock, userId });
    expect((await t.alexa.say('open back relief coach')).speech).toMatch(FIRST_TIME);
  });

  it('a user who comes back every few weeks keeps their record: each visit after a day rewrites it', async () => {
    const clock = new TestClock(new Date('2026-11-21T15:00:00Z'));
    const userId = 'amzn1.ask.account.EXPIRY-2';
    await firstConversation(clock, userId);
    for (let visit = 0; visit < 4; visit++) {
      clock.advance(40 * DAY);
      const t = transcript({ store: open(clock), clock, userId });
      expect((await t.alexa.say('open back relief coach')).speech).not.toMatch(FIRST_TIME);
      await t.alexa.say('stop');
    }
    const look = new SqliteInspector(dir);
    try {
      expect(look.record(userId)?.expires_at).toBe(Math.floor(clock.now().getTime() / 1000) + 60 * 86_400);
    } finally {
      look.close();
    }
  });
});
