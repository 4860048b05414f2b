/** The session closed (the user walked away, or said stop outside a turn): nothing to say, state is already saved. */
import { RequestHandler } from 'ask-sdk-core';
import { isRequestType } from '../request';

export const SessionEndedHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'SessionEndedRequest'),
  handle: (input) => input.responseBuilder.getResponse(),
};
