/**
 * Alexa's answer to the skill's AskFor permission request (Connections.Response): on ACCEPTED the timer (or the
 * reminders) the user agreed to is created, without asking again; otherwise the manual way on.
 */
import { RequestHandler } from 'ask-sdk-core';
import { interfaces } from 'ask-sdk-model';
import { permissionAnswered } from '../sessions';
import { isRequestType } from '../../../kernel/request';
import { turnOf } from '../../../kernel/turn';

export const PermissionResponseHandler: RequestHandler = {
  canHandle: (input) =>
    isRequestType(input, 'Connections.Response') &&
    (input.requestEnvelope.request as interfaces.connections.ConnectionsResponse).name === 'AskFor',
  handle(input) {
    const request = input.requestEnvelope.request as interfaces.connections.ConnectionsResponse;
    const payload: Record<string, unknown> = typeof request.payload === 'object' && request.payload !== null ? request.payload : {};
    return permissionAnswered(turnOf(input), {
      token: request.token,
      code: request.status?.code,
      status: typeof payload.status === 'string' ? payload.status : undefined,
      isCardThrown: payload.isCardThrown === true,
    });
  },
};
