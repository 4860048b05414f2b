/** The last line of defence: any error becomes a spoken apology, never Alexa's "problem with the skill's response". */
import { ErrorHandler, HandlerInput, getLocale } from 'ask-sdk-core';
import { createSpeech } from '../speech/i18n';
import { hasTurn, turnOf } from '../skill/turn';

export const SkillErrorHandler: ErrorHandler = {
  canHandle: () => true,
  handle(input: HandlerInput, error: Error) {
    console.error(JSON.stringify({ level: 'ERROR', message: 'handler failed', error: error.name, detail: error.message }));
    const type = input.requestEnvelope.request.type;
    // Alexa expects no speech for these; anything else gets an apology and an open microphone.
    if (type === 'SessionEndedRequest') return input.responseBuilder.getResponse();
    const speech = hasTurn(input) ? turnOf(input).speech : createSpeech(localeOf(input));
    const apology = speech.say('common.error');
    return input.responseBuilder.speak(apology).reprompt(speech.say('common.reprompt')).getResponse();
  },
};

function localeOf(input: HandlerInput): string | undefined {
  try {
    return getLocale(input.requestEnvelope);
  } catch {
    return undefined;
  }
}
