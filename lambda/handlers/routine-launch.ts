/**
 * "open back relief coach" while an ice or heat session, or a break, is in progress or just over (an ANNOUNCE
 * timer rang, or the user came back by themselves): the routine is picked up where it stood. Anything else is
 * the ordinary launch.
 */
import { RequestHandler } from 'ask-sdk-core';
import { pickUpRoutine, routineToPickUp, sessionLog } from '../skill/care-sessions';
import { isRequestType } from '../skill/request';
import { turnOf } from '../skill/turn';
import { LaunchHandler } from './launch';

export const RoutineLaunchHandler: RequestHandler = {
  canHandle: (input) => {
    if (!isRequestType(input, 'LaunchRequest')) return false;
    const turn = turnOf(input);
    return Boolean(turn.user.disclaimerHeardAt) && routineToPickUp(sessionLog(turn), turn.now) !== undefined;
  },
  async handle(input) {
    const turn = turnOf(input);
    const pickUp = routineToPickUp(sessionLog(turn), turn.now);
    const response = pickUp ? await pickUpRoutine(turn, pickUp) : undefined;
    // The timer was cancelled outside the skill: nothing to pick up, so the ordinary welcome.
    return response ?? LaunchHandler.handle(input);
  },
};
