/**
 * "Yes" or "no" to the ice and heat routine's questions (towel, skin, "Shall I start a 20 minute ice timer?",
 * the break timer, reminders, resuming a paused timer). Registered before the general yes/no handlers.
 */
import { RequestHandler, getIntentName } from 'ask-sdk-core';
import {
  breakDeclined,
  consentDeclined,
  remindersDeclined,
  resumeSession,
  setReminders,
  skinAnswered,
  startBreakTimer,
  startSessionTimer,
  towelAnswered,
} from '../sessions';
import { isIntent } from '../../../kernel/request';
import { reply } from '../../../kernel/reply';
import { isTimerQuestion } from '../questions';
import { turnOf } from '../../../kernel/turn';

export const TimerAnswerHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.YesIntent', 'AMAZON.NoIntent') && isTimerQuestion(turnOf(input).session.pending),
  handle(input) {
    const turn = turnOf(input);
    const yes = getIntentName(input.requestEnvelope) === 'AMAZON.YesIntent';
    const pending = turn.session.pending;
    if (!isTimerQuestion(pending)) return reply(turn, { speak: turn.speech.say('common.fallback') });
    switch (pending.kind) {
      case 'towelCheck':
        return towelAnswered(turn, yes, pending.minutes);
      case 'skinCheck':
        return skinAnswered(turn, yes, pending.minutes);
      case 'startTimer':
        return yes ? startSessionTimer(turn, pending.session, pending.minutes) : consentDeclined(turn, pending.session, pending.minutes);
      case 'breakTimer':
        return yes ? startBreakTimer(turn, pending.minutes) : breakDeclined(turn, pending.minutes);
      case 'reminders':
        return yes ? setReminders(turn) : remindersDeclined(turn);
      case 'timerPaused':
        return yes ? resumeSession(turn) : reply(turn, { speak: turn.speech.say('offer.declined') });
    }
  },
};
