/**
 * The benchmark's realistic mix of turns: users at different points of recovery, each talking to the skill over
 * several sessions the way the README's sample conversation goes (first launch and safety check, onset, care
 * questions, pain check-ins, yes and no, help, repeat, stop, walking away, one-shot questions). Utterances go
 * through the simulator (tools/simulator), so every request is the envelope Alexa would send.
 *
 * Ice and heat timers are left out: those turns wait on Alexa's Timers API, whose time is Amazon's, not the
 * skill's. The time zone lookup when the onset is told goes to a closed local port and fails at once (the skill
 * then uses the locale's zone), so its cost in the figures is a refused connection, not Amazon's latency.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { SkillConversation } from '../../tools/simulator/conversation';
import { readInteractionModel } from '../../tools/simulator/model-file';

/** One session: the utterances, then how it ends ('silence': the user walks away; Alexa sends SessionEnded). */
interface Session {
  say: string[];
  then?: 'silence';
}

/** A user's story over several sessions, by how long ago the spasm began. */
const STORIES: Array<{ onset: string; sessions: Session[] }> = [
  {
    onset: 'it started this morning',
    sessions: [
      { say: ['open back relief coach', 'no', '$onset', 'no', 'how long do i keep ice on', 'my pain is a seven', 'how should i lie down', 'stop'] },
      { say: ['ask back relief coach how often should i ice'] },
      { say: ['open back relief coach', 'no', 'my pain is a six', 'can i take painkillers', 'say that again', 'no'] },
      { say: ['open back relief coach', 'where am i in my recovery', 'help'], then: 'silence' },
    ],
  },
  {
    onset: 'two days ago',
    sessions: [
      { say: ['open back relief coach', 'no', '$onset', 'no', 'ice or heat', 'my pain is a five', 'when do i switch to heat', 'stop'] },
      { say: ['open back relief coach', 'no', 'can i use a heating pad', 'my pain is a four', 'should i stay in bed', 'no'] },
      { say: ['ask back relief coach when should i see a doctor'] },
      { say: ['open back relief coach', 'what can you do', 'how do i use a tennis ball'], then: 'silence' },
    ],
  },
  {
    onset: 'five days ago',
    sessions: [
      { say: ['open back relief coach', 'no', '$onset', 'no', 'my pain is a three', 'can i take a warm bath', 'stop'] },
      { say: ['open back relief coach', 'no', 'my pain is a two', 'how do i prevent this', 'where am i in my recovery', 'no'] },
      { say: ['ask back relief coach where am i in my recovery'] },
      { say: ['open back relief coach', 'blah blah', 'help', 'stop'] },
    ],
  },
];

export interface TimedTurn {
  /** Request type, and the intent for an IntentRequest: "IntentRequest PainReportIntent". */
  kind: string;
  /** Wall time of the handler call. */
  ms: number;
  /** CPU time of the process during the call (user + system, all threads): the turn's own work, without waits. */
  cpuMs: number;
}

export interface MixOptions {
  users: number;
  /** Called for every request; returns the response. Timing is done here, around this call only. */
  invoke: (envelope: RequestEnvelope) => Promise<ResponseEnvelope>;
  onTurn?: (turn: TimedTurn) => void;
  userPrefix?: string;
}

export function kindOf(envelope: RequestEnvelope): string {
  const request = envelope.request;
  return request.type === 'IntentRequest' ? `IntentRequest ${request.intent.name}` : request.type;
}

/** Runs every user's story; returns the number of turns. */
export async function runMix(options: MixOptions): Promise<number> {
  const model = readInteractionModel('en-US');
  let turns = 0;
  for (let n = 0; n < options.users; n += 1) {
    const story = STORIES[n % STORIES.length];
    const alexa = new SkillConversation({
      model,
      locale: 'en-US',
      userId: `amzn1.ask.account.${options.userPrefix ?? 'BENCH'}-${n}`,
      now: () => new Date(),
      timeZone: 'America/New_York',
      apiEndpoint: 'http://127.0.0.1:9',
      invoke: async (envelope) => {
        const cpu = process.cpuUsage();
        const started = performance.now();
        const response = await options.invoke(envelope);
        const ms = performance.now() - started;
        const used = process.cpuUsage(cpu);
        options.onTurn?.({ kind: kindOf(envelope), ms, cpuMs: (used.user + used.system) / 1000 });
        turns += 1;
        return response;
      },
    });
    for (const session of story.sessions) {
      for (const said of session.say) await alexa.say(said === '$onset' ? story.onset : said);
      if (session.then === 'silence' && alexa.sessionOpen) await alexa.silence();
    }
  }
  return turns;
}
