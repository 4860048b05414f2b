/**
 * Loads the turn before any handler runs, and saves what changed after. One read, at most one write, and no
 * write when the turn changed nothing. When the store cannot be read, the turn runs on what the session knows
 * (session-snapshot) and writes nothing; when the write fails twice, the answer still goes out, with a note.
 */
import { RequestInterceptor, ResponseInterceptor, HandlerInput } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { Clock } from '../core/clock';
import { createSpeech, VariantPicker } from '../speech/i18n';
import { readSessionState } from './session-state';
import { readSnapshot, snapshotAttribute } from './session-snapshot';
import { requestLocale } from './request';
import { attachTurn, createTurn, hasTurn, turnOf } from './turn';
import { loadUser, saveUser, SkillStore, unavailableUser } from './user-store';

interface TurnDeps {
  store: SkillStore;
  clock: Clock;
  pickVariant?: VariantPicker;
}

export function loadTurnInterceptor(deps: TurnDeps): RequestInterceptor {
  return {
    async process(input: HandlerInput) {
      if (!takesTurn(input)) return;
      const envelope = input.requestEnvelope;
      const speech = createSpeech(requestLocale(input), deps.pickVariant);
      const userId = envelope.context?.System?.user?.userId ?? envelope.session?.user?.userId ?? '';
      const loaded = userId ? await loadUser(deps.store, userId) : unavailableUser();
      // The store could not be read: answer with what the session knows, if anything (never written back).
      const user = (loaded.status === 'unavailable' && readSnapshot(envelope.session?.attributes)) || loaded.user;
      const turn = createTurn({
        input,
        speech,
        clock: deps.clock,
        userId,
        user,
        session: readSessionState(envelope.session?.attributes),
        storage: loaded.status,
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
      if (input.requestEnvelope.session) {
        input.attributesManager.setSessionAttributes({ ...turn.session, ...snapshotAttribute(turn.user) });
      }
      // Never write over a record we could not read: that would lose it.
      if (turn.storage === 'unavailable' || !turn.userId) return;
      if (!turn.changedFacts() && !turn.mustSave) return;
      const saved = await saveUser(deps.store, turn.userId, { user: turn.user, version: turn.storedVersion }, turn.updates);
      if (!saved && response) addNote(response, turn.speech.say('common.storageUnavailable'));
    },
  };
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
