/**
 * The envelopes a probe once made throw out of the handler, one by one, through the real skill on the embedded
 * store: each now gets an answer (or, when it cannot show which skill it is for, the skill id check's refusal).
 * The fuzzer's generators carry the same cases (arbitraries.ts: noContext, numericType, deepAttributes, the
 * slot values, the unsubscribed events); these say what the user hears.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RequestEnvelope } from 'ask-sdk-model';
import { buildSkill } from '../../lambda/kernel/build-skill';
import { SqliteRecordStore } from '../../lambda/persistence/sqlite-store';
import { createSpeech } from '../../lambda/speech/i18n';
import { envelope, FAKE_SKILL_ID, intentRequest, launchRequest, newSessionId, stamp } from '../../tools/simulator/envelope';

const NOW = new Date('2026-11-21T15:00:00Z');
const say = createSpeech('en-US', () => 0).say;

describe('hostile envelopes', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'brc-hostile-'));
  const store = new SqliteRecordStore(dir);
  const skill = buildSkill({ store, skillId: FAKE_SKILL_ID, clock: { now: () => NOW }, pickVariant: () => 0 });
  afterAll(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  let users = 0;
  const system = () => ({
    skillId: FAKE_SKILL_ID,
    userId: `amzn1.ask.account.HOSTILE-${++users}`,
    deviceId: 'amzn1.ask.device.HOSTILE',
    locale: 'en-US',
    supportedInterfaces: {},
    apiEndpoint: 'http://127.0.0.1:9',
    apiAccessToken: 't',
  });
  const inSession = (request: unknown, attributes: Record<string, unknown> = {}) =>
    envelope(system(), request as never, { sessionId: newSessionId(), new: false, attributes }) as unknown as Record<string, unknown>;
  const speechOf = async (raw: unknown) => {
    const answer = await skill.invoke(raw as RequestEnvelope);
    return { answer, ssml: answer.response.outputSpeech?.type === 'SSML' ? answer.response.outputSpeech.ssml : '' };
  };
  const onsetSlot = (name: string, value: string) => intentRequest(stamp('en-US', NOW), 'SetOnsetIntent', { [name]: { value } });

  it('a request with no context is answered from its session (which names this skill)', async () => {
    const raw = inSession(launchRequest(stamp('en-US', NOW)));
    delete raw.context;
    expect((await speechOf(raw)).ssml).toContain('Back Relief Coach');
  });

  it('a request with no context and no session is refused by the skill id check, not a TypeError', async () => {
    const raw = inSession(launchRequest(stamp('en-US', NOW)));
    delete raw.context;
    delete raw.session;
    await expect(skill.invoke(raw as unknown as RequestEnvelope)).rejects.toThrow(/ID verification failed/);
  });

  it('a numeric request.type gets the spoken apology', async () => {
    const raw = inSession(launchRequest(stamp('en-US', NOW)));
    (raw.request as Record<string, unknown>).type = 42;
    expect((await speechOf(raw)).ssml).toContain(say('common.error'));
  });

  it('AlexaSkillEvent.SkillEnabled, which the skill does not subscribe to, is acknowledged', async () => {
    const raw = envelope(system(), { type: 'AlexaSkillEvent.SkillEnabled', requestId: 'r', timestamp: NOW.toISOString(), locale: 'en-US' } as never);
    const { answer } = await speechOf(raw);
    expect(answer.response).toEqual({});
  });

  it('session attributes nested 4,116 levels deep are dropped before the SDK copies them, and the turn is answered', async () => {
    let deep: Record<string, unknown> = {};
    for (let level = 0; level < 4116; level++) deep = { d: deep };
    const raw = inSession(launchRequest(stamp('en-US', NOW)));
    (raw.session as Record<string, unknown>).attributes = { deep };
    const { answer, ssml } = await speechOf(raw);
    expect(ssml).toContain('Back Relief Coach');
    expect(JSON.stringify(answer.sessionAttributes ?? {})).not.toContain('"d":{"d":');
  });

  it.each(['__proto__', 'constructor', 'toString'])('an onset time of %s (an inherited key) is asked again', async (value) => {
    const raw = inSession(onsetSlot('onsetTime', value));
    expect((await speechOf(raw)).ssml).toContain(say('onset.unclear'));
  });

  it.each(['P999999999Y', 'P9999W'])('an onset %s ago, beyond any sensible onset, is asked again', async (value) => {
    const raw = inSession(onsetSlot('onsetAgo', value));
    expect((await speechOf(raw)).ssml).toContain(say('onset.unclear'));
  });
});
