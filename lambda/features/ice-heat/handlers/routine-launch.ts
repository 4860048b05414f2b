/**
 * "open back relief coach" while an ice or heat session, or a break, is in progress or just over (an ANNOUNCE
 * timer rang, or the user came back by themselves): the routine is picked up where it stood. Anything else is
 * the ordinary launch.
 */
import { RequestHandler } from 'ask-sdk-core';
import { pickUpRoutine, routineToPickUp, sessionLog } from '../sessions';
import { isRequestType } from '../../../kernel/request';
import { turnOf } from '../../../kernel/turn';
import { LaunchHandler } from '../../onboarding/handlers/launch';

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
