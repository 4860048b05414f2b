import {
  APL_INTERFACES,
  DeviceContext,
  FAKE_SKILL_ID,
  connectionsResponse,
  envelope,
  intentRequest,
  launchRequest,
  sessionEndedRequest,
  stamp,
} from '../../tools/simulator/envelope';

const device: DeviceContext = {
  skillId: FAKE_SKILL_ID,
  userId: 'amzn1.ask.account.TEST',
  deviceId: 'amzn1.ask.device.TEST',
  locale: 'en-US',
  supportedInterfaces: {},
  apiEndpoint: 'http://127.0.0.1:4000',
  apiAccessToken: 'token-1',
};
const base = stamp('en-US', new Date('2026-11-21T15:00:00Z'), 'amzn1.echo-api.request.1');

describe('request envelopes', () => {
  it('builds a LaunchRequest in a new session with the system context', () => {
    const env = envelope(device, launchRequest(base), { sessionId: 'S1', new: true, attributes: { stale: true } });
    expect(env).toEqual({
      version: '1.0',
      session: {
        new: true,
        sessionId: 'S1',
        application: { applicationId: FAKE_SKILL_ID },
        attributes: {},
        user: { userId: 'amzn1.ask.account.TEST' },
      },
      context: {
        System: {
          application: { applicationId: FAKE_SKILL_ID },
          user: { userId: 'amzn1.ask.account.TEST' },
          device: { deviceId: 'amzn1.ask.device.TEST', supportedInterfaces: {} },
          apiEndpoint: 'http://127.0.0.1:4000',
          apiAccessToken: 'token-1',
        },
      },
      request: {
        type: 'LaunchRequest',
        requestId: 'amzn1.echo-api.request.1',
        timestamp: '2026-11-21T15:00:00.000Z',
        locale: 'en-US',
      },
    });
  });

  it('carries a launched task', () => {
    const task = { name: `${FAKE_SKILL_ID}.IceDone`, version: '1', input: { round: 2 } };
    expect(launchRequest(base, task)).toEqual({ type: 'LaunchRequest', ...base, task });
  });

  it('carries session attributes on later turns, as a copy', () => {
    const attributes = { phase: 'acute', nested: { count: 1 } };
    const env = envelope(device, launchRequest(base), { sessionId: 'S1', new: false, attributes });
    expect(env.session?.attributes).toEqual(attributes);
    expect(env.session?.attributes?.nested).not.toBe(attributes.nested);
  });

  it('lists every declared slot of an IntentRequest, with or without a value', () => {
    const resolutions = {
      resolutionsPerAuthority: [
        {
          authority: `amzn1.er-authority.echo-sdk.${FAKE_SKILL_ID}.Phase`,
          status: { code: 'ER_SUCCESS_MATCH' as const },
          values: [{ value: { name: 'acute', id: 'ACUTE' } }],
        },
      ],
    };
    const request = intentRequest(base, 'PlanIntent', { phase: { value: 'early', resolutions } }, ['phase', 'when'], 'STARTED');
    expect(request).toEqual({
      type: 'IntentRequest',
      ...base,
      dialogState: 'STARTED',
      intent: {
        name: 'PlanIntent',
        confirmationStatus: 'NONE',
        slots: {
          phase: {
            name: 'phase',
            value: 'early',
            confirmationStatus: 'NONE',
            resolutions,
            slotValue: { type: 'Simple', value: 'early', resolutions },
          },
          when: { name: 'when', confirmationStatus: 'NONE' },
        },
      },
    });
  });

  it('leaves out dialogState and slots when there are none', () => {
    const request = intentRequest(base, 'AMAZON.HelpIntent');
    expect(request).toEqual({ type: 'IntentRequest', ...base, intent: { name: 'AMAZON.HelpIntent', confirmationStatus: 'NONE' } });
    expect('dialogState' in request).toBe(false);
  });

  it('builds SessionEndedRequests with a reason and optional error', () => {
    expect(sessionEndedRequest(base, 'USER_INITIATED')).toEqual({ type: 'SessionEndedRequest', ...base, reason: 'USER_INITIATED' });
    expect(sessionEndedRequest(base, 'ERROR', { type: 'INVALID_RESPONSE', message: 'bad' })).toEqual({
      type: 'SessionEndedRequest',
      ...base,
      reason: 'ERROR',
      error: { type: 'INVALID_RESPONSE', message: 'bad' },
    });
  });

  it('builds a Connections.Response', () => {
    const response = connectionsResponse(base, {
      name: 'AskFor',
      status: { code: '200', message: 'OK' },
      token: 'timer',
      payload: { status: 'ACCEPTED', permissionScope: 'alexa::alerts:timers:skill:readwrite', isCardThrown: false },
    });
    expect(response).toEqual({
      type: 'Connections.Response',
      ...base,
      name: 'AskFor',
      status: { code: '200', message: 'OK' },
      token: 'timer',
      payload: { status: 'ACCEPTED', permissionScope: 'alexa::alerts:timers:skill:readwrite', isCardThrown: false },
    });
  });

  it('wraps any raw request, and leaves the session out when asked', () => {
    const raw = { type: 'AlexaSkillEvent.SkillDisabled' as const, ...base, eventCreationTime: base.timestamp, eventPublishingTime: base.timestamp };
    const env = envelope(device, raw);
    expect(env.request).toBe(raw);
    expect(env.session).toBeUndefined();
  });

  it('adds a Viewport only for a device with a screen', () => {
    expect(envelope(device, launchRequest(base)).context.Viewport).toBeUndefined();
    const screen = envelope({ ...device, supportedInterfaces: APL_INTERFACES }, launchRequest(base));
    expect(screen.context.System.device?.supportedInterfaces['Alexa.Presentation.APL']).toBeDefined();
    expect(screen.context.Viewport).toMatchObject({ shape: 'RECTANGLE', pixelWidth: 1280, mode: 'HUB' });
  });

  it('makes fresh request ids and ISO timestamps from the given clock', () => {
    const a = stamp('en-GB', new Date('2026-01-02T03:04:05.006Z'));
    const b = stamp('en-GB', new Date('2026-01-02T03:04:05.006Z'));
    expect(a.requestId).toMatch(/^amzn1\.echo-api\.request\.[0-9a-f-]{36}$/);
    expect(a.requestId).not.toBe(b.requestId);
    expect(a).toMatchObject({ timestamp: '2026-01-02T03:04:05.006Z', locale: 'en-GB' });
  });
});
