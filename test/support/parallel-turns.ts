/**
 * Many turns of one user at once, each in its own skill instance (its own Lambda container or process): every
 * turn reports a different pain score, so afterwards the stored record says which turns were lost, if any.
 * Used in-process by test/faults/parallel-turns.test.ts and, one process per worker, by turn-worker.ts.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { buildSkill } from '../../lambda/kernel/build-skill';
import type { SkillStore } from '../../lambda/kernel/user-store';
import { envelope, FAKE_SKILL_ID, intentRequest, newSessionId, stamp } from '../../tools/simulator/envelope';

export const PARALLEL_NOW = new Date('2026-11-21T15:00:00Z');

export function painTurn(userId: string, score: number): RequestEnvelope {
  return envelope(
    { skillId: FAKE_SKILL_ID, userId, deviceId: `amzn1.ask.device.PARALLEL-${score}`, locale: 'en-US', supportedInterfaces: {}, apiEndpoint: 'http://127.0.0.1:9', apiAccessToken: 't' },
    intentRequest(stamp('en-US', PARALLEL_NOW), 'PainReportIntent', { painScore: { value: String(score) } }),
    { sessionId: newSessionId(), new: false, attributes: {} },
  );
}

/** `offsetMs` sets the instance's clock apart, so two reports of the same score are two different entries. */
export function parallelSkill(store: SkillStore, offsetMs = 0) {
  const now = new Date(PARALLEL_NOW.getTime() + offsetMs);
  return buildSkill({ store, clock: { now: () => now }, pickVariant: () => 0, skillId: FAKE_SKILL_ID });
}

/** Sends every score at once, each through its own skill instance; resolves to what each turn said. */
export async function reportAtOnce(stores: readonly SkillStore[], userId: string, scores: readonly number[]): Promise<string[]> {
  const skills = scores.map((_, i) => parallelSkill(stores[i % stores.length], i));
  const answers: ResponseEnvelope[] = await Promise.all(scores.map((score, i) => skills[i].invoke(painTurn(userId, score))));
  return answers.map((answer) => (answer.response.outputSpeech?.type === 'SSML' ? answer.response.outputSpeech.ssml : ''));
}

/** The scores the stored record holds, in order, after the seeded ones. */
export function storedScores(attributes: Record<string, unknown>): number[] {
  const pain = Array.isArray(attributes.pain) ? (attributes.pain as Array<{ score?: unknown }>) : [];
  return pain.map((entry) => Number(entry.score));
}
