/**
 * The benchmark's yardstick: Amazon's hello-world custom skill (the ASK SDK v2 template: launch, a hello intent,
 * help, stop and cancel, fallback, session end, an intent reflector and an error handler), with no persistence
 * and no i18n. scripts/bench.ts bundles it with the same esbuild options as the real skill's bundle.
 */
import { ErrorHandler, HandlerInput, RequestHandler, SkillBuilders, getIntentName, getRequestType } from 'ask-sdk-core';

const LaunchRequestHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
  handle: (input) => input.responseBuilder.speak('Welcome, you can say Hello or Help. Which would you like to try?').reprompt('Which would you like to try?').getResponse(),
};

const HelloWorldIntentHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'IntentRequest' && getIntentName(input.requestEnvelope) === 'HelloWorldIntent',
  handle: (input) => input.responseBuilder.speak('Hello World!').getResponse(),
};

const HelpIntentHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'IntentRequest' && getIntentName(input.requestEnvelope) === 'AMAZON.HelpIntent',
  handle: (input) => input.responseBuilder.speak('You can say hello to me! How can I help?').reprompt('How can I help?').getResponse(),
};

const CancelAndStopIntentHandler: RequestHandler = {
  canHandle: (input) =>
    getRequestType(input.requestEnvelope) === 'IntentRequest' &&
    ['AMAZON.CancelIntent', 'AMAZON.StopIntent'].includes(getIntentName(input.requestEnvelope)),
  handle: (input) => input.responseBuilder.speak('Goodbye!').getResponse(),
};

const FallbackIntentHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'IntentRequest' && getIntentName(input.requestEnvelope) === 'AMAZON.FallbackIntent',
  handle: (input) => input.responseBuilder.speak("Sorry, I don't know about that. Please try again.").reprompt('Please try again.').getResponse(),
};

const SessionEndedRequestHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'SessionEndedRequest',
  handle: (input) => input.responseBuilder.getResponse(),
};

const IntentReflectorHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'IntentRequest',
  handle: (input: HandlerInput) => input.responseBuilder.speak(`You just triggered ${getIntentName(input.requestEnvelope)}`).getResponse(),
};

const GenericErrorHandler: ErrorHandler = {
  canHandle: () => true,
  handle: (input) => input.responseBuilder.speak('Sorry, I had trouble doing what you asked. Please try again.').reprompt('Please try again.').getResponse(),
};

export const handler = SkillBuilders.custom()
  .addRequestHandlers(
    LaunchRequestHandler,
    HelloWorldIntentHandler,
    HelpIntentHandler,
    CancelAndStopIntentHandler,
    FallbackIntentHandler,
    SessionEndedRequestHandler,
    IntentReflectorHandler,
  )
  .addErrorHandlers(GenericErrorHandler)
  .lambda();
