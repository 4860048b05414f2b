/** "open back relief coach": safety first (a warning sign told before, the safety check), then where you are. */
import { RequestHandler } from 'ask-sdk-core';
import { isRequestType } from '../../../kernel/request';
import { turnOf } from '../../../kernel/turn';
import { greet } from '../flows';

export const LaunchHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'LaunchRequest'),
  handle(input) {
    const turn = turnOf(input);
    const firstTime = !turn.user.disclaimerHeardAt;
    if (firstTime) {
      const heardAt = turn.now.toISOString();
      turn.update((user) => {
        user.disclaimerHeardAt = heardAt;
      });
    }
    return greet(turn, { firstTime });
  },
};
