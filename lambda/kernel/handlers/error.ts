/** The last line of defence: any error becomes a spoken apology, never Alexa's "problem with the skill's response". */
import { ErrorHandler, HandlerInput } from 'ask-sdk-core';
import { createSpeech } from '../../speech/i18n';
import { noteHandledError } from '../request-log';
import { requestLocale } from '../request';
import { hasTurn, turnOf } from '../turn';

export const SkillErrorHandler: ErrorHandler = {
  // A skill event that failed (a data deletion, say) must not pass for done: let the error reach the caller.
  canHandle: (input) => !input.requestEnvelope.request.type.startsWith('AlexaSkillEvent.'),
  handle(input: HandlerInput, error: Error) {
    // Logged once, in the request's log line (skill/request-log), never to the console directly.
    noteHandledError(input.requestEnvelope, error);
    const type = input.requestEnvelope.request.type;
    // Alexa expects no speech for these; anything else gets an apology and an open microphone.
    if (type === 'SessionEndedRequest') return input.responseBuilder.getResponse();
    if (type === 'CanFulfillIntentRequest') return input.responseBuilder.withCanFulfillIntent({ canFulfill: 'NO' }).getResponse();
    const speech = hasTurn(input) ? turnOf(input).speech : createSpeech(requestLocale(input));
    const apology = speech.say('common.error');
    return input.responseBuilder.speak(apology).reprompt(speech.say('common.reprompt')).getResponse();
  },
};
