/** "stop", "cancel", "go home": ends the conversation; everything the user told us stays stored. */
import { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../request';
import { goodbyeKey, reply } from '../reply';
import { turnOf } from '../turn';
import { activeRun, stopRoutine } from '../../features/stretching/player';

export const StopHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent'),
  handle(input) {
    const turn = turnOf(input);
    // Inside a stretch routine: end it, keeping the step for next time.
    const run = activeRun(turn);
    if (run) return stopRoutine(turn, run);
    return reply(turn, { speak: turn.speech.say(goodbyeKey(turn)), end: true });
  },
};
