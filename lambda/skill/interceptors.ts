/** Loads the turn before any handler runs, and saves what changed after. One read, at most one write. */
import { RequestInterceptor, ResponseInterceptor, HandlerInput, getLocale } from 'ask-sdk-core';
import { Clock } from '../core/clock';
import { emptyUserState } from '../core/user-state';
import { createSpeech, VariantPicker } from '../speech/i18n';
import { readSessionState } from './session-state';
import { attachTurn, createTurn, hasTurn, turnOf } from './turn';
import { loadUser, saveUser, SkillStore } from './user-store';

interface TurnDeps {
  store: SkillStore;
  clock: Clock;
  pickVariant?: VariantPicker;
}

export function loadTurnInterceptor(deps: TurnDeps): RequestInterceptor {
  return {
    async process(input: HandlerInput) {
      const envelope = input.requestEnvelope;
      const speech = createSpeech(safeLocale(input), deps.pickVariant);
      const userId = envelope.context?.System?.user?.userId ?? envelope.session?.user?.userId ?? '';
      const loaded = userId
        ? await loadUser(deps.store, userId)
        : { user: emptyUserState(), version: 0, status: 'unavailable' as const, mustWrite: false };
      const turn = createTurn({
        input,
        speech,
        clock: deps.clock,
        userId,
        user: loaded.user,
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
    async process(input: HandlerInput) {
      if (!hasTurn(input)) return;
      const turn = turnOf(input);
      if (input.requestEnvelope.session) {
        input.attributesManager.setSessionAttributes({ ...turn.session });
      }
      // Never write over a record we could not read: that would lose it.
      if (turn.storage === 'unavailable' || !turn.userId) return;
      if (turn.updates.length === 0 && !turn.mustSave) return;
      await saveUser(deps.store, turn.userId, { user: turn.user, version: turn.storedVersion }, turn.updates);
    },
  };
}

function safeLocale(input: HandlerInput): string | undefined {
  try {
    return getLocale(input.requestEnvelope);
  } catch {
    return undefined;
  }
}
