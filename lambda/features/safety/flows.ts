/**
 * Safety that sticks. A warning sign, at any moment: the urgent answer at once, the skill's own running timers
 * cancelled (by id) and said so, the sign and its time stored; the next launch asks whether they got checked
 * before any self-care. The safety check is stored only once it is answered.
 */
import { Response } from 'ask-sdk-model';
import { RedFlag, triage } from '../../core/triage';
import { WarningSign } from '../../core/user-state';
import { joinSpeech } from '../../speech/ssml';
import { SpeechKey } from '../../speech/resources';
import { reply } from '../../kernel/reply';
import { Turn } from '../../kernel/turn';
import { endRoutine } from '../stretching/player';
import { stopOwnTimers } from '../ice-heat/sessions';
import { AfterCheck } from './questions';

/** The urgent answer for a sign (or for an unnamed one: the full list of signs, as an emergency). */
export function urgentWords(turn: Turn, flag: WarningSign['flag']): string {
  const { speech } = turn;
  const result = triage(flag === 'UNSPECIFIED' ? undefined : flag);
  if (result.urgency === 'sameDay') return speech.say(`safety.sameDay.${result.flag}`);
  // The answer names the sign it heard, so the person knows they were understood.
  if (result.urgency === 'emergency') return speech.say(`safety.emergencySign.${result.flag}`);
  return speech.say('safety.unrecognised');
}

/** A warning sign heard: urgent words first, then the timers stopped; the session ends with a card. */
export async function warningSignHeard(turn: Turn, flag: RedFlag | 'UNSPECIFIED', words: string = urgentWords(turn, flag)): Promise<Response> {
  const at = turn.now.toISOString();
  turn.update((user) => {
    user.warningSign = { flag, at };
  });
  // A stretch routine in progress is over, and is not offered again.
  endRoutine(turn);
  const stopped = await stopOwnTimers(turn);
  return urgentReply(turn, joinSpeech(words, stopped.length > 0 ? turn.speech.say('safety.timersStopped') : undefined));
}

/** Ends the session (the person should act now, not keep talking) and leaves a card in the Alexa app. */
export function urgentReply(turn: Turn, speak: string): Response {
  return reply(turn, {
    speak,
    end: true,
    urgent: true,
    card: { title: turn.speech.say('safety.cardTitle'), text: plainText(speak) },
  });
}

/**
 * The safety check as one yes/no question, in one of its wordings: full; brief ("Before we start, a quick safety
 * check") for a returning user who has not answered it yet; `first` ("First, the safety check") when something else
 * was told instead of its answer.
 */
export type CheckWording = 'full' | 'brief' | 'first';
const CHECK_WORDINGS: Record<CheckWording, SpeechKey> = { full: 'safety.checkQuestion', brief: 'safety.checkBrief', first: 'safety.checkFirst' };

export function askSafetyCheck(turn: Turn, leads: (string | undefined)[] = [], options: { wording?: CheckWording; then?: AfterCheck } = {}): Response {
  const { speech } = turn;
  const question = CHECK_WORDINGS[options.wording ?? 'full'];
  return reply(turn, {
    speak: joinSpeech(...leads, speech.say(question)),
    ask: { reprompt: speech.say('safety.checkReprompt'), pending: { kind: 'safetyCheck', then: options.then } },
  });
}

/**
 * Ice, heat or stretching asked for before the safety check was ever answered (a one-shot, or after silence ended
 * the first session): the check comes first, and its "no" starts what was asked.
 */
export function checkBeforeStarting(turn: Turn, then: AfterCheck): Response | undefined {
  return turn.user.safetyCheckAt ? undefined : askSafetyCheck(turn, [], { wording: 'brief', then });
}

/** "No" to the safety check: stored as answered, now and only now. */
export function safetyCheckAnswered(turn: Turn): void {
  const checkedAt = turn.now.toISOString();
  turn.update((user) => {
    user.safetyCheckAt = checkedAt;
  });
}

/** The launch after a warning sign: were they checked? Nothing else is offered first. */
export function askGotChecked(turn: Turn, leads: (string | undefined)[] = []): Response {
  const { speech } = turn;
  return reply(turn, {
    speak: joinSpeech(...leads, speech.say('safety.gotChecked.question')),
    ask: { reprompt: speech.say('safety.gotChecked.reprompt'), pending: { kind: 'gotChecked' } },
  });
}

/**
 * "You misheard me" about a stored warning sign: the safety check again, as the one way to take the sign off. The
 * sign stays stored until the check is answered "no"; "yes" or silence keeps it.
 */
export function askMisheardCheck(turn: Turn): Response {
  const { speech } = turn;
  return reply(turn, {
    speak: joinSpeech(speech.say('safety.misheard.recheck'), speech.say('safety.misheard.question')),
    ask: { reprompt: speech.say('safety.checkReprompt'), pending: { kind: 'misheardCheck' } },
  });
}

/** "Yes, I got checked", or "no" to the safety check after "you misheard me": the sign is cleared. */
export function gotChecked(turn: Turn): void {
  turn.update((user) => {
    delete user.warningSign;
  });
}

function plainText(ssml: string): string {
  return ssml.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
}
