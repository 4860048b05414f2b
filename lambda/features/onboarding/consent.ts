/**
 * The consent question, asked the first time it matters: just before the skill asks when the spasm began (a new
 * user, after the safety check), or when a returning user's record holds health details from before it was asked.
 * Asked once per session, and kept open until it is answered (a side question or the onset told instead is followed by
 * it again); once answered (yes or no) never again. HEALTH_RECORDS=off never asks it.
 */
import { Response } from 'ask-sdk-model';
import { CONSENT_KEY, HealthConsent, consentUnanswered } from '../../core/health-details';
import { joinSpeech } from '../../speech/ssml';
import { reply } from '../../kernel/reply';
import { Turn } from '../../kernel/turn';
import { AfterConsent } from './questions';

/** Whether to ask now: consent mode, never answered, not yet asked this session (or still open), and the answer can be stored. */
export function shouldAskConsent(turn: Turn): boolean {
  const stillOpen = turn.session.pending?.kind === 'healthConsent';
  return consentUnanswered(turn.user, turn.healthRecords) && (stillOpen || !turn.session.privacy?.consentAsked) && turn.storage !== 'unavailable';
}

export function askConsent(turn: Turn, then: AfterConsent, leads: string[] = []): Response {
  const { speech } = turn;
  turn.session.privacy = { ...turn.session.privacy, consentAsked: true };
  return reply(turn, {
    speak: joinSpeech(...leads, speech.say('privacy.consentQuestion')),
    ask: { reprompt: speech.say('privacy.consentReprompt'), pending: { kind: 'healthConsent', then } },
  });
}

/** Stores the answer with its time; the session's health details are stored from now on if it was yes. */
export function recordConsent(turn: Turn, yes: boolean): string {
  const consent: HealthConsent = { answer: yes ? 'yes' : 'no', at: turn.now.toISOString() };
  turn.update((user) => {
    user[CONSENT_KEY] = consent;
  });
  return turn.speech.say(yes ? 'privacy.consentYes' : 'privacy.consentNo');
}
