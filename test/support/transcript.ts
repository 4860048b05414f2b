/**
 * Transcript tests: a conversation with the real skill (real handlers, real content, the embedded SQLite
 * store in a temp folder), driven by what the user says and matched against the locale's interaction model.
 * Every response is checked against Alexa's SSML limits on the way, so every dialogue test also proves that.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { buildSkill, SkillDeps } from '../../lambda/kernel/build-skill';
import { SqliteRecordStore } from '../../lambda/persistence/sqlite-store';
import type { SkillStore } from '../../lambda/kernel/user-store';
import { readUserState, UserState } from '../../lambda/core/user-state';
import { SkillConversation, ConversationOptions, Turn } from '../../tools/simulator/conversation';
import { loadModel } from './model';
import { ssmlProblems } from './alexa-limits';

export class TestClock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current.getTime());
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
  set(at: Date): void {
    this.current = new Date(at.getTime());
  }
}

export const HOURS = 3_600_000;
export const MINUTES = 60_000;

export interface TranscriptOptions {
  locale?: string;
  /** The interaction model to hear the user with: the locale's own, unless given (a locale the skill has no model for). */
  modelLocale?: string;
  userId?: string;
  /** Saturday 2026-11-21, 10:00 in New York, unless given. */
  now?: Date;
  timeZone?: string;
  /** Reuse a store and clock across conversations (two devices, or a later session); any store of the contract. */
  store?: SkillStore;
  clock?: TestClock;
  /** Anything else the conversation or the skill needs (an API endpoint, a screen, an API client). */
  conversation?: Partial<ConversationOptions>;
  skill?: Partial<SkillDeps>;
  /**
   * given (the default): the user said yes to keeping health details before the test begins (a consent marker is
   * stored for them if they have no record yet), so tests of other flows see what is stored across sessions.
   * unanswered: a user who was never asked, as every real new user starts; the consent tests use it.
   */
  healthConsent?: 'given' | 'unanswered';
}

/** The consent marker a `given` transcript user starts with. */
export const CONSENT_GIVEN_AT = '2026-11-01T12:00:00.000Z';

export interface Transcript {
  alexa: SkillConversation;
  clock: TestClock;
  store: SkillStore;
  /** The user's record as stored now. */
  stored(): Promise<UserState>;
  /** Every response so far, for assertions about the whole conversation. */
  turns: Turn[];
}

const dataDirs: string[] = [];
afterAll(() => {
  for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function transcript(options: TranscriptOptions = {}): Transcript {
  const locale = options.locale ?? 'en-US';
  const userId = options.userId ?? 'amzn1.ask.account.TEST-USER';
  const clock = options.clock ?? new TestClock(options.now ?? new Date('2026-11-21T15:00:00Z'));
  let store: SkillStore | undefined = options.store;
  if (!store) {
    const dir = mkdtempSync(path.join(tmpdir(), 'brc-transcript-'));
    dataDirs.push(dir);
    store = new SqliteRecordStore(dir, { clock: () => clock.now().getTime() });
  }
  const skill = buildSkill({ store, clock, pickVariant: () => 0, ...options.skill });
  const turns: Turn[] = [];
  const finalStore = store;
  let consentStored: Promise<void> | undefined;
  const invoke = async (envelope: RequestEnvelope): Promise<ResponseEnvelope> => {
    if ((options.healthConsent ?? 'given') === 'given') await (consentStored ??= storeConsent(finalStore, userId));
    const response = await skill.invoke(envelope);
    await assertWithinAlexaLimits(response, locale);
    return response;
  };
  const alexa = new SkillConversation({
    model: loadModel(options.modelLocale ?? locale),
    locale,
    userId,
    invoke,
    now: () => clock.now(),
    timeZone: options.timeZone ?? 'America/New_York',
    // Nothing listens there: Alexa API calls fail at once, and the skill must cope (time zone from the locale).
    apiEndpoint: 'http://127.0.0.1:9',
    ...options.conversation,
  });
  const originalSay = alexa.say.bind(alexa);
  alexa.say = async (utterance: string) => {
    const turn = await originalSay(utterance);
    turns.push(turn);
    return turn;
  };
  return {
    alexa,
    clock,
    store: finalStore,
    turns,
    async stored() {
      const record = await finalStore.read(userId);
      const reading = readUserState(record.attributes);
      if (reading.kind !== 'ok') throw new Error(`stored state unreadable: ${reading.reason}`);
      return reading.state;
    },
  };
}

/** A user with no record yet gets one holding only the consent marker; an existing record is left as it is. */
async function storeConsent(store: SkillStore, userId: string): Promise<void> {
  const existing = await store.read(userId).catch(() => undefined);
  if (!existing || existing.version > 0) return;
  await store.write(userId, { version: 1, pain: [], healthConsent: { answer: 'yes', at: CONSENT_GIVEN_AT } }, 0);
}

async function assertWithinAlexaLimits(envelope: ResponseEnvelope, locale: string): Promise<void> {
  const speeches = [envelope.response.outputSpeech, envelope.response.reprompt?.outputSpeech];
  for (const speech of speeches) {
    if (speech?.type !== 'SSML') continue;
    const problems = await ssmlProblems(speech.ssml, locale);
    if (problems.length > 0) throw new Error(`Response not valid for Alexa: ${problems.join('; ')}\n${speech.ssml}`);
  }
  const size = Buffer.byteLength(JSON.stringify(envelope));
  if (size > 24 * 1024) throw new Error(`Response is ${size} bytes, over 24 KB`);
}
