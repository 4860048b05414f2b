/**
 * Property-based fuzzing of the real skill (every handler, the real content, the embedded SQLite store in a
 * temp folder, the real interceptors) with request envelopes from test/fuzz/arbitraries.ts. For every request:
 *
 * - no exception escapes the skill, except the one that must: a request for another skill id is refused;
 * - no handler fails on the way (an apology from the error handler counts as a failure), except for request
 *   types the skill does not declare, which get the apology by design;
 * - every request Alexa expects an answer to gets speech, and all speech is SSML Alexa accepts (ssml-check-core,
 *   breaks of 10 s at most, under 8,000 characters), in a response under 24 KB;
 * - the stored record still parses afterwards; one the skill could not read was kept aside byte for byte, never
 *   overwritten; a newer build's record is untouched; requests outside a conversation change nothing stored.
 *
 * One property sends single requests against every kind of stored record and session; the other runs whole
 * conversations, carrying the session from response to request, so pending questions and routines are reached.
 * FUZZ_RUNS (default 2000) sets the single requests; conversations are an eighth of it, of 2 to 8 turns each.
 * FUZZ_SEED replays a run. Session attributes carry only speech the skill could have said: Alexa echoes back
 * exactly what the skill sent, so arbitrary markup there is not an input the skill can receive.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import type { RequestEnvelope, ResponseEnvelope, services, ui } from 'ask-sdk-model';
import { TimeoutApiClient } from '../../lambda/alexa/api-client';
import { readUserState } from '../../lambda/core/user-state';
import { SqliteRecordStore } from '../../lambda/persistence/sqlite-store';
import { buildSkill } from '../../lambda/kernel/build-skill';
import type { LogSink, RequestLogLine } from '../../lambda/kernel/request-log';
import { FAKE_SKILL_ID, newSessionId } from '../../tools/simulator/envelope';
import { ssmlProblems, MAX_SPEECH_CHARACTERS } from '../support/alexa-limits';
import { loadModel } from '../support/model';
import { SqliteInspector } from '../support/sqlite-inspect';
import { TestClock } from '../support/transcript';
import {
  ApiBehavior,
  EnvelopeSpec,
  RequestSpec,
  SPEECH_EXPECTED,
  StoredSeed,
  USER_PLACEHOLDER,
  apiBehavior,
  buildEnvelope,
  envelopeSpec,
  sessionAttributes,
  storedSeed,
} from './arbitraries';

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const BASE = Date.parse('2026-11-21T15:00:00Z');
const MAX_RESPONSE_BYTES = 24 * 1024;

const model = loadModel('en-US');
/** Skill events the manifest subscribes to, plus SkillDisabled, which the skill handles (data deletion). */
const EVENTS = skillEvents();

function skillEvents(): string[] {
  const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../skill-package/skill.json'), 'utf8')) as {
    manifest?: { events?: { subscriptions?: Array<{ eventName?: string }> } };
  };
  const subscribed = (manifest.manifest?.events?.subscriptions ?? [])
    .map((subscription) => subscription.eventName ?? '')
    .filter((name) => name.startsWith('SKILL_'))
    .map((name) => name.toLowerCase().replace(/(^|_)([a-z])/g, (_match, _sep: string, letter: string) => letter.toUpperCase()));
  // SkillEnabled and account linking are not subscribed to: Alexa may still send them, and they get an acknowledgement.
  return [...new Set(['SkillDisabled', ...subscribed, 'SkillEnabled', 'SkillAccountLinked'])];
}

/** Answers Alexa API calls as the case says: any status and body, a dropped connection, or never. */
class FuzzApiClient implements services.ApiClient {
  behavior: ApiBehavior = { kind: 'throw' };
  invoke(): Promise<services.ApiClientResponse> {
    const behavior = this.behavior;
    if (behavior.kind === 'throw') return Promise.reject(new Error('socket hang up'));
    if (behavior.kind === 'hang') return new Promise(() => undefined); // TimeoutApiClient cuts it off
    return Promise.resolve({ statusCode: behavior.status, body: behavior.body, headers: [] });
  }
}

// ---------------------------------------------------------------------------------------------
// The skill under test, built once, as in one warm Lambda container

const dataDir = mkdtempSync(path.join(tmpdir(), 'brc-fuzz-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const store = new SqliteRecordStore(dataDir);
const inspector = new SqliteInspector(dataDir);
afterAll(() => {
  inspector.close();
  store.close();
});
const clock = new TestClock(new Date(BASE));
const api = new FuzzApiClient();
let variant = 0;
let lastLine = undefined as Partial<RequestLogLine> | undefined;
const sink: LogSink = {
  info: (_message, line) => void (lastLine = line as Partial<RequestLogLine>),
  warn: (_message, line) => void (lastLine = line as Partial<RequestLogLine>),
  error: (_message, line) => void (lastLine = line as Partial<RequestLogLine>),
};
const skill = buildSkill({
  store,
  clock,
  skillId: FAKE_SKILL_ID,
  apiClient: new TimeoutApiClient(api, 20),
  pickVariant: (count) => variant % count,
  log: sink,
});

let users = 0;
/** What was sent and how it went, printed with FUZZ_STATS=1 to see what the generators reach. */
const stats = new Map<string, number>();
function tally(key: string): void {
  stats.set(key, (stats.get(key) ?? 0) + 1);
}
afterAll(() => {
  if (process.env.FUZZ_STATS) console.log([...stats].sort((a, b) => b[1] - a[1]).map(([key, n]) => `${n}\t${key}`).join('\n'));
});

/** The stored record as it is on disk; undefined when there is none (or only the tombstone of a deletion). */
function recordBytes(userId: string): string | undefined {
  const row = inspector.record(userId);
  return row && !row.deleted ? (row.body ?? undefined) : undefined;
}

function quarantined(userId: string): string[] {
  return inspector.asides(userId);
}

/** What the skill will make of the seeded record: the real classifier, so the checks follow the design. */
type SeedClass = 'none' | 'ok' | 'newer' | 'unreadable';

async function plant(userId: string, seed: StoredSeed): Promise<SeedClass> {
  if (seed.kind === 'none') return 'none';
  if (seed.kind === 'corrupt') {
    inspector.plant(userId, seed.bytes.split(USER_PLACEHOLDER).join(userId));
    return 'unreadable';
  }
  await store.write(userId, seed.attributes, 0);
  const reading = readUserState(seed.attributes);
  return reading.kind === 'ok' ? (Object.keys(seed.attributes).length === 0 ? 'none' : 'ok') : reading.kind;
}

// ---------------------------------------------------------------------------------------------
// One request and its checks

interface Exchange {
  spec: EnvelopeSpec;
  envelope: RequestEnvelope;
  userId: string;
  /** How the skill should find the stored record on this request. */
  seed: SeedClass;
  api: ApiBehavior;
  variant: number;
}

function fail(exchange: Exchange, problem: string, response?: ResponseEnvelope): never {
  const shown = JSON.stringify({ request: exchange.envelope, api: exchange.api, response }, null, 1);
  throw new Error(`${problem}\n${shown.length > 6000 ? `${shown.slice(0, 6000)}...` : shown}`);
}

function takesTurn(type: string): boolean {
  return type !== 'CanFulfillIntentRequest' && !type.startsWith('AlexaSkillEvent.');
}

/** Request types the skill declares: a handler must take them without failing. */
function declared(spec: RequestSpec): boolean {
  if (spec.type === 'Other') return false;
  if (spec.type === 'Connections.Response') return spec.name === 'AskFor';
  return true;
}

async function exchange(x: Exchange): Promise<ResponseEnvelope | undefined> {
  const before = recordBytes(x.userId);
  const quarantinedBefore = quarantined(x.userId).length;
  api.behavior = x.api;
  variant = x.variant;
  lastLine = undefined;
  let response: ResponseEnvelope | undefined;
  let error: unknown;
  try {
    response = await skill.invoke(x.envelope);
  } catch (caught) {
    error = caught;
  }
  // A hostile envelope may carry a type that is not a string; the skill treats it as a type nobody handles.
  const type = String(x.envelope.request.type);
  const isDeclared = declared(x.spec.request) && !x.spec.truncations.includes('numericType');

  // A request that cannot show it is for this skill (another skill's id, or no context and no session to name
  // one) is refused by the skill id check: the one exception that must escape.
  const noSkillShown = x.spec.truncations.includes('noContext') && !x.envelope.session?.application?.applicationId;
  if (x.spec.truncations.includes('wrongSkillId') || noSkillShown) {
    if (!error) fail(x, 'a request for another skill id was answered', response);
    if (recordBytes(x.userId) !== before) fail(x, 'a request for another skill id changed the stored record');
    return undefined;
  }
  if (error || !response) fail(x, `an exception escaped the skill: ${(error as Error)?.stack ?? String(error)}`);
  const line = lastLine as Partial<RequestLogLine> | undefined;
  const handledError = line?.outcome === 'handledError' ? line.error : undefined;
  tally(`${type}${x.envelope.request.type === 'IntentRequest' ? ` ${(x.envelope.request as { intent: { name: string } }).intent.name}` : ''} ${line?.outcome}`);
  if (handledError && (isDeclared || !/Unable to find a suitable request handler/.test(handledError.message))) {
    fail(x, `a handler failed: ${handledError.name}: ${handledError.message}\n${handledError.stack ?? ''}`, response);
  }

  // The answer
  const size = Buffer.byteLength(JSON.stringify(response));
  if (size > MAX_RESPONSE_BYTES) fail(x, `response is ${size} bytes`, response);
  const body = response.response ?? fail(x, 'no response object', response);
  for (const [which, speech] of [
    ['speech', body.outputSpeech],
    ['reprompt', body.reprompt?.outputSpeech],
  ] as const) {
    const problems = await speechProblems(speech, x.envelope.request.locale);
    if (problems.length > 0) fail(x, `${which} not valid for Alexa: ${problems.join('; ')}`, response);
  }
  if (SPEECH_EXPECTED.has(type) && isDeclared && spokenText(body.outputSpeech) === '') {
    fail(x, `no speech in answer to a ${type}`, response);
  }
  if (type === 'CanFulfillIntentRequest') {
    if (!body.canFulfillIntent) fail(x, 'CanFulfillIntentRequest without a canFulfillIntent answer', response);
    if (body.outputSpeech) fail(x, 'CanFulfillIntentRequest answered with speech', response);
  }

  // What is stored afterwards
  const after = recordBytes(x.userId);
  const aside = quarantined(x.userId);
  // Without a context, the user is the session's (envelope-guard rebuilds the context from it).
  const system = x.envelope.context?.System ?? { user: x.envelope.session?.user };
  const userKnown = Boolean(system.user?.userId ?? x.envelope.session?.user?.userId);
  if (!takesTurn(type) || !userKnown) {
    const purged =
      type === 'AlexaSkillEvent.SkillDisabled' &&
      (x.spec.request as { persistence?: unknown }).persistence === 'NOT_PERSISTED' &&
      Boolean(system.user?.userId);
    if (purged) {
      if (after !== undefined || aside.length > 0) fail(x, 'data deletion left data behind', response);
    } else if (after !== before || aside.length !== quarantinedBefore) {
      fail(x, `a ${type} changed what is stored`, response);
    }
    return response;
  }
  if (x.seed === 'unreadable') {
    if (!aside.includes(before ?? '\u0000none')) fail(x, 'an unreadable record was not kept aside byte for byte', response);
  } else if (aside.length !== quarantinedBefore) {
    fail(x, 'a readable record was quarantined', response);
  }
  if (x.seed === 'newer') {
    if (after !== before) fail(x, "a newer build's record was changed", response);
  } else if (after !== undefined) {
    const reading = readUserState(safeJson(after));
    if (reading.kind !== 'ok') fail(x, `the stored record no longer parses: ${reading.reason}\n${after}`, response);
  }
  return response;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function speechProblems(speech: ui.OutputSpeech | undefined, locale: string | undefined): Promise<string[]> {
  if (!speech) return [];
  if (speech.type === 'PlainText') return speech.text.length >= MAX_SPEECH_CHARACTERS ? [`text is ${speech.text.length} characters`] : [];
  if (speech.type !== 'SSML' || typeof speech.ssml !== 'string') return [`unknown speech ${JSON.stringify(speech)}`];
  // ssml-check-core knows Alexa's locales; the skill answers an unknown one in en-US.
  return ssmlProblems(speech.ssml, /^[a-z]{2}-[A-Z]{2}$/.test(locale ?? '') ? (locale as string) : 'en-US');
}

function spokenText(speech: ui.OutputSpeech | undefined): string {
  if (!speech) return '';
  const text = speech.type === 'SSML' ? speech.ssml.replace(/<[^>]*>/g, ' ') : speech.text;
  return text.trim();
}

// ---------------------------------------------------------------------------------------------
// The properties

const minutesFromBase = fc.integer({ min: -300 * 1440, max: 300 * 1440 });

/** Generous: a case takes a few ms, more on a busy machine; large FUZZ_RUNS get time in proportion. */
const TIMEOUT_MS = Math.max(5 * 60_000, RUNS * 100);

describe('fuzzing the skill with request envelopes', () => {
  jest.setTimeout(TIMEOUT_MS);

  it(`single requests against any stored record and session (${RUNS} runs)`, async () => {
    const single = minutesFromBase.chain((minutes) => {
      const now = new Date(BASE + minutes * 60_000);
      return fc.record({
        now: fc.constant(now),
        spec: envelopeSpec(model, EVENTS),
        seed: storedSeed(now),
        attributes: sessionAttributes(now),
        api: apiBehavior,
        variant: fc.nat(7),
      });
    });
    await fc.assert(
      fc.asyncProperty(single, async (c) => {
        clock.set(c.now);
        const userId = `amzn1.ask.account.FUZZ-${++users}`;
        const seed = await plant(userId, c.seed);
        const context = { userId, deviceId: `amzn1.ask.device.FUZZ-${users}`, now: c.now, sessionId: newSessionId(), attributes: c.attributes };
        const envelope = buildEnvelope(c.spec, context, model);
        await exchange({ spec: c.spec, envelope, userId, seed, api: c.api, variant: c.variant });
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it(`conversations: the session carried from answer to request (${Math.ceil(RUNS / 8)} runs of 2-8 turns)`, async () => {
    const conversation = minutesFromBase.chain((minutes) => {
      const now = new Date(BASE + minutes * 60_000);
      return fc.record({
        now: fc.constant(now),
        seed: storedSeed(now),
        turns: fc.array(
          fc.record({
            spec: envelopeSpec(model, EVENTS),
            gapMinutes: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 4 * 1440 })),
            api: apiBehavior,
            variant: fc.nat(7),
          }),
          { minLength: 2, maxLength: 8 },
        ),
      });
    });
    await fc.assert(
      fc.asyncProperty(conversation, async (c) => {
        const userId = `amzn1.ask.account.FUZZ-${++users}`;
        let seed = await plant(userId, c.seed);
        let now = c.now.getTime();
        let session: { id: string; attributes: Record<string, unknown> } | undefined;
        for (const turn of c.turns) {
          now += turn.gapMinutes * 60_000;
          clock.set(new Date(now));
          const continuing = session !== undefined && !turn.spec.newSession && turn.spec.request.type !== 'LaunchRequest';
          const spec: EnvelopeSpec = { ...turn.spec, newSession: !continuing };
          const current = continuing && session ? session : { id: newSessionId(), attributes: {} };
          const context = { userId, deviceId: `amzn1.ask.device.FUZZ-${users}`, now: new Date(now), sessionId: current.id, attributes: current.attributes };
          const envelope = buildEnvelope(spec, context, model);
          const response = await exchange({ spec, envelope, userId, seed, api: turn.api, variant: turn.variant });
          // Only the first request meets the planted record as planted; after it, the skill's own (or the same newer one).
          if (response && seed === 'unreadable' && takesTurn(String(envelope.request.type)) && (envelope.context?.System.user || envelope.session)) seed = 'ok';
          if (response && recordBytes(userId) === undefined) seed = 'none'; // deleted (SkillDisabled, NOT_PERSISTED)
          const open = response && envelope.session && response.response?.shouldEndSession !== true && spec.request.type !== 'SessionEndedRequest';
          session = open ? { id: current.id, attributes: (response.sessionAttributes ?? {}) as Record<string, unknown> } : undefined;
        }
      }),
      { numRuns: Math.ceil(RUNS / 8), seed: SEED },
    );
  });
});
