/**
 * Every request has a budget of its own, carried with the request (kernel/turn-budget), not an async context:
 * two turns at once in one skill (the web service serves many requests in one process) each keep theirs, and a
 * turn's store and Alexa API calls get what is left of its own budget. The budgets count on a pinned monotonic
 * clock (budgetClock), moved by the store's hooks, so nothing here waits or measures time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { buildSkill } from '../../lambda/kernel/build-skill';
import { TURN_BUDGET_MS } from '../../lambda/kernel/turn-budget';
import { SqliteRecordStore } from '../../lambda/persistence/sqlite-store';
import { FAKE_SKILL_ID } from '../../tools/simulator/envelope';
import { LocalAlexa } from '../../tools/local-alexa';
import { PARALLEL_NOW, painTurn, storedScores } from '../support/parallel-turns';
import { hookedStore } from '../support/store-wrappers';
import { transcript } from '../support/transcript';
import { RETURNING_USER } from '../support/users';

const NOTE = "I can't reach my notes right now, so I may not remember this next time.";

function speech(answer: ResponseEnvelope): string {
  return answer.response.outputSpeech?.type === 'SSML' ? answer.response.outputSpeech.ssml : '';
}

describe('each request keeps its own turn budget', () => {
  let dir: string;
  let sqlite: SqliteRecordStore;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'brc-budgets-'));
    sqlite = new SqliteRecordStore(dir, { clock: () => PARALLEL_NOW.getTime() });
  });
  afterEach(() => {
    sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('two turns at once in one skill: the first runs out of its budget while the second, started later, keeps all of its own', async () => {
    const first = 'amzn1.ask.account.APART-FIRST';
    const second = 'amzn1.ask.account.APART-SECOND';
    await sqlite.write(first, RETURNING_USER, 0);
    await sqlite.write(second, RETURNING_USER, 0);
    let now = 0;
    let firstReading!: () => void;
    const firstReads = new Promise<void>((resolve) => (firstReading = resolve));
    let releaseFirst!: () => void;
    const firstReleased = new Promise<void>((resolve) => (releaseFirst = resolve));
    const store = hookedStore(sqlite, {
      // The second turn's calls run past the first turn's deadline, well inside its own.
      beforeRead: (userId) => void (userId === second && (now = TURN_BUDGET_MS)),
      // The first turn has read its record, and waits before it goes on.
      afterRead(userId) {
        if (userId !== first) return undefined;
        firstReading();
        return firstReleased;
      },
    });
    const skill = buildSkill({ store, clock: { now: () => PARALLEL_NOW }, pickVariant: () => 0, skillId: FAKE_SKILL_ID, budgetClock: () => now });

    // The first turn's budget starts at 0; it reads, then waits.
    const firstTurn = skill.invoke(painTurn(first, 3));
    await firstReads;
    // The second starts 5 s later, while the first is still in flight, and is answered.
    now = 5000;
    const secondTurn = await skill.invoke(painTurn(second, 7));
    // The first goes on at 6 s, to its write: its own budget (until 5.6 s) is spent, whatever the second's says.
    releaseFirst();
    const firstAnswer = await firstTurn;

    expect(speech(secondTurn)).not.toContain(NOTE);
    expect(storedScores((await sqlite.read(second)).attributes)).toEqual([6, 7]);
    expect(speech(firstAnswer)).toContain(NOTE);
    expect(await sqlite.read(first)).toEqual({ attributes: RETURNING_USER, version: 1 });
  });

  it("an Alexa API call gets what is left of its own turn's budget: none left, and the API is not even asked", async () => {
    const local = await LocalAlexa.start({ now: () => new Date('2026-11-21T20:00:00Z') });
    try {
      let now = 0;
      let spendOnRead = false;
      // The read is the turn's first call; after it, the clock is past the turn's deadline.
      const store = hookedStore(sqlite, { afterRead: () => void (spendOnRead && (now += TURN_BUDGET_MS)) });
      const t = transcript({
        now: new Date('2026-11-21T20:00:00Z'),
        userId: 'amzn1.ask.account.APART-API',
        timeZone: 'America/Los_Angeles',
        store,
        skill: { budgetClock: () => now },
        conversation: { apiEndpoint: local.endpoint },
      });
      local.attach(t.alexa);
      await t.alexa.say('open back relief coach');
      await t.alexa.say('no');
      const asked = () => local.requests.filter((request) => /timeZone/.test(request.path)).length;
      const before = asked();
      spendOnRead = true;

      const turn = await t.alexa.say('it started this morning');

      // The device's zone (Los Angeles) was never asked for: the day is counted in the locale's (New York).
      expect(asked()).toBe(before);
      expect(turn.speech).toMatch(/Got it\. That makes today day 1\./);
      expect(turn.speech).toContain(NOTE);
    } finally {
      await local.close();
    }
  });
});
