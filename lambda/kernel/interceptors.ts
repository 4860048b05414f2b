/**
 * Loads the turn before any handler runs, and saves what changed after. One read, at most one write, and no
 * write when the turn changed nothing. When the store cannot be read, the turn runs on what the session knows
 * (session-snapshot) and writes nothing; when the write cannot land within the turn's budget, the answer still
 * goes out, with a note.
 */
import { RequestInterceptor, ResponseInterceptor, HandlerInput } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { Clock } from '../core/clock';
import { storableState } from '../core/health-details';
import type { HealthRecords } from '../config';
import { readUserState, UserState } from '../core/user-state';
import { createSpeech, VariantPicker } from '../speech/i18n';
import { readSessionState } from './session-state';
import { readSnapshot, snapshotAttribute } from './session-snapshot';
import { requestLocale } from './request';
import { attachTurn, createTurn, hasTurn, turnOf } from './turn';
import { loadUser, sameFacts, saveUser, SkillStore, unavailableUser } from './user-store';
import { unkeptAttribute, withUnkept } from './health-boundary';
import { isForgotten } from './forgotten';
import { requestBudget } from './turn-budget';

interface TurnDeps {
  store: SkillStore;
  clock: Clock;
  pickVariant?: VariantPicker;
  healthRecords: HealthRecords;
}

/** What the store held at the start of the turn, as it may be stored: a turn that leaves it so writes nothing. */
const STORED_FORM = 'storedForm';

export function loadTurnInterceptor(deps: TurnDeps): RequestInterceptor {
  return {
    async process(input: HandlerInput) {
      if (!takesTurn(input)) return;
      const envelope = input.requestEnvelope;
      const userId = envelope.context?.System?.user?.userId ?? envelope.session?.user?.userId ?? '';
      // The read goes out first, and the speech is set up while it is on its way (loadUser never rejects).
      const loading = userId ? loadUser(deps.store, userId, requestBudget(envelope)) : Promise.resolve(unavailableUser());
      const speech = createSpeech(requestLocale(input), deps.pickVariant);
      const loaded = await loading;
      // The store could not be read: answer with what the session knows, if anything (never written back).
      const stored = (loaded.status === 'unavailable' && readSnapshot(envelope.session?.attributes)) || loaded.user;
      const user = withSessionHealth(stored, envelope.session?.attributes, deps.healthRecords);
      // A copy: the turn's updates change the loaded state in place.
      input.attributesManager.getRequestAttributes()[STORED_FORM] = JSON.parse(JSON.stringify(storableState(stored, deps.healthRecords)));
      const turn = createTurn({
        input,
        speech,
        clock: deps.clock,
        userId,
        user,
        session: readSessionState(envelope.session?.attributes),
        storage: loaded.status,
        healthRecords: deps.healthRecords,
        storedVersion: loaded.version,
        mustSave: loaded.mustWrite,
      });
      attachTurn(input, turn);
    },
  };
}

export function saveTurnInterceptor(deps: TurnDeps): ResponseInterceptor {
  return {
    async process(input: HandlerInput, response?: Response) {
      if (!hasTurn(input)) return;
      const turn = turnOf(input);
      // "Forget me" deleted everything: nothing goes back to the store, and the session forgets too.
      if (isForgotten(input)) {
        if (input.requestEnvelope.session) input.attributesManager.setSessionAttributes({});
        return;
      }
      if (input.requestEnvelope.session) {
        input.attributesManager.setSessionAttributes({
          ...turn.session,
          ...snapshotAttribute(turn.user),
          ...unkeptAttribute(turn.user, deps.healthRecords),
        });
      }
      // Never write over a record we could not read: that would lose it.
      if (turn.storage === 'unavailable' || !turn.userId) return;
      if (!turn.changedFacts() && !turn.mustSave) return;
      if (!turn.mustSave && unchangedInStore(input, turn.user, deps.healthRecords)) return;
      const loaded = { user: turn.user, version: turn.storedVersion };
      const outcome = await saveUser(deps.store, turn.userId, loaded, turn.updates, requestBudget(input.requestEnvelope));
      // 'deleted': the user's data was deleted while this turn ran; it stays deleted, and that is what they asked.
      if (outcome === 'failed' && response) addNote(response, turn.speech.say('common.storageUnavailable'));
    },
  };
}

/** The session's health details that the store does not keep, added to what the store gave (checked whole again). */
function withSessionHealth(user: UserState, attributes: Record<string, unknown> | undefined, mode: HealthRecords): UserState {
  const merged = withUnkept(user, attributes, mode);
  if (merged === user) return user;
  const reading = readUserState(merged);
  return reading.kind === 'ok' ? reading.state : user;
}

/** Only health details the store does not keep changed: the stored record would come out the same. */
function unchangedInStore(input: HandlerInput, user: UserState, mode: HealthRecords): boolean {
  const before: unknown = input.attributesManager.getRequestAttributes()[STORED_FORM];
  return before !== undefined && sameFacts(before, storableState(user, mode));
}

/**
 * Requests that are not a conversation with the user get no turn, so nothing is read or written for them:
 * CanFulfillIntentRequest must have no side effects, and skill events (SkillDisabled) manage storage themselves.
 */
export function takesTurn(input: HandlerInput): boolean {
  const type = input.requestEnvelope.request.type;
  return type !== 'CanFulfillIntentRequest' && !type.startsWith('AlexaSkillEvent.');
}

/**
 * Says that what the user just told may not be remembered: first, as the notes of reply() go, or last when the
 * answer ends the conversation (urgent advice and goodbyes keep their first words).
 */
function addNote(response: Response, note: string): void {
  const speech = response.outputSpeech;
  if (speech?.type !== 'SSML') return;
  const body = speech.ssml.replace(/^\s*<speak>/, '').replace(/<\/speak>\s*$/, '');
  speech.ssml = `<speak>${response.shouldEndSession ? `${body} ${note}` : `${note} ${body}`}</speak>`;
}
