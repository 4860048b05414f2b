/** Composes every response the same way: notes about storage, the first-use disclaimer, the question or the goodbye. */
import { Directive, Response } from 'ask-sdk-model';
import { joinSpeech } from '../speech/ssml';
import { ASKED_AGAIN_AFTER_A_SIDE_ANSWER, PendingQuestion } from './session-state';
import { Turn } from './turn';
import { keepsHealthDetails } from '../core/health-details';
import { SpeechKey } from '../speech/resources';

export interface ReplySpec {
  speak: string;
  /** A question was asked: the session stays open with this reprompt. */
  ask?: { reprompt: string; pending?: PendingQuestion };
  /** The conversation is over (a red flag, stop). One-shot answers end anyway. */
  end?: boolean;
  /** Urgent advice comes first: notes such as the first-use disclaimer follow it instead of leading. */
  urgent?: boolean;
  card?: { title: string; text: string };
  /** A card in the Alexa app asking for these permissions. */
  permissionCard?: string[];
  /**
   * Hands the turn to Alexa (Connections.SendRequest, e.g. a permission request): the speech goes first, then
   * Alexa asks its own question; no reprompt, and the session is left for the Connections.Response.
   */
  handOver?: Directive;
}

export function reply(turn: Turn, spec: ReplySpec): Response {
  const { speech } = turn;
  const notes = [
    turn.storage === 'unavailable' ? speech.say('common.storageUnavailable') : undefined,
    turn.storage === 'reset' ? speech.say('common.freshStart') : undefined,
    ...turn.leads,
  ];
  if (!turn.user.disclaimerHeardAt && turn.storage !== 'unavailable') {
    notes.push(speech.say('safety.disclaimer'));
    const heardAt = turn.now.toISOString();
    turn.update((user) => {
      user.disclaimerHeardAt ??= heardAt;
    });
  }
  const builder = turn.input.responseBuilder;
  if (spec.card) builder.withSimpleCard(spec.card.title, spec.card.text);
  if (spec.permissionCard) builder.withAskForPermissionsConsentCard(spec.permissionCard);
  if (spec.handOver) {
    const spoken = joinSpeech(...notes, spec.speak);
    turn.session.pending = undefined;
    turn.session.lastSpeech = spoken;
    turn.session.lastReprompt = undefined;
    if (spoken) builder.speak(spoken);
    return builder.addDirective(spec.handOver).getResponse();
  }

  let spoken: string;
  let reprompt: string | undefined;
  if (spec.ask) {
    spoken = joinSpeech(...notes, spec.speak);
    reprompt = spec.ask.reprompt;
    turn.session.pending = spec.ask.pending;
  } else if (spec.urgent) {
    spoken = joinSpeech(spec.speak, ...notes);
    turn.session.pending = undefined;
  } else if (spec.end || turn.oneShot) {
    spoken = joinSpeech(...notes, spec.speak);
    turn.session.pending = undefined;
  } else if (stepStillOpen(turn) && turn.session.lastReprompt) {
    // A side question answered mid-routine or while a timer is being set up ("how long should I use heat?"): the
    // step's own question comes back, not "anything else?", so a person on the floor is not left wondering how to
    // carry on, and the question's answers still apply.
    reprompt = turn.session.lastReprompt;
    spoken = joinSpeech(...notes, spec.speak, reprompt);
  } else {
    spoken = joinSpeech(...notes, spec.speak, speech.say('common.anythingElse'));
    reprompt = speech.say('common.reprompt');
    turn.session.pending = { kind: 'anythingElse' };
  }
  turn.session.lastSpeech = spoken;
  turn.session.lastReprompt = reprompt;
  // The step pain interrupted is kept only while its pain question (or the confirmation of a lone number) is open.
  if (turn.session.pending?.kind !== 'pain' && turn.session.pending?.kind !== 'painConfirm') delete turn.session.afterPain;
  builder.speak(spoken);
  if (reprompt) builder.reprompt(reprompt);
  else builder.withShouldEndSession(true);
  return builder.getResponse();
}

/**
 * The goodbye: after pain ended a routine, rest (nothing is kept to pick up); "I'll remember where you are" only
 * when the store keeps it.
 */
export function goodbyeKey(turn: Turn): SpeechKey {
  if (turn.session.routineStoppedForPain) return 'stretch:stop.afterPain';
  return keepsHealthDetails(turn.user, turn.healthRecords) ? 'common.goodbye' : 'common.goodbyeUnkept';
}

/** The pending question is a step of something under way, and it is still under way (a routine still running). */
function stepStillOpen(turn: Turn): boolean {
  const pending = turn.session.pending;
  if (!pending || !ASKED_AGAIN_AFTER_A_SIDE_ANSWER[pending.kind]) return false;
  return pending.kind !== 'routine' || turn.session.routine !== undefined;
}
