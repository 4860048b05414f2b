/**
 * Transcript tests against the local Alexa API (tools/local-alexa): a loopback server per test that checks every
 * timer and reminder request against the documented shapes, knows what the user has granted (from the
 * conversation's answers to AskFor), and can be told to fail or hang. Timers ring when the test says so.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RequestEnvelope } from 'ask-sdk-model';
import { LocalAlexa, LocalAlexaOptions, LocalDevice, REMINDERS_SCOPE, TIMERS_SCOPE, AlertEvent, readDeclaredTasks } from '../../tools/local-alexa';
import type { Turn } from '../../tools/simulator/conversation';
import { TestClock, Transcript, TranscriptOptions, transcript } from './transcript';

export const SKILL_PACKAGE = path.resolve(__dirname, '..', '..', 'skill-package');

/** The permissions the skill's manifest declares: an AskFor for any other gets status 400, as Alexa answers. */
export function declaredPermissions(): string[] {
  const skill = JSON.parse(readFileSync(path.join(SKILL_PACKAGE, 'skill.json'), 'utf8')) as { manifest: { permissions?: Array<{ name: string }> } };
  return (skill.manifest.permissions ?? []).map((permission) => permission.name);
}

export interface AlexaTranscript extends Transcript {
  api: LocalAlexa;
  device: LocalDevice;
  /** Rings every timer whose time has come (advance the clock first). */
  ringDue(): AlertEvent[];
  /** The user says yes to Alexa's "would you like to continue with ...": the skill's task launch. */
  acceptTask(event: AlertEvent): Promise<Turn>;
}

export interface AlexaTranscriptOptions extends TranscriptOptions {
  /** Granted before the conversation (in the Alexa app). */
  grant?: Array<'timers' | 'reminders'>;
  api?: Partial<LocalAlexaOptions>;
}

const servers: LocalAlexa[] = [];
let tokens = 0;

afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

export async function transcriptWithAlexa(options: AlexaTranscriptOptions = {}): Promise<AlexaTranscript> {
  const clock = options.clock ?? new TestClock(options.now ?? new Date('2026-11-21T15:00:00Z'));
  const api = await LocalAlexa.start({ now: () => clock.now(), tasks: readDeclaredTasks(SKILL_PACKAGE), ...options.api });
  servers.push(api);
  tokens += 1;
  const granted = (options.grant ?? []).map((grant) => (grant === 'timers' ? TIMERS_SCOPE : REMINDERS_SCOPE));
  const t = transcript({
    ...options,
    clock,
    conversation: {
      apiEndpoint: api.endpoint,
      apiAccessToken: `local-alexa-token-${tokens}`,
      grantedPermissions: granted,
      declaredPermissions: declaredPermissions(),
      ...options.conversation,
    },
  });
  const device = api.attach(t.alexa);
  return {
    ...t,
    api,
    device,
    ringDue: () => api.ringDue(),
    async acceptTask(event) {
      if (event.type !== 'launchTask') throw new Error(`A ${event.type} alert launches no task`);
      const turn = await t.alexa.launchTask(event.task);
      t.turns.push(turn);
      return turn;
    },
  };
}

/** First launch, safety check, onset: the user is on day 1, ice time, and offered an ice session. */
export async function onboard(t: Transcript, onset = 'it started this morning'): Promise<void> {
  await t.alexa.say('open back relief coach');
  await t.alexa.say('no');
  await t.alexa.say(onset);
}

export type { RequestEnvelope };
