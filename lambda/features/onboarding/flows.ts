/**
 * The conversation's repeated flows, written once: greeting a user (safety first), asking when the spasm began,
 * taking the onset, and "phase summary and next offer".
 */
import { Response } from 'ask-sdk-model';
import { HandlerInput } from 'ask-sdk-core';
import { OnsetSlots, readOnset } from '../../core/onset';
import { userTimeZone } from '../../alexa/time-zone';
import { joinSpeech } from '../../speech/ssml';
import { reply } from '../../kernel/reply';
import { Turn } from '../../kernel/turn';
import { offerToResume } from '../stretching/player';
import { askGotChecked, askSafetyCheck } from '../safety/flows';
import { nextStepFor, phaseGreetingKey, phaseSummaryKey } from './next-step';
import { holdsHealthDetails } from '../../core/health-details';
import { askConsent, shouldAskConsent } from './consent';

/**
 * What a launch says, in order: a warning sign told before and not yet checked; the safety check until it is
 * answered; a stretch routine to pick up; when it began, if not known; else the phase and the next offer.
 */
export function greet(turn: Turn, options: { firstTime: boolean }): Response {
  const { speech } = turn;
  const welcome = options.firstTime ? speech.say('launch.welcomeFirst') : speech.say('launch.welcomeBack');
  if (turn.user.warningSign) return askGotChecked(turn, [welcome]);
  if (!turn.user.safetyCheckAt) return askSafetyCheck(turn, [welcome], { wording: options.firstTime ? 'full' : 'brief' });
  const resume = offerToResume(turn);
  if (resume) return resume;
  // Health details stored before the consent question existed: ask before keeping them any longer.
  if (shouldAskConsent(turn) && holdsHealthDetails(turn.user)) return askConsent(turn, 'greeting', [welcome]);
  return whereYouAre(turn, [welcome], 'greeting');
}

/**
 * "Phase summary and next offer": the lines given, then (when the onset is known) the phase in one line and the
 * next step as a yes/no offer (none when this session already told it: the question waiting, or "anything else?");
 * else the question of when it began.
 */
export function whereYouAre(turn: Turn, leads: (string | undefined)[], style: 'greeting' | 'summary' | 'none' = 'summary'): Response {
  const { speech } = turn;
  const view = turn.phase();
  if (view.phase === 'unknown') return askOnset(turn, leads);
  const next = nextStepFor(view, { heatSafety: turn.session.timers?.heatCautionsHeard === true });
  const phaseLine =
    style === 'greeting' ? speech.say(phaseGreetingKey(view), { day: view.day ?? 1 }) : style === 'summary' ? speech.say(phaseSummaryKey(view)) : undefined;
  if (!next) return reply(turn, { speak: joinSpeech(...leads, phaseLine) });
  return reply(turn, {
    speak: joinSpeech(...leads, phaseLine, speech.say(next.question)),
    ask: { reprompt: speech.say(next.reprompt), pending: { kind: 'offer', offer: next.offer } },
  });
}

/** "When did the spasm begin?", with the session kept open for the answer (a one-shot too); the consent question first when it is due. */
export function askOnset(turn: Turn, leads: (string | undefined)[] = []): Response {
  if (shouldAskConsent(turn)) return askConsent(turn, 'onset', leads.filter((lead): lead is string => lead !== undefined));
  const { speech } = turn;
  return reply(turn, {
    speak: joinSpeech(...leads, speech.say('launch.askOnset')),
    ask: { reprompt: speech.say('launch.askOnsetReprompt'), pending: { kind: 'onset' } },
  });
}

/**
 * A side answer ("how do I get up off the floor") said while "when did the spasm begin?" is waiting: the answer, then
 * that question again, so the onset is still taken; otherwise the answer alone.
 */
export function answerAside(turn: Turn, speak: string): Response {
  if (turn.session.pending?.kind === 'onset' && turn.phase().phase === 'unknown') return askOnset(turn, [speak]);
  return reply(turn, { speak });
}

/** "It started this morning": stores the onset and says what day that makes it, then the phase and next offer. */
export async function takeOnset(turn: Turn, slots: OnsetSlots, then?: (turn: Turn, recorded: string) => Response): Promise<Response> {
  const { speech } = turn;
  const zone = await userTimeZone(turn.input as HandlerInput, speech.locale);
  const reading = readOnset(slots, turn.now, zone);
  if (reading.kind !== 'ok') {
    return reply(turn, {
      speak: speech.say(`onset.${reading.kind}`),
      ask: { reprompt: speech.say('onset.reprompt'), pending: { kind: 'onset' } },
    });
  }
  const onsetAt = reading.at.toISOString();
  turn.update((user) => {
    user.onsetAt = onsetAt;
    user.timeZone = zone;
    // Pain reported before this onset belongs to an earlier spasm.
    user.pain = user.pain.filter((entry) => Date.parse(entry.at) >= Date.parse(onsetAt));
  });
  const recorded = speech.say('onset.recorded', { day: turn.phase().day ?? 1 });
  return then ? then(turn, recorded) : whereYouAre(turn, [recorded]);
}
