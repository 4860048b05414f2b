/**
 * Logs: one structured JSON line per request (request type, intent, locale, latency, outcome), never the user
 * id in clear, never what the user said (slot values: pain scores, symptoms, dates), never the speech.
 */
import { buildSkill } from '../../lambda/kernel/build-skill';
import { SqliteRecordStore } from '../../lambda/persistence/sqlite-store';
import { hashUser, LogSink } from '../../lambda/kernel/request-log';
import { createLogger, logLevelFor } from '../../lambda/logger';
import { FAKE_SKILL_ID } from '../../tools/simulator/envelope';
import { transcript } from '../support/transcript';
import { canFulfillRequest, skillDisabledEvent } from '../support/raw-requests';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

type Line = { level: 'info' | 'warn' | 'error'; message: string } & Record<string, unknown>;

function recorder(): LogSink & { lines: Line[] } {
  const lines: Line[] = [];
  const at = (level: Line['level']) => (message: string, ...extra: Record<string, unknown>[]) => {
    lines.push({ level, message, ...Object.assign({}, ...extra) });
  };
  return { lines, info: at('info'), warn: at('warn'), error: at('error') };
}

/** Everything a request line may carry. Anything else (a slot, the speech, an envelope) would be a leak. */
const ALLOWED_KEYS = new Set(['level', 'message', 'requestType', 'intent', 'task', 'locale', 'requestId', 'user', 'newSession', 'coldStart', 'latencyMs', 'outcome', 'error']);
const USER_ID = 'amzn1.ask.account.LOGGED-USER-AEIOU';

describe('the request log', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const freshStore = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'request-log-'));
    dirs.push(dir);
    return new SqliteRecordStore(dir);
  };

  it('writes exactly one line per request, with what happened and nothing the user said', async () => {
    const log = recorder();
    const t = transcript({ userId: USER_ID, skill: { log } });
    await t.alexa.say('open back relief coach');
    await t.alexa.say('no');
    await t.alexa.say('it started yesterday at nine in the morning');
    await t.alexa.say('seven out of ten');
    await t.alexa.say('i have numbness between my legs');

    expect(log.lines).toHaveLength(5);
    expect(log.lines.map((line) => line.intent ?? line.requestType)).toEqual([
      'LaunchRequest',
      'AMAZON.NoIntent',
      'SetOnsetIntent',
      'PainReportIntent',
      // Not which sign: that is a health detail.
      'WarningSign',
    ]);
    for (const line of log.lines) {
      expect(line).toMatchObject({ level: 'info', message: 'request', locale: 'en-US', outcome: 'ok', coldStart: expect.any(Boolean) });
      expect(typeof line.latencyMs).toBe('number');
      expect(line.user).toMatch(/^[0-9a-f]{12}$/);
      for (const key of Object.keys(line)) expect(ALLOWED_KEYS).toContain(key);
    }
    expect(new Set(log.lines.map((line) => line.user)).size).toBe(1); // one user, one tag, within a process
    expect(log.lines.filter((line) => line.coldStart)).toHaveLength(1);

    const text = JSON.stringify(log.lines).toLowerCase();
    for (const leak of [USER_ID.toLowerCase(), 'aeiou', 'numbness', 'legs', 'saddle', 'yesterday', 'nine', 'seven', 'out of ten', 'speak']) {
      expect(text).not.toContain(leak);
    }
    // The pain score (7) is in no field; timings may be any number, 7 ms included.
    const untimed = log.lines.map((line) => Object.entries(line).filter(([key]) => !/ms$/i.test(key)).map(([, value]) => value));
    expect(untimed.some((values) => values.some((value) => value === 7 || value === '7'))).toBe(false);
  });

  it('hashes the user id with a secret salt: the same id gives different tags under different salts', () => {
    const a = hashUser(USER_ID, Buffer.from('salt-one'));
    expect(a).toMatch(/^[0-9a-f]{12}$/);
    expect(hashUser(USER_ID, Buffer.from('salt-one'))).toBe(a);
    expect(hashUser(USER_ID, Buffer.from('salt-two'))).not.toBe(a);
  });

  it('logs an error the error handler answered as handledError, with the error but no request content', async () => {
    const log = recorder();
    const skill = buildSkill({ store: freshStore(), log });
    // No handler takes this request type: the error handler apologises.
    const envelope = canFulfillRequest('IceDurationIntent');
    (envelope.request as { type: string }).type = 'Alexa.Presentation.APL.UserEvent';
    const { response } = await skill.invoke(envelope);
    expect(response.outputSpeech).toBeDefined();
    expect(log.lines).toEqual([
      expect.objectContaining({ level: 'error', requestType: 'Alexa.Presentation.APL.UserEvent', outcome: 'handledError', error: expect.objectContaining({ name: 'AskSdk.GenericRequestDispatcher Error' }) }),
    ]);
  });

  it('logs a request the skill refused (another skill id) as failed, and still refuses it', async () => {
    const log = recorder();
    const skill = buildSkill({ store: freshStore(), log, skillId: FAKE_SKILL_ID });
    const envelope = canFulfillRequest('IceDurationIntent', {}, { skillId: 'amzn1.ask.skill.99999999-9999-4999-8999-999999999999' });
    await expect(skill.invoke(envelope)).rejects.toThrow(/skill id/i);
    expect(log.lines).toEqual([expect.objectContaining({ level: 'error', requestType: 'CanFulfillIntentRequest', intent: 'IceDurationIntent', outcome: 'failed' })]);
  });

  it('logs skill events and CanFulfill requests too', async () => {
    const log = recorder();
    const skill = buildSkill({ store: freshStore(), log });
    await skill.invoke(canFulfillRequest('IceDurationIntent'));
    await skill.invoke(skillDisabledEvent('NOT_PERSISTED'));
    expect(log.lines.map((line) => [line.requestType, line.outcome])).toEqual([
      ['CanFulfillIntentRequest', 'ok'],
      ['AlexaSkillEvent.SkillDisabled', 'ok'],
    ]);
  });

  it('is silent unless in Lambda or the web service, or LOG_LEVEL asks', () => {
    expect(logLevelFor(false, {})).toBe('SILENT');
    expect(logLevelFor(true, {})).toBe('INFO');
    expect(logLevelFor(false, { LOG_LEVEL: 'debug' })).toBe('DEBUG');
    expect(logLevelFor(true, { LOG_LEVEL: 'silent' })).toBe('SILENT');
    expect(logLevelFor(true, { POWERTOOLS_LOG_LEVEL: 'WARN', LOG_LEVEL: 'DEBUG' })).toBe('WARN');
    expect(logLevelFor(true, { LOG_LEVEL: 'nonsense' })).toBe('INFO');
  });

  /** What one request (and `after`) writes to stdout through a logger made with `onByDefault`. */
  async function stdoutOfOneRequest(onByDefault: boolean, after?: (log: LogSink) => void): Promise<string[]> {
    const written: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      const log = createLogger({ onByDefault, env: {} });
      const skill = buildSkill({ store: freshStore(), log });
      await skill.invoke(canFulfillRequest('IceDurationIntent', {}, { userId: USER_ID }));
      after?.(log);
    } finally {
      spy.mockRestore();
    }
    return written;
  }

  it('prints nothing at all when silent', async () => {
    expect(await stdoutOfOneRequest(false, (log) => log.warn('not heard'))).toEqual([]);
  });

  it('prints each request as one JSON line on stdout', async () => {
    const written = await stdoutOfOneRequest(true);
    const lines = written.join('').split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]) as Record<string, unknown>;
    expect(line).toMatchObject({ level: 'INFO', message: 'request', service: 'back-relief-coach', requestType: 'CanFulfillIntentRequest', intent: 'IceDurationIntent', outcome: 'ok' });
    expect(lines[0]).not.toContain(USER_ID);
  });
});
