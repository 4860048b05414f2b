/**
 * Builds everything the console talks through, in one place, so the next step (a local Alexa API
 * server, local timers and --time-scale) only changes what is wired here.
 */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { ConversationOptions, SkillConversation } from '../simulator/conversation';
import { FAKE_SKILL_ID } from '../simulator/envelope';
import { readInteractionModel } from '../simulator/model-file';
import type { ConsoleArgs } from './args';
import { SkillInvoke, loadBundledSkill } from './skill-handler';
import { Speaker, espeakSpeaker, silentSpeaker } from './speaker';

export const PROJECT_ROOT = resolve(__dirname, '..', '..');
export const BUNDLE_PATH = join(PROJECT_ROOT, 'lambda', 'dist', 'index.js');

/**
 * Until the local Alexa API server exists, Alexa API calls go to a loopback port where nothing
 * listens: they fail at once (and the skill falls back) instead of reaching Amazon with a fake token.
 */
export const UNREACHABLE_API_ENDPOINT = 'http://127.0.0.1:9';

export interface ConsoleSetup {
  conversation: SkillConversation;
  speaker: Speaker;
  /** Lines to show before the conversation starts. */
  notes: string[];
}

export function setUpConsole(args: ConsoleArgs, invoke: SkillInvoke = loadBundledSkill(BUNDLE_PATH)): ConsoleSetup {
  const notes: string[] = [];
  let speaker = silentSpeaker;
  if (args.speak) {
    const espeak = espeakSpeaker();
    if (espeak) speaker = espeak;
    else notes.push('(--speak: espeak-ng is not on PATH, so answers are shown but not spoken)');
  }
  return { conversation: new SkillConversation(conversationOptions(args, invoke)), speaker, notes };
}

export function conversationOptions(args: ConsoleArgs, invoke: SkillInvoke): ConversationOptions {
  return {
    model: readInteractionModel(args.locale, PROJECT_ROOT),
    locale: args.locale,
    userId: userIdFor(args.user),
    invoke,
    now: () => new Date(),
    // The skill checks the application id only when SKILL_ID is set; then it must match.
    skillId: process.env.SKILL_ID?.trim() || FAKE_SKILL_ID,
    apiEndpoint: UNREACHABLE_API_ENDPOINT,
    apiAccessToken: 'local-console-token',
  };
}

/** A stable Alexa-style user id for a name: the same name is the same user across runs. */
export function userIdFor(name: string): string {
  const digest = createHash('sha256').update(`back-relief-coach-console:${name}`).digest('hex').toUpperCase();
  return `amzn1.ask.account.${digest}`;
}
