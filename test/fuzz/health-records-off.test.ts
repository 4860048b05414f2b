/**
 * HEALTH_RECORDS=off under fuzzed conversations (test/fuzz/arbitraries.ts): whatever is said, in whatever order
 * and shape, no stored record ever holds a health field afterwards. Fresh users, the session carried from answer to
 * request, the real store. The run also checks it was not empty: some conversation must have told an onset or a
 * pain score that the session (not the store) carried.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import type { services } from 'ask-sdk-model';
import { TimeoutApiClient } from '../../lambda/alexa/api-client';
import { createRecordStore } from '../../lambda/persistence';
import { buildSkill } from '../../lambda/kernel/build-skill';
import { FAKE_SKILL_ID, newSessionId } from '../../tools/simulator/envelope';
import { loadModel } from '../support/model';
import { TestClock } from '../support/transcript';
import { EnvelopeSpec, buildEnvelope, envelopeSpec } from './arbitraries';

const RUNS = Math.ceil(Number(process.env.FUZZ_RUNS ?? 2000) / 8);
// A fixed seed unless FUZZ_SEED gives one: the run must not be empty (see the end), and about 7 of 250 random
// conversations carry a health detail, so a random seed left about one run in a thousand with none and failed it.
const SEED = Number(process.env.FUZZ_SEED ?? 20261121);
const BASE = Date.parse('2026-11-21T15:00:00Z');
const model = loadModel('en-US');

/** What a record may hold in this mode, written out here rather than taken from the code under test. */
const ALLOWED = new Set(['version', 'pain', 'timeZone', 'disclaimerHeardAt', 'safetyCheckAt', 'ownAlerts', 'stretch', 'warningSign']);

function healthFieldsIn(attributes: Record<string, unknown>): string[] {
  const found = Object.keys(attributes).filter((key) => !ALLOWED.has(key));
  if (Array.isArray(attributes.pain) && attributes.pain.length > 0) found.push('pain');
  const stretch = attributes.stretch as { completions?: unknown[] } | undefined;
  if (stretch?.completions && stretch.completions.length > 0) found.push('stretch.completions');
  // Like the safety-check marker: that the urgent answer was given, and when, so the next launch asks whether they
  // got checked. Never which sign.
  const sign = attributes.warningSign as Record<string, unknown> | undefined;
  if (sign !== undefined && (sign.flag !== 'UNSPECIFIED' || Object.keys(sign).sort().join() !== 'at,flag')) found.push('warningSign');
  return found;
}

/** Alexa API calls fail at once: timers and reminders are not what this checks. */
const failingApi: services.ApiClient = { invoke: () => Promise.reject(new Error('socket hang up')) };

const dataDir = mkdtempSync(path.join(tmpdir(), 'brc-fuzz-off-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const store = createRecordStore({ dataDir, inLambda: false, healthRecords: 'off' });
const clock = new TestClock(new Date(BASE));
const skill = buildSkill({ store, clock, skillId: FAKE_SKILL_ID, apiClient: new TimeoutApiClient(failingApi, 20), healthRecords: 'off' });

describe('HEALTH_RECORDS=off', () => {
  jest.setTimeout(Math.max(5 * 60_000, RUNS * 400));

  it(`stores no health field, whatever the conversation (${RUNS} fuzzed conversations of 2-10 turns)`, async () => {
    let users = 0;
    let carried = 0;
    const conversation = fc.record({
      turns: fc.array(
        fc.record({ spec: envelopeSpec(model, ['SkillDisabled']), gapMinutes: fc.integer({ min: 0, max: 30 }) }),
        { minLength: 2, maxLength: 10 },
      ),
    });
    await fc.assert(
      fc.asyncProperty(conversation, async (c) => {
        const userId = `amzn1.ask.account.FUZZ-OFF-${++users}`;
        let now = BASE;
        let session: { id: string; attributes: Record<string, unknown> } | undefined;
        for (const turn of c.turns) {
          now += turn.gapMinutes * 60_000;
          clock.set(new Date(now));
          // Mostly one session, so questions get their answers and what was said is carried.
          const continuing = session !== undefined && turn.spec.request.type !== 'LaunchRequest';
          const spec: EnvelopeSpec = { ...turn.spec, newSession: !continuing, truncations: turn.spec.truncations.filter((t) => t !== 'wrongSkillId') };
          const current = continuing && session ? session : { id: newSessionId(), attributes: {} };
          const envelope = buildEnvelope(spec, { userId, deviceId: 'amzn1.ask.device.FUZZ-OFF', now: new Date(now), sessionId: current.id, attributes: current.attributes }, model);
          const response = await skill.invoke(envelope).catch(() => undefined);
          const attributes = (response?.sessionAttributes ?? {}) as Record<string, unknown>;
          const unkept = attributes.unkept as Record<string, unknown> | undefined;
          if (unkept?.onsetAt || (Array.isArray(unkept?.pain) && unkept.pain.length > 0)) carried += 1;
          const open = response && envelope.session && response.response?.shouldEndSession !== true && spec.request.type !== 'SessionEndedRequest';
          session = open ? { id: current.id, attributes } : undefined;
        }
        const { attributes } = await store.read(userId);
        expect(healthFieldsIn(attributes)).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(carried).toBeGreaterThan(0);
  });
});
