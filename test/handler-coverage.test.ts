/** Every intent in every model has a handler that is not the catch-all, and every handler serves a request. */
import { AttributesManagerFactory, HandlerInput, RequestHandler, ResponseFactory } from 'ask-sdk-core';
import { RequestEnvelope } from 'ask-sdk-model';
import { REQUEST_HANDLERS } from '../lambda/kernel/build-skill';
import { FallbackHandler } from '../lambda/kernel/handlers/fallback';
import { attachTurn, createTurn } from '../lambda/kernel/turn';
import { emptyUserState, UserState } from '../lambda/core/user-state';
import { readSessionState } from '../lambda/kernel/session-state';
import { SESSION_LOG_KEY } from '../lambda/core/ice-plan';
import { SESSION_TASK } from '../lambda/alexa/timers';
import { createSpeech } from '../lambda/speech/i18n';
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

function inputFor(requestEnvelope: RequestEnvelope, user: UserState = emptyUserState()): HandlerInput {
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
      clock: { now: () => new Date(NOW) },
      userId: 'user',
      user,
      session: readSessionState(requestEnvelope.session?.attributes),
      storage: 'ok',
      healthRecords: 'consent',
      storedVersion: 0,
      mustSave: false,
    }),
  );
  return input;
}

async function firstHandlerFor(requestEnvelope: RequestEnvelope, user?: UserState): Promise<RequestHandler | undefined> {
  const input = inputFor(requestEnvelope, user);
  for (const handler of REQUEST_HANDLERS) if (await handler.canHandle(input)) return handler;
  return undefined;
}

const session = { sessionId: 's', attributes: {}, new: false };
const NOW = '2026-11-21T15:00:00Z';
const base = () => stamp('en-US', new Date(NOW));
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
    const startedAt = '2026-11-21T14:50:00.000Z';
    // A user whose ice session is running: a plain launch picks the routine up.
    const iceRunning: UserState = {
      ...emptyUserState(),
      disclaimerHeardAt: startedAt,
      [SESSION_LOG_KEY]: {
        seq: 1,
        reminders: {},
        sessions: [
          { id: 'ice-1', kind: 'ice', startedAt, plannedMinutes: 20, status: 'running', mode: 'launchTask', timerId: 't-1', dueAt: '2026-11-21T15:10:00.000Z' },
        ],
      },
    };
    const timerQuestion = { sessionId: 's', attributes: { pending: { kind: 'towelCheck', minutes: 20 } }, new: false };
    const task = { name: `${device.skillId}.${SESSION_TASK}`, version: '1', input: { sessionId: 'ice-1', kind: 'ice' } };
    const permissionAnswer = { type: 'Connections.Response' as const, ...base(), name: 'AskFor', status: { code: '200', message: 'OK' }, token: 't', payload: { status: 'ACCEPTED' } };
    const scenarios: Array<[RequestEnvelope, UserState?]> = [
      ...intents.map((name): [RequestEnvelope] => [intentEnvelope(name)]),
      [envelope(device, launchRequest(base()), session)],
      [envelope(device, launchRequest(base()), session), iceRunning],
      [envelope(device, launchRequest(base(), task), session)],
      [envelope(device, permissionAnswer, session)],
      [envelope(device, intentRequest(base(), 'AMAZON.YesIntent'), timerQuestion)],
      [envelope(device, sessionEndedRequest(base(), 'USER_INITIATED'), session)],
    ];
    const used = new Set<RequestHandler>();
    for (const [request, user] of scenarios) {
      const handler = await firstHandlerFor(request, user);
      if (handler) used.add(handler);
    }
    const unused = REQUEST_HANDLERS.map((handler, index) => ({ index, handler })).filter(({ handler }) => !used.has(handler));
    expect(unused.map(({ index }) => index)).toEqual([]);
  });
});
