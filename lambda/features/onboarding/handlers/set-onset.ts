/** "it started this morning", "two days ago": stores when the spasm began and says what that means. */
import { RequestHandler } from 'ask-sdk-core';
import { readOnset } from '../../../core/onset';
import { userTimeZone } from '../../../alexa/time-zone';
import { joinSpeech } from '../../../speech/ssml';
import { isIntent, slotValue } from '../../../kernel/request';
import { nextStepFor, phaseSummaryKey } from '../next-step';
import { reply } from '../../../kernel/reply';
import { turnOf } from '../../../kernel/turn';

export const SetOnsetHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'SetOnsetIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const { speech } = turn;
    const slots = {
      date: slotValue(input, 'onsetDate'),
      time: slotValue(input, 'onsetTime'),
      ago: slotValue(input, 'onsetAgo'),
    };
    const zone = await userTimeZone(input, speech.locale);
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
    const view = turn.phase();
    const next = nextStepFor(view);
    return reply(turn, {
      speak: joinSpeech(
        speech.say('onset.recorded', { day: view.day ?? 1 }),
        speech.say(phaseSummaryKey(view)),
        speech.say(next.question),
      ),
      ask: { reprompt: speech.say(next.reprompt), pending: { kind: 'offer', offer: next.offer } },
    });
  },
};
