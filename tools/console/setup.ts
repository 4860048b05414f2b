/**
 * Builds everything the console talks through, in one place: the conversation with the bundled skill, the
 * local Alexa API it calls for timers, reminders and the time zone, and the clock all three share.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scaledClock } from '../../lambda/core/clock';
import { LocalAlexa, readDeclaredTasks, readSkillName } from '../local-alexa';
import { ConversationOptions, SkillConversation } from '../simulator/conversation';
import { FAKE_SKILL_ID } from '../simulator/envelope';
import { readInteractionModel } from '../simulator/model-file';
import type { ConsoleArgs } from './args';
import { AlertDesk } from './alerts';
import { SkillInvoke, loadBundledSkill } from './skill-handler';
import { Speaker, espeakSpeaker, silentSpeaker } from './speaker';

export const PROJECT_ROOT = resolve(__dirname, '..', '..');
export const BUNDLE_PATH = join(PROJECT_ROOT, 'lambda', 'dist', 'index.js');
export const SKILL_PACKAGE = join(PROJECT_ROOT, 'skill-package');

/** An endpoint where nothing listens: Alexa API calls fail at once (for callers without a local Alexa). */
export const UNREACHABLE_API_ENDPOINT = 'http://127.0.0.1:9';

export interface ConsoleSetup {
  conversation: SkillConversation;
  speaker: Speaker;
  /** Lines to show before the conversation starts. */
  notes: string[];
  /** The local Alexa API the skill's timers and reminders run on. */
  alexa: LocalAlexa;
  alerts: AlertDesk;
  close(): Promise<void>;
}

/**
 * Starts the local Alexa API and the conversation. With --time-scale the skill's clock runs fast too: the bundle
 * reads SKILL_TIME_SCALE and SKILL_TIME_ORIGIN when it loads, so they are set before it is loaded here.
 */
export async function setUpConsole(args: ConsoleArgs, invoke?: SkillInvoke): Promise<ConsoleSetup> {
  const notes: string[] = [];
  let speaker = silentSpeaker;
  if (args.speak) {
    const espeak = espeakSpeaker();
    if (espeak) speaker = espeak;
    else notes.push('(--speak: espeak-ng is not on PATH, so answers are shown but not spoken)');
  }
  const origin = Date.now();
  const scale = args.timeScale ?? 1;
  const clock = scaledClock(origin, scale, Date.now, args.startAt ?? origin);
  if (scale !== 1 || args.startAt !== undefined) {
    process.env.SKILL_TIME_SCALE = String(scale);
    process.env.SKILL_TIME_ORIGIN = String(origin);
    if (args.startAt !== undefined) process.env.SKILL_TIME_START = String(args.startAt);
  }
  if (scale !== 1) notes.push(`(time runs ${scale} times faster: a 20 minute timer rings after ${formatSeconds((20 * 60) / scale)})`);
  const alexa = await LocalAlexa.start({ now: () => clock.now(), realTime: { timeScale: scale }, tasks: readDeclaredTasks(SKILL_PACKAGE) });
  const options = conversationOptions(args, invoke ?? loadBundledSkill(BUNDLE_PATH), alexa.endpoint, () => clock.now());
  const conversation = new SkillConversation(options);
  const skillName = readSkillName(SKILL_PACKAGE, args.locale) ?? titleCase(options.model.interactionModel.languageModel.invocationName);
  alexa.attach(conversation, skillName);
  return { conversation, speaker, notes, alexa, alerts: new AlertDesk(alexa), close: () => alexa.close() };
}

export function conversationOptions(
  args: ConsoleArgs,
  invoke: SkillInvoke,
  apiEndpoint: string = UNREACHABLE_API_ENDPOINT,
  now: () => Date = () => new Date(),
): ConversationOptions {
  return {
    model: readInteractionModel(args.locale, PROJECT_ROOT),
    locale: args.locale,
    userId: userIdFor(args.user),
    invoke,
    now,
    // The skill checks the application id only when SKILL_ID is set; then it must match.
    skillId: process.env.SKILL_ID?.trim() || FAKE_SKILL_ID,
    apiEndpoint,
    ...(args.timeZone ? { timeZone: args.timeZone } : {}),
    apiAccessToken: `local-console-token-${createHash('sha256').update(args.user).digest('hex').slice(0, 12)}`,
    declaredPermissions: declaredPermissions(),
  };
}

function declaredPermissions(): string[] {
  const skill = JSON.parse(readFileSync(join(SKILL_PACKAGE, 'skill.json'), 'utf8')) as { manifest: { permissions?: Array<{ name: string }> } };
  return (skill.manifest.permissions ?? []).map((permission) => permission.name);
}

/** A stable Alexa-style user id for a name: the same name is the same user across runs. */
export function userIdFor(name: string): string {
  const digest = createHash('sha256').update(`back-relief-coach-console:${name}`).digest('hex').toUpperCase();
  return `amzn1.ask.account.${digest}`;
}

function titleCase(text: string): string {
  return text.replace(/\b\w/g, (letter) => letter.toUpperCase());
}

function formatSeconds(seconds: number): string {
  return seconds >= 60 ? `${Math.round(seconds / 6) / 10} minutes` : `${Math.round(seconds * 10) / 10} seconds`;
}
