/**
 * Skill events other than SkillDisabled (which deletes data, features/onboarding): SkillEnabled, permission and
 * account-linking events. The skill keeps nothing for them, but Alexa still expects an answer: acknowledged, with
 * nothing read or written.
 */
import { RequestHandler } from 'ask-sdk-core';

export const SkillEventAcknowledger: RequestHandler = {
  canHandle: (input) => {
    const type: unknown = input.requestEnvelope.request.type;
    return typeof type === 'string' && type.startsWith('AlexaSkillEvent.') && type !== 'AlexaSkillEvent.SkillDisabled';
  },
  handle: (input) => input.responseBuilder.getResponse(),
};
