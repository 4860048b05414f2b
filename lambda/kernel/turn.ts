/**
 * Everything one request needs, built once by the loading interceptor and handed to handlers:
 * the user's stored facts, the session, the clock and the speech for the request's locale.
 * Nothing here lives in module scope, so no request sees another's data.
 */
import { HandlerInput } from 'ask-sdk-core';
import { Clock } from '../core/clock';
import { carePhase, PhaseView } from '../core/phase';
import { UserState } from '../core/user-state';
import type { HealthRecords } from '../config';
import { Speech } from '../speech/i18n';
import { defaultTimeZone } from '../alexa/time-zone';
import { SessionState } from './session-state';
import { readUserRecord, UserRecord } from './user-record';

/** How the user's record came back from storage this turn. */
export type StorageStatus = 'ok' | 'unavailable' | 'reset';

export type UserUpdate = (state: UserState) => void;

export interface Turn {
  readonly input: HandlerInput;
  readonly speech: Speech;
  readonly now: Date;
  readonly clock: Clock;
  readonly userId: string;
  /** The user's facts as this turn sees them; change them only through update(). */
  readonly user: UserState;
  /** The user's feature records, typed; parsed once, and again only after an update. */
  readonly record: UserRecord;
  readonly session: SessionState;
  readonly storage: StorageStatus;
  /** Whether health details may be kept (with consent) or never (off): decides whether consent is asked. */
  readonly healthRecords: HealthRecords;
  /** A new session opened straight onto an intent ("ask back relief coach how long ..."). */
  readonly oneShot: boolean;
  /** Applies a change now and records it, so it can be replayed on a fresher copy if another device wrote first. */
  update(change: UserUpdate): void;
  readonly updates: readonly UserUpdate[];
  /** Whether the updates left the facts different from what was loaded (an update may set what was there). */
  changedFacts(): boolean;
  readonly storedVersion: number;
  /** The record must be written even if nothing changes (a migration, a fresh start after a reset). */
  readonly mustSave: boolean;
  /** Short lines to say before this turn's answer (the "if something feels wrong, tell me" hint). */
  readonly leads: string[];
  phase(): PhaseView;
}

export interface TurnInit {
  input: HandlerInput;
  speech: Speech;
  clock: Clock;
  userId: string;
  user: UserState;
  session: SessionState;
  storage: StorageStatus;
  healthRecords: HealthRecords;
  storedVersion: number;
  mustSave: boolean;
}

export function createTurn(init: TurnInit): Turn {
  const now = init.clock.now();
  const updates: UserUpdate[] = [];
  const envelope = init.input.requestEnvelope;
  const oneShot = Boolean(envelope.session?.new) && envelope.request.type === 'IntentRequest';
  const loadedFacts = JSON.stringify(init.user);
  let parsed = { updates: 0, record: readUserRecord(init.user, now) };
  return {
    ...init,
    get record() {
      if (parsed.updates !== updates.length) parsed = { updates: updates.length, record: readUserRecord(init.user, now) };
      return parsed.record;
    },
    now,
    oneShot,
    updates,
    leads: [],
    changedFacts: () => updates.length > 0 && JSON.stringify(init.user) !== loadedFacts,
    update(change) {
      change(init.user);
      updates.push(change);
    },
    phase() {
      const onset = init.user.onsetAt ? new Date(init.user.onsetAt) : undefined;
      return carePhase(onset, init.user.pain, now, init.user.timeZone ?? defaultTimeZone(init.speech.locale));
    },
  };
}

const TURN_KEY = 'turn';

export function attachTurn(input: HandlerInput, turn: Turn): void {
  input.attributesManager.getRequestAttributes()[TURN_KEY] = turn;
}

export function turnOf(input: HandlerInput): Turn {
  const turn: unknown = input.attributesManager.getRequestAttributes()[TURN_KEY];
  if (!turn) throw new Error('No turn context: the loading interceptor did not run');
  return turn as Turn;
}

export function hasTurn(input: HandlerInput): boolean {
  return Boolean(input.attributesManager.getRequestAttributes()[TURN_KEY]);
}
