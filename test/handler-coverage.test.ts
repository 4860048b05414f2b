/** Every intent in every model has a handler that is not the catch-all, and every handler serves a request. */
import { AttributesManagerFactory, HandlerInput, RequestHandler, ResponseFactory } from 'ask-sdk-core';
import { RequestEnvelope } from 'ask-sdk-model';
import { REQUEST_HANDLERS } from '../lambda/skill/build-skill';
import { FallbackHandler } from '../lambda/handlers/fallback';
import { attachTurn, createTurn } from '../lambda/skill/turn';
import { emptyUserState } from '../lambda/core/user-state';
import { createSpeech } from '../lambda/speech/i18n';
import { systemClock } from '../lambda/core/clock';
import { listModelFiles, readModel } from './support/model';
import { envelope, intentRequest, launchRequest, sessionEndedRequest, stamp } from '../tools/simulator/envelope';

const device = {
  skillId: 'amzn1.ask.skill.test',
  userId: 'user',
  deviceId: 'device',
  locale: 'en-US',
  supportedInterfaces: {},
  apiEndpoint: 'http://127.0.0.1:9',
  apiAccessToken: 'token',
};

function inputFor(requestEnvelope: RequestEnvelope): HandlerInput {
  const input: HandlerInput = {
    requestEnvelope,
    context: undefined,
    attributesManager: AttributesManagerFactory.init({ requestEnvelope }),
    responseBuilder: ResponseFactory.init(),
  };
  attachTurn(
    input,
    createTurn({
      input,
      speech: createSpeech('en-US'),
      clock: systemClock,
      userId: 'user',
      user: emptyUserState(),
      session: {},
      storage: 'ok',
      storedVersion: 0,
      mustSave: false,
    }),
  );
  return input;
}

async function firstHandlerFor(requestEnvelope: RequestEnvelope): Promise<RequestHandler | undefined> {
  const input = inputFor(requestEnvelope);
  for (const handler of REQUEST_HANDLERS) if (await handler.canHandle(input)) return handler;
  return undefined;
}

const session = { sessionId: 's', attributes: {}, new: false };
const base = () => stamp('en-US', new Date('2026-11-21T15:00:00Z'));
const intentEnvelope = (name: string) =>
  envelope(device, intentRequest(base(), name), session);

describe.each(listModelFiles())('handlers for %s', (file) => {
  const intents = readModel(file).interactionModel.languageModel.intents.map((intent) => intent.name);

  it.each(intents.filter((name) => name !== 'AMAZON.FallbackIntent'))('%s has its own handler', async (name) => {
    const handler = await firstHandlerFor(intentEnvelope(name));
    expect(handler).toBeDefined();
    expect(handler).not.toBe(FallbackHandler);
  });

  it('every handler serves at least one intent of the model or a request type', async () => {
    const requests: RequestEnvelope[] = [
      ...intents.map(intentEnvelope),
      envelope(device, launchRequest(base()), session),
      envelope(device, sessionEndedRequest(base(), 'USER_INITIATED'), session),
    ];
    const used = new Set<RequestHandler>();
    for (const request of requests) {
      const handler = await firstHandlerFor(request);
      if (handler) used.add(handler);
    }
    const unused = REQUEST_HANDLERS.filter((handler) => !used.has(handler));
    expect(unused).toEqual([]);
  });
});
