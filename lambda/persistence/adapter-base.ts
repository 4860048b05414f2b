/**
 * ASK's PersistenceAdapter on top of a versioned UserRecordStore. ASK's interface has no version, so
 * saveAttributes is last-writer-wins: it writes over whatever version is stored, retrying on a race. It
 * still refuses to overwrite an unreadable record (read throws). Nothing is remembered between calls.
 * deleteAttributes is purge(): there is one way to delete a user's data. Each call gets the budget of the
 * envelope's turn, if the skill started one for it.
 */
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { requestBudget, TurnBudget } from '../kernel/turn-budget';
import { PurgingStore, UserRecordStore, VersionConflictError, VersionedRecord, isPlainObject } from './record-store';

const SAVE_ATTEMPTS = 3;

export abstract class RecordStoreAdapter implements UserRecordStore, PurgingStore, PersistenceAdapter {
  abstract read(userId: string, budget?: TurnBudget): Promise<VersionedRecord>;
  abstract write(userId: string, attributes: Record<string, unknown>, expectedVersion: number, budget?: TurnBudget): Promise<number>;
  abstract quarantine(userId: string, budget?: TurnBudget): Promise<void>;
  abstract purge(userId: string, budget?: TurnBudget): Promise<void>;

  async getAttributes(requestEnvelope: RequestEnvelope): Promise<Record<string, unknown>> {
    return (await this.read(userIdOf(requestEnvelope), requestBudget(requestEnvelope))).attributes;
  }

  async saveAttributes(requestEnvelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    const userId = userIdOf(requestEnvelope);
    const budget = requestBudget(requestEnvelope);
    for (let attempt = 1; ; attempt++) {
      const { version } = await this.read(userId, budget);
      try {
        await this.write(userId, attributes, version, budget);
        return;
      } catch (error) {
        if (!(error instanceof VersionConflictError) || attempt >= SAVE_ATTEMPTS) throw error;
      }
    }
  }

  async deleteAttributes(requestEnvelope: RequestEnvelope): Promise<void> {
    await this.purge(userIdOf(requestEnvelope), requestBudget(requestEnvelope));
  }
}

/** The Alexa user id (`context.System.user.userId`), checked rather than trusted. */
export function userIdOf(requestEnvelope: RequestEnvelope): string {
  const envelope: unknown = requestEnvelope;
  const context = isPlainObject(envelope) ? envelope.context : undefined;
  const system = isPlainObject(context) ? context.System : undefined;
  const user = isPlainObject(system) ? system.user : undefined;
  const userId = isPlainObject(user) ? user.userId : undefined;
  if (typeof userId !== 'string' || userId.length === 0) throw new Error('request envelope has no user id');
  return userId;
}
