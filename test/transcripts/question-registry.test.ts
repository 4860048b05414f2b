/**
 * Every kind of question the skill asks, walked through "yes", "no", "I'm not sure", a fallback, silence and a
 * warning sign (issue 10). The questions are set in the session as the skill itself leaves them; the requests go
 * to the real skill. The sample questions are a mapped type over the kinds: a new kind without one does not compile.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { buildSkill } from '../../lambda/kernel/build-skill';
import { SqliteRecordStore } from '../../lambda/persistence/sqlite-store';
import { QUESTION_KINDS, QuestionKind, QuestionOf } from '../../lambda/kernel/session-state';
import { questionRegistry } from '../../lambda/features/registry';
import { USER_STATE_VERSION, UserState } from '../../lambda/core/user-state';
import { envelope, intentRequest, sessionEndedRequest, stamp } from '../../tools/simulator/envelope';
import { ssmlToText } from '../../tools/simulator/speech-text';
import { linesOf } from '../support/heard';
import { ago, DAYS } from '../support/stretch';
import { HOURS } from '../support/transcript';

const NOW = new Date('2026-11-21T15:00:00Z');
const device = {
  skillId: 'amzn1.ask.skill.test',
  userId: 'amzn1.ask.account.REGISTRY',
  deviceId: 'device',
  locale: 'en-US',
  supportedInterfaces: {},
  apiEndpoint: 'http://127.0.0.1:9',
  apiAccessToken: 'token',
};

// The right knee of the knee-to-chest routine, just played ("Ready for the other side?").
const ROUTINE_RUN = { routineId: 'kneeToChest', reps: [1, 3, 1, 1], pace: 'normal', step: 1, side: 'right', rep: 1 };

/** One question of each kind, as the skill leaves it pending, with the session it needs. */
const SAMPLES: { readonly [K in QuestionKind]: { question: QuestionOf<K>; session?: Record<string, unknown>; user?: Partial<UserState> } } = {
  onset: { question: { kind: 'onset' }, user: { onsetAt: undefined } },
  offer: { question: { kind: 'offer', offer: 'iceSession' } },
  anythingElse: { question: { kind: 'anythingElse' } },
  nothingAsked: { question: { kind: 'nothingAsked' } },
  safetyCheck: { question: { kind: 'safetyCheck' }, user: { safetyCheckAt: undefined } },
  gotChecked: { question: { kind: 'gotChecked' }, user: { warningSign: { flag: 'FEVER', at: ago(DAYS, NOW) } } },
  misheardCheck: { question: { kind: 'misheardCheck' }, user: { warningSign: { flag: 'FEVER', at: ago(DAYS, NOW) } } },
  pain: { question: { kind: 'pain' } },
  painConfirm: { question: { kind: 'painConfirm', score: 7 } },
  towelCheck: { question: { kind: 'towelCheck', minutes: 20 } },
  skinCheck: { question: { kind: 'skinCheck', minutes: 20 } },
  startTimer: { question: { kind: 'startTimer', session: 'ice', minutes: 20 } },
  breakTimer: { question: { kind: 'breakTimer', minutes: 20 } },
  reminders: { question: { kind: 'reminders' } },
  timerPaused: { question: { kind: 'timerPaused' } },
  switchSession: { question: { kind: 'switchSession', session: 'ice', minutes: 20 } },
  stretchPain: { question: { kind: 'stretchPain', routine: 'kneeToChest', resume: false }, user: { onsetAt: ago(4 * DAYS, NOW) } },
  healthConsent: { question: { kind: 'healthConsent', then: 'greeting' }, user: { healthConsent: undefined } },
  forgetMe: { question: { kind: 'forgetMe' } },
  routine: { question: { kind: 'routine' }, session: { routine: ROUTINE_RUN }, user: { onsetAt: ago(4 * DAYS, NOW), pain: [{ score: 3, at: ago(2 * HOURS, NOW) }] } },
};

const dirs: string[] = [];
const stores: SqliteRecordStore[] = [];
afterAll(() => {
  stores.forEach((store) => store.close());
  dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

async function setUp(kind: QuestionKind) {
  const dir = mkdtempSync(path.join(tmpdir(), 'brc-registry-'));
  dirs.push(dir);
  const store = new SqliteRecordStore(dir);
  stores.push(store);
  const sample = SAMPLES[kind];
  const user: Record<string, unknown> = {
    version: USER_STATE_VERSION,
    onsetAt: ago(DAYS, NOW),
    timeZone: 'America/New_York',
    pain: [{ score: 5, at: ago(3 * HOURS, NOW) }],
    disclaimerHeardAt: ago(DAYS, NOW),
    safetyCheckAt: ago(DAYS, NOW),
    healthConsent: { answer: 'yes', at: ago(DAYS, NOW) },
    ...sample.user,
  };
  for (const key of Object.keys(user)) if (user[key] === undefined) delete user[key];
  await store.write(device.userId, user, 0);
  const skill = buildSkill({ store, clock: { now: () => NOW }, pickVariant: () => 0 });
  const attributes = { ...sample.session, pending: sample.question, lastReprompt: 'the last reprompt' };
  const send = (request: RequestEnvelope['request']): Promise<ResponseEnvelope> =>
    skill.invoke(envelope(device, request, { sessionId: 's', attributes, new: false }));
  const say = async (intent: string, slots: Record<string, { value: string }> = {}) => {
    const response = await send(intentRequest(stamp('en-US', NOW), intent, slots));
    const outputSpeech = response.response.outputSpeech;
    const reprompt = response.response.reprompt?.outputSpeech;
    return {
      speech: ssmlToText(outputSpeech?.type === 'SSML' ? outputSpeech.ssml : ''),
      reprompt: ssmlToText(reprompt?.type === 'SSML' ? reprompt.ssml : ''),
      ended: response.response.shouldEndSession === true,
      pending: (response.sessionAttributes as { pending?: { kind: string } } | undefined)?.pending,
    };
  };
  const stored = async () => (await store.read(device.userId)).attributes as unknown as UserState;
  return { say, send, stored };
}

const ERROR = linesOf('common.error')[0];
const HINT = linesOf('safety.feltWrongHint')[0];

describe('"go on" with an offer pending in the middle of a routine', () => {
  it('carries on with the routine, not the offer', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'brc-registry-'));
    dirs.push(dir);
    const store = new SqliteRecordStore(dir);
    stores.push(store);
    await store.write(device.userId, { version: USER_STATE_VERSION, onsetAt: ago(4 * DAYS, NOW), timeZone: 'America/New_York', pain: [{ score: 3, at: ago(2 * HOURS, NOW) }], disclaimerHeardAt: ago(DAYS, NOW), safetyCheckAt: ago(DAYS, NOW), healthConsent: { answer: 'yes', at: ago(DAYS, NOW) } }, 0);
    const skill = buildSkill({ store, clock: { now: () => NOW }, pickVariant: () => 0 });
    const attributes = { routine: ROUTINE_RUN, pending: { kind: 'offer', offer: 'iceSession' } };
    const response = await skill.invoke(envelope(device, intentRequest(stamp('en-US', NOW), 'AMAZON.ResumeIntent'), { sessionId: 's', attributes, new: false }));
    expect((response.sessionAttributes as { pending?: { kind: string } }).pending?.kind).toBe('routine');
  });
});

describe.each(QUESTION_KINDS)('the %s question', (kind) => {
  it('has its answers in the registry', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'brc-registry-'));
    dirs.push(dir);
    const store = new SqliteRecordStore(dir);
    stores.push(store);
    const answers = questionRegistry(store)[kind];
    for (const part of ['yes', 'no', 'unsure', 'number', 'date', 'fallback', 'reprompt'] as const) expect(typeof answers[part]).toBe('function');
    expect(['unanswered', 'declined', 'keepsPlace']).toContain(answers.silence);
  });

  it('gives "yes" and "no" answers of their own, and "not sure" an answer', async () => {
    const { say } = await setUp(kind);
    const yes = await say('AMAZON.YesIntent');
    const no = await say('AMAZON.NoIntent');
    const unsure = await say('UnsureIntent');
    for (const turn of [yes, no, unsure]) {
      expect(turn.speech).not.toBe('');
      expect(turn.speech).not.toContain(ERROR);
    }
    expect(yes.speech).not.toBe(no.speech);
  });

  it('takes "go on" (AMAZON.ResumeIntent) as its yes only where the registry says so, and never for consent', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'brc-registry-'));
    dirs.push(dir);
    const store = new SqliteRecordStore(dir);
    stores.push(store);
    const meaning = questionRegistry(store)[kind].goOn;
    const consent: readonly QuestionKind[] = ['healthConsent', 'reminders', 'forgetMe'];
    if (consent.includes(kind)) expect(meaning).toBe('notAnAnswer');
    const { say, stored } = await setUp(kind);
    const before = await stored();
    const goOn = await say('AMAZON.ResumeIntent');
    expect(goOn.speech).not.toContain(ERROR);
    if (consent.includes(kind)) expect(await stored()).toEqual(before);
    const yes = await say('AMAZON.YesIntent');
    if (meaning === 'yes') expect(goOn.speech).toBe(yes.speech);
    if (consent.includes(kind)) expect(goOn.speech).not.toBe(yes.speech);
  });

  it('keeps the question when "next", "go back", "start over" or a "go on" that is not its yes are said to it, with no routine running', async () => {
    if (kind === 'anythingElse' || kind === 'nothingAsked' || kind === 'routine') return;
    const dir = mkdtempSync(path.join(tmpdir(), 'brc-registry-'));
    dirs.push(dir);
    const store = new SqliteRecordStore(dir);
    stores.push(store);
    const intents = ['AMAZON.NextIntent', 'AMAZON.PreviousIntent', 'AMAZON.StartOverIntent'];
    if (questionRegistry(store)[kind].goOn === 'notAnAnswer') intents.push('AMAZON.ResumeIntent');
    const { say } = await setUp(kind);
    for (const intent of intents) {
      const turn = await say(intent);
      expect({ intent, pending: turn.pending?.kind, ended: turn.ended }).toEqual({ intent, pending: kind, ended: false });
      expect(turn.speech).not.toContain(ERROR);
      expect(turn.reprompt).not.toBe('');
    }
  });

  it('asks the question again after words it did not understand, with the "if something feels wrong" line when a question is open', async () => {
    const { say } = await setUp(kind);
    const turn = await say('AMAZON.FallbackIntent');
    expect(turn.ended).toBe(false);
    expect(turn.reprompt).not.toBe('');
    expect(turn.speech).not.toContain(ERROR);
    const open = kind !== 'anythingElse' && kind !== 'nothingAsked';
    expect(turn.speech.startsWith(HINT)).toBe(open);
    // The question is still the one waiting.
    if (open) expect(turn.pending?.kind).toBe(kind);
  });

  it('takes silence without a word, and stores no answer for it', async () => {
    const { send, stored } = await setUp(kind);
    const before = await stored();
    const response = await send(sessionEndedRequest(stamp('en-US', NOW), 'EXCEEDED_MAX_REPROMPTS'));
    expect(response.response.outputSpeech).toBeUndefined();
    const after = await stored();
    expect(after.safetyCheckAt).toBe(before.safetyCheckAt);
    expect(after.warningSign).toEqual(before.warningSign);
  });

  it.each(['RedFlagBladderIntent', 'RedFlagSaddleNumbnessIntent', 'RedFlagFeverIntent'])('answers a warning sign (%s) at once, whatever was asked', async (intent) => {
    const { say, stored } = await setUp(kind);
    const turn = await say(intent);
    const urgent = linesOf(intent === 'RedFlagFeverIntent' ? 'safety.sameDay.FEVER' : intent === 'RedFlagBladderIntent' ? 'safety.emergencySign.BLADDER' : 'safety.emergencySign.SADDLE_NUMBNESS')[0];
    expect(turn.speech.startsWith(urgent)).toBe(true);
    expect(turn.ended).toBe(true);
    // Stored with its time; without consent only as a marker, which sign it was being a health detail (core/health-details).
    const sign = (await stored()).warningSign;
    expect(sign?.at).toBe(NOW.toISOString());
    if (kind === 'healthConsent') expect(sign?.flag).toBe('UNSPECIFIED');
  });
});
