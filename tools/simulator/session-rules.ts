/**
 * What Alexa does with the session after a response.
 *
 * - `shouldEndSession: true`: the session ends (Alexa sends no SessionEndedRequest for this).
 * - `false`: the session stays open and the microphone opens.
 * - left out: on a device with a screen the session stays open with the microphone closed; on a
 *   voice-only device it ends. A Connections.SendRequest / StartConnection hands the turn to Alexa
 *   or another skill: the session is suspended and resumes with the Connections.Response.
 *   (ask-sdk-core leaves it out when nothing called reprompt() or withShouldEndSession().)
 */
import type { Response } from 'ask-sdk-model';

export type SessionAfter = 'open' | 'ended' | 'suspended';

export function sessionAfter(response: Response | undefined, hasScreen: boolean): SessionAfter {
  if (!response) return 'ended';
  if (response.shouldEndSession === true) return 'ended';
  const handsOver = (response.directives ?? []).some(
    (d) => d.type === 'Connections.SendRequest' || d.type === 'Connections.StartConnection',
  );
  if (handsOver) return 'suspended';
  if (response.shouldEndSession === false) return 'open';
  return hasScreen ? 'open' : 'ended';
}
