/** A warning sign, said at any moment: stops everything and sends the person to emergency or same-day care. */
import { getIntentName, RequestHandler } from 'ask-sdk-core';
import { triage } from '../../../core/triage';
import { isIntent } from '../../../kernel/request';
import { Turn, turnOf } from '../../../kernel/turn';
import { reply } from '../../../kernel/reply';
import { Response } from 'ask-sdk-model';
import { endRoutine } from '../../stretching/player';
import { URGENT_INTENTS, warningSignOf } from './warning-sign-intents';

export const RedFlagHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, ...URGENT_INTENTS),
  handle(input) {
    const turn = turnOf(input);
    // UrgentHelpIntent names no sign: triage treats that as unrecognised and the answer lists every sign.
    const result = triage(warningSignOf(getIntentName(input.requestEnvelope)));
    if (result.urgency === 'sameDay') return urgentReply(turn, turn.speech.say(`safety.sameDay.${result.flag}`));
    // The answer names the sign it heard, so the person knows they were understood.
    if (result.urgency === 'emergency') return urgentReply(turn, turn.speech.say(`safety.emergencySign.${result.flag}`));
    return urgentReply(turn, turn.speech.say('safety.unrecognised'));
  },
};

/** Ends the session (the person should act now, not keep talking) and leaves a card in the Alexa app. */
export function urgentReply(turn: Turn, speak: string): Response {
  // A stretch routine in progress is over, and is not offered again.
  endRoutine(turn);
  return reply(turn, {
    speak,
    end: true,
    urgent: true,
    card: { title: turn.speech.say('safety.cardTitle'), text: plainText(speak) },
  });
}

function plainText(ssml: string): string {
  return ssml.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
}
