/**
 * The user disabled the skill. When Alexa says the user's id will not be kept (userInformationPersistenceStatus
 * NOT_PERSISTED), everything stored about the user is deleted, the same way as "forget me" (forget-user.ts). With PERSISTED the user keeps the same id on
 * re-enabling and expects their progress back, so nothing is deleted.
 *
 * No turn is loaded for skill events (see interceptors), so nothing writes the record back afterwards. A failed
 * deletion is not swallowed: the error reaches the caller (Lambda reports the invocation as failed), so it is
 * logged as a failure and not mistaken for done.
 */
import { RequestHandler } from 'ask-sdk-core';
import { isRequestType } from '../../../kernel/request';
import { SkillStore } from '../../../kernel/user-store';
import { forgetUser } from '../forget-user';

export const SKILL_DISABLED = 'AlexaSkillEvent.SkillDisabled';

export function skillDisabledHandler(store: SkillStore): RequestHandler {
  return {
    canHandle: (input) => isRequestType(input, SKILL_DISABLED),
    async handle(input) {
      const envelope = input.requestEnvelope;
      // The model's TypeScript type lacks this field, though Alexa sends it.
      const body = (envelope.request as { body?: { userInformationPersistenceStatus?: unknown } }).body;
      const userId = envelope.context?.System?.user?.userId;
      if (body?.userInformationPersistenceStatus === 'NOT_PERSISTED' && userId) await forgetUser(input, store, userId);
      return input.responseBuilder.getResponse();
    },
  };
}
