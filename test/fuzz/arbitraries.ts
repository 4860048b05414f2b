/**
 * fast-check generators of what can reach the skill: request envelopes of every request type the skill declares
 * (intents and slots read from the interaction model, so a new intent is fuzzed without touching this file) and
 * of types it does not know; slots missing, empty, odd, very long or full of SSML-special characters; contexts
 * with parts missing; odd locales; session attributes that are wrong; stored records that are corrupt, from
 * another schema version, or valid but extreme; and Alexa API answers of every kind.
 */
import fc from 'fast-check';
import type { Request, RequestEnvelope, SupportedInterfaces, slu } from 'ask-sdk-model';
import {
  APL_INTERFACES,
  DeviceContext,
  FAKE_SKILL_ID,
  SlotInput,
  connectionsResponse,
  envelope,
  intentRequest,
  launchRequest,
  sessionEndedRequest,
  stamp,
} from '../../tools/simulator/envelope';
import type { InteractionModel } from '../../tools/simulator/model-types';

// ---------------------------------------------------------------------------------------------
// Requests

export type RequestSpec =
  | { type: 'LaunchRequest'; task?: { name: string; version: string; input?: unknown } }
  | { type: 'IntentRequest'; intent: string; slots: Record<string, SlotSpec>; dialogState?: 'STARTED' | 'IN_PROGRESS' | 'COMPLETED'; confirmation?: string }
  | { type: 'CanFulfillIntentRequest'; intent: string; slots: Record<string, SlotSpec> }
  | { type: 'SessionEndedRequest'; reason: string; error?: { type: string; message: string } }
  | { type: 'Connections.Response'; name: string; code: string; token?: string; payload?: Record<string, unknown> }
  | { type: 'AlexaSkillEvent'; event: string; persistence?: unknown }
  | { type: 'Other'; requestType: string; extra: Record<string, unknown> };

/** A slot as sent: left out of the request, present without a value, or with a value (and maybe resolutions). */
export type SlotSpec = { kind: 'absent' } | { kind: 'noValue' } | { kind: 'value'; value: string; resolutions?: slu.entityresolution.Resolutions };

/** What Alexa expects an answer to: every one of these must get speech. */
export const SPEECH_EXPECTED = new Set(['LaunchRequest', 'IntentRequest', 'Connections.Response']);

const SSML_SPECIAL = ['&', '<', '>', '"', "'", '<speak>', '</speak>', '<break time="30s"/>', '&amp;', ']]>', '<!--', '\\', '{{value}}', '$t(common.error)', '%s'];

/** Text Alexa could never send, and text it could: specials, unicode, whitespace, very long. */
const oddText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.array(fc.constantFrom(...SSML_SPECIAL, 'a', ' ', 'six', '6'), { minLength: 1, maxLength: 12 }).map((parts) => parts.join('')),
  fc.constantFrom('', ' ', '\n', '\u0000', '\u202e', '🔥🔥', 'null', 'undefined', '[object Object]'),
  fc.tuple(fc.constantFrom('a', 'six ', '<', '&', 'ü'), fc.integer({ min: 500, max: 5000 })).map(([unit, n]) => unit.repeat(n)),
);

/** Values per built-in slot type: real ones, edge ones, and wrong ones. */
const BUILT_IN_VALUES: Record<string, readonly string[]> = {
  'AMAZON.NUMBER': ['0', '1', '6', '10', '11', '42', '-1', '-0', '5.5', '0.4', '?', '1e400', '99999999999999999999', 'NaN', 'Infinity', 'seven', ' 7 ', '07', '0x10'],
  'AMAZON.DURATION': ['PT20M', 'PT15M', 'PT0S', 'PT0M', 'PT1S', '-PT5M', 'PT-5M', 'PT3H', 'PT2H', 'PT121M', 'PT99999H', 'P1D', 'P2D', 'P3Y', 'P1W', 'PT1.5M', 'P', 'PT', 'PTM', 'twenty minutes', '20', 'P999999999Y', 'P9999W', 'PT99999999999H'],
  'AMAZON.DATE': ['PRESENT_REF', '2026-11-21', '2026-11-20', '2026-11-22', '2026-11-24', '2099-01-01', '1999-01-01', '2026-W47', '2026-W47-WE', '2026-11', '2026', '202X', 'XXXX-11-21', 'XXXX-WXX-1', '2026-13-45', '2026-02-30', 'tomorrow', '21/11/2026'],
  'AMAZON.TIME': ['MO', 'AF', 'EV', 'NI', '08:00', '14:30', '23:59', '00:00', '25:99', '24:00', 'T10', 'noon', '7', '__proto__', 'constructor', 'toString', 'hasOwnProperty'],
};

function slotSpec(type: string, model: InteractionModel): fc.Arbitrary<SlotSpec> {
  const custom = model.interactionModel.languageModel.types?.find((candidate) => candidate.name === type);
  const known = BUILT_IN_VALUES[type] ?? custom?.values?.flatMap((value) => [value.name.value, ...(value.name.synonyms ?? [])]) ?? [];
  const ids = custom?.values?.map((value) => value.id ?? value.name.value) ?? [];
  const resolutions: fc.Arbitrary<slu.entityresolution.Resolutions | undefined> = custom
    ? fc.oneof(
        fc.constant(undefined),
        fc.constantFrom(...ids, 'NOT_AN_ID', '').map((id) => resolution(type, 'ER_SUCCESS_MATCH', id)),
        fc.constant(resolution(type, 'ER_SUCCESS_NO_MATCH')),
        fc.constant(resolution(type, 'ER_ERROR_TIMEOUT')),
      )
    : fc.constant(undefined);
  const value = known.length > 0 ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...known) }, { weight: 2, arbitrary: oddText }) : oddText;
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant<SlotSpec>({ kind: 'absent' }) },
    { weight: 2, arbitrary: fc.constant<SlotSpec>({ kind: 'noValue' }) },
    { weight: 6, arbitrary: fc.record({ value, resolutions }).map(({ value: v, resolutions: r }): SlotSpec => ({ kind: 'value', value: v, ...(r ? { resolutions: r } : {}) })) },
  );
}

function resolution(type: string, code: slu.entityresolution.StatusCode, id?: string): slu.entityresolution.Resolutions {
  const authority = `amzn1.er-authority.echo-sdk.${FAKE_SKILL_ID}.${type}`;
  const values = code === 'ER_SUCCESS_MATCH' ? [{ value: { name: id ?? '', id: id ?? '' } }] : [];
  return { resolutionsPerAuthority: [{ authority, status: { code }, values }] };
}

const UNKNOWN_INTENTS = ['AMAZON.ScrollDownIntent', 'AMAZON.SelectIntent', 'AMAZON.ShuffleOnIntent', 'OrderPizzaIntent', 'SetOnsetIntentV2', ''];

function intentAndSlots(model: InteractionModel): fc.Arbitrary<{ intent: string; slots: Record<string, SlotSpec> }> {
  const intents = model.interactionModel.languageModel.intents;
  // Unbiased: every intent of the model as often as any other, not mostly the first ones.
  const known = fc.noBias(fc.constantFrom(...intents)).chain((intent) => {
    const declared = intent.slots ?? [];
    const slotRecord = fc.record(Object.fromEntries(declared.map((slot) => [slot.name, slotSpec(slot.type, model)]))) as fc.Arbitrary<Record<string, SlotSpec>>;
    // Now and then a slot the intent does not declare.
    const extra = fc.oneof(
      { weight: 7, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom('painScore', 'duration', 'bogus', ''), oddText) },
    );
    return fc.tuple(slotRecord, extra).map(([slots, more]) => ({
      intent: intent.name,
      slots: more ? { ...slots, [more[0]]: { kind: 'value' as const, value: more[1] } } : slots,
    }));
  });
  const unknown = fc.tuple(fc.constantFrom(...UNKNOWN_INTENTS), oddText).map(([intent, value]) => ({ intent, slots: { value: { kind: 'value', value } as SlotSpec } }));
  return fc.oneof({ weight: 12, arbitrary: known }, { weight: 1, arbitrary: unknown });
}

/** `events`: the skill events the skill takes (its manifest's subscriptions); Alexa sends no others. */
export function requestSpec(model: InteractionModel, events: readonly string[]): fc.Arbitrary<RequestSpec> {
  const launch = fc.oneof(
    { weight: 5, arbitrary: fc.constant<RequestSpec>({ type: 'LaunchRequest' }) },
    {
      weight: 1,
      arbitrary: fc
        .record({
          name: fc.constantFrom(`${FAKE_SKILL_ID}.IceSessionEnded`, `${FAKE_SKILL_ID}.Unknown`, 'AMAZON.PrintPDF', ''),
          version: fc.constantFrom('1', '2', ''),
          input: fc.oneof(
            fc.record({ sessionId: fc.oneof(fc.constantFrom('ice-1', 'heat-2', 'ice-1-break'), oddText), kind: fc.constantFrom('ice', 'heat', 'steam', '') }),
            fc.jsonValue({ maxDepth: 2 }),
          ),
        })
        .map((task): RequestSpec => ({ type: 'LaunchRequest', task })),
    },
  );
  const intent = fc
    .record({
      chosen: intentAndSlots(model),
      dialogState: fc.oneof(
        { weight: 3, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.constantFrom('STARTED' as const, 'IN_PROGRESS' as const, 'COMPLETED' as const) },
      ),
      confirmation: fc.constantFrom('NONE', 'NONE', 'DENIED', 'CONFIRMED'),
    })
    .map(({ chosen, dialogState, confirmation }): RequestSpec => ({ type: 'IntentRequest', ...chosen, ...(dialogState ? { dialogState } : {}), confirmation }));
  const canFulfill = intentAndSlots(model).map((chosen): RequestSpec => ({ type: 'CanFulfillIntentRequest', ...chosen }));
  const ended = fc
    .record({
      reason: fc.constantFrom('USER_INITIATED', 'ERROR', 'EXCEEDED_MAX_REPROMPTS', 'SOMETHING_NEW'),
      error: fc.option(fc.record({ type: fc.constantFrom('INVALID_RESPONSE', 'DEVICE_COMMUNICATION_ERROR', 'INTERNAL_SERVICE_ERROR'), message: oddText }), { freq: 3 }),
    })
    .map(({ reason, error }): RequestSpec => ({ type: 'SessionEndedRequest', reason, ...(error ? { error } : {}) }));
  const connections = fc
    .record({
      name: fc.constantFrom('AskFor', 'AskFor', 'Buy', 'Upsell', ''),
      code: fc.constantFrom('200', '200', '400', '500', ''),
      token: fc.option(fc.oneof(fc.constantFrom('timers', 'reminders', 'iceTimer', ''), oddText), { freq: 3 }),
      payload: fc.option(
        fc.record({
          status: fc.constantFrom('ACCEPTED', 'DENIED', 'NOT_ANSWERED', 'MAYBE', ''),
          isCardThrown: fc.boolean(),
          permissionScope: fc.constantFrom('alexa::alerts:timers:skill:readwrite', 'alexa::alerts:reminders:skill:readwrite', 'alexa::profile:email:read'),
        }),
        { freq: 6 },
      ),
    })
    .map(({ name, code, token, payload }): RequestSpec => ({
      type: 'Connections.Response',
      name,
      code,
      ...(token !== null ? { token } : {}),
      ...(payload ? { payload } : {}),
    }));
  const event = fc
    .record({
      event: fc.constantFrom(...events),
      persistence: fc.constantFrom('PERSISTED', 'NOT_PERSISTED', undefined, 42),
    })
    .map((spec): RequestSpec => ({ type: 'AlexaSkillEvent', ...spec }));
  const other = fc
    .record({
      requestType: fc.oneof(
        fc.constantFrom('Alexa.Presentation.APL.UserEvent', 'System.ExceptionEncountered', 'Display.ElementSelected', 'Messaging.MessageReceived', 'Reminders.ReminderStarted', 'Dialog.InputRequest', 'PlaybackController.PlayCommandIssued'),
        fc.string({ maxLength: 20 }).filter((type) => !type.startsWith('AlexaSkillEvent.')),
      ),
      extra: fc.dictionary(fc.constantFrom('arguments', 'source', 'token', 'error', 'cause', 'message'), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
    })
    .map((spec): RequestSpec => ({ type: 'Other', ...spec }));
  return fc.oneof(
    { weight: 4, arbitrary: launch },
    { weight: 20, arbitrary: intent },
    { weight: 2, arbitrary: canFulfill },
    { weight: 2, arbitrary: ended },
    { weight: 2, arbitrary: connections },
    { weight: 1, arbitrary: event },
    { weight: 1, arbitrary: other },
  );
}

// ---------------------------------------------------------------------------------------------
// The rest of the envelope

export type Truncation =
  | 'noSession'
  | 'noSessionAttributes'
  | 'noSystemUser'
  | 'noDevice'
  | 'noApiAccess'
  | 'noLocale'
  | 'badTimestamp'
  | 'noSlots'
  | 'noViewport'
  // Hostile: envelopes that once threw out of the handler.
  | 'noContext'
  | 'numericType'
  | 'deepAttributes'
  | 'wrongSkillId';

const TRUNCATIONS: readonly Truncation[] = [
  'noSession',
  'noSessionAttributes',
  'noSystemUser',
  'noDevice',
  'noApiAccess',
  'noLocale',
  'badTimestamp',
  'noSlots',
  'noViewport',
  'noContext',
  'numericType',
  'deepAttributes',
];
/** Deeper than the 4,116 levels that once overflowed the SDK's copy of the session attributes. */
const HOSTILE_DEPTH = 4200;

export const locale: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constant('en-US') },
  { weight: 3, arbitrary: fc.constantFrom('en-GB', 'en-CA', 'en-AU', 'en-IN', 'de-DE', 'fr-FR', 'ja-JP', 'es-US', 'xx-XX', '', 'EN-us', 'en_US', 'en', 'en-US-x-twain') },
  { weight: 1, arbitrary: oddText },
);

export interface EnvelopeSpec {
  request: RequestSpec;
  locale: string;
  truncations: Truncation[];
  screen: boolean;
  newSession: boolean;
}

export function envelopeSpec(model: InteractionModel, events: readonly string[]): fc.Arbitrary<EnvelopeSpec> {
  return fc.record({
    request: requestSpec(model, events),
    locale,
    // Most requests are whole; some lose one part or a few; now and then one is for another skill.
    truncations: fc
      .tuple(
        fc.oneof({ weight: 3, arbitrary: fc.constant<Truncation[]>([]) }, { weight: 2, arbitrary: fc.subarray([...TRUNCATIONS], { maxLength: 3 }) }),
        fc.oneof({ weight: 40, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
      )
      // Without a context only the session can name the skill: another skill's id there is a different case.
      .map(([list, wrong]): Truncation[] => (wrong ? [...list.filter((t) => t !== 'noContext'), 'wrongSkillId'] : list)),
    screen: fc.boolean(),
    newSession: fc.boolean(),
  });
}

export interface BuildContext {
  userId: string;
  deviceId: string;
  now: Date;
  sessionId: string;
  /** Sent as the session's attributes (ignored on a new session, as Alexa sends none). */
  attributes: Record<string, unknown>;
}

/** The envelope Alexa would send for the spec, then with the spec's parts removed. */
export function buildEnvelope(spec: EnvelopeSpec, context: BuildContext, model: InteractionModel): RequestEnvelope {
  const supportedInterfaces: SupportedInterfaces = spec.screen ? APL_INTERFACES : {};
  const device: DeviceContext = {
    skillId: FAKE_SKILL_ID,
    userId: context.userId,
    deviceId: context.deviceId,
    locale: spec.locale,
    supportedInterfaces,
    apiEndpoint: 'http://alexa-api.invalid',
    apiAccessToken: 'fuzz-token',
  };
  const base = stamp(spec.locale, context.now);
  const request = buildRequest(spec.request, base, model);
  const inSession = spec.request.type !== 'AlexaSkillEvent' && !spec.truncations.includes('noSession');
  const result = envelope(device, request, inSession ? { sessionId: context.sessionId, new: spec.newSession, attributes: context.attributes } : undefined);
  if (result.session && !spec.newSession) result.session.attributes = structuredClone(context.attributes);
  return truncate(result, spec.truncations);
}

function buildRequest(spec: RequestSpec, base: ReturnType<typeof stamp>, model: InteractionModel): Request {
  switch (spec.type) {
    case 'LaunchRequest':
      return spec.task ? ({ ...launchRequest(base), task: spec.task } as Request) : launchRequest(base);
    case 'IntentRequest':
    case 'CanFulfillIntentRequest': {
      const declared = model.interactionModel.languageModel.intents.find((intent) => intent.name === spec.intent)?.slots ?? [];
      const present = declared.map((slot) => slot.name).filter((name) => spec.slots[name]?.kind !== 'absent');
      const inputs: Record<string, SlotInput> = {};
      for (const [name, slot] of Object.entries(spec.slots)) {
        if (slot.kind === 'value') inputs[name] = slot.resolutions ? { value: slot.value, resolutions: slot.resolutions } : { value: slot.value };
      }
      const built = intentRequest(base, spec.intent, inputs, present, spec.type === 'IntentRequest' ? spec.dialogState : undefined);
      for (const name of Object.keys(built.intent.slots ?? {})) if (spec.slots[name]?.kind === 'absent') delete built.intent.slots?.[name];
      if (spec.type === 'IntentRequest') {
        if (spec.confirmation) built.intent.confirmationStatus = spec.confirmation as 'NONE';
        return built;
      }
      return { ...built, type: 'CanFulfillIntentRequest' } as unknown as Request;
    }
    case 'SessionEndedRequest':
      return sessionEndedRequest(base, spec.reason as 'USER_INITIATED', spec.error as never);
    case 'Connections.Response':
      return connectionsResponse(base, {
        name: spec.name,
        status: { code: spec.code, message: 'fuzz' },
        ...(spec.token !== undefined ? { token: spec.token } : {}),
        ...(spec.payload ? { payload: spec.payload } : {}),
      });
    case 'AlexaSkillEvent':
      return {
        ...base,
        type: `AlexaSkillEvent.${spec.event}`,
        eventCreationTime: base.timestamp,
        eventPublishingTime: base.timestamp,
        ...(spec.persistence !== undefined ? { body: { userInformationPersistenceStatus: spec.persistence } } : { body: {} }),
      } as unknown as Request;
    case 'Other':
      return { ...spec.extra, ...base, type: spec.requestType } as unknown as Request;
  }
}

function deeplyNested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = {};
  for (let level = 1; level < depth; level++) value = { d: value };
  return value;
}

function truncate(result: RequestEnvelope, truncations: readonly Truncation[]): RequestEnvelope {
  const system = result.context.System as unknown as Record<string, unknown>;
  const request = result.request as unknown as Record<string, unknown>;
  for (const truncation of truncations) {
    switch (truncation) {
      case 'noSessionAttributes':
        if (result.session) delete result.session.attributes;
        break;
      case 'noSystemUser':
        delete system.user;
        break;
      case 'noDevice':
        delete system.device;
        break;
      case 'noApiAccess':
        delete system.apiEndpoint;
        delete system.apiAccessToken;
        break;
      case 'noLocale':
        delete request.locale;
        break;
      case 'badTimestamp':
        request.timestamp = 'yesterday-ish';
        break;
      case 'noSlots':
        if (typeof request.intent === 'object' && request.intent !== null) delete (request.intent as Record<string, unknown>).slots;
        break;
      case 'noViewport':
        result.context.Viewport = { mode: 'HUB' } as never;
        break;
      case 'wrongSkillId':
        (system.application as Record<string, unknown>).applicationId = 'amzn1.ask.skill.someone-else';
        break;
      case 'numericType':
        request.type = 42;
        break;
      case 'deepAttributes':
        if (result.session) result.session.attributes = { nested: deeplyNested(HOSTILE_DEPTH) };
        break;
      case 'noContext':
      case 'noSession':
        break; // noSession is applied when building, noContext last
    }
  }
  if (truncations.includes('noContext')) delete (result as unknown as Record<string, unknown>).context;
  return result;
}

// ---------------------------------------------------------------------------------------------
// Session attributes a request can carry back (wrong ones: Alexa echoes what the skill sent, but the skill must
// not trust it)

const PENDING_KINDS = ['safetyCheck', 'offer', 'onset', 'pain', 'towelCheck', 'skinCheck', 'startTimer', 'breakTimer', 'reminders', 'timerPaused', 'routine', 'bogus'];
const OFFERS = ['iceSession', 'heatTips', 'stretchTips', 'preventionTips', 'safetyCheck', 'restInstead', 'resumeRoutine', 'bogus'];
/** Speech the skill itself could have said: valid SSML fragments only (see the note in the test). */
const SAID = ['', 'Welcome back.', 'It&apos;s day 2, so it&apos;s still ice time.', 'Hold it. <break time="10s"/> Relax.', 'Tom &amp; Jerry'];

export function sessionAttributes(now: Date): fc.Arbitrary<Record<string, unknown>> {
  const pending = fc.oneof(
    fc.record(
      {
        kind: fc.constantFrom(...PENDING_KINDS),
        offer: fc.constantFrom(...OFFERS),
        minutes: fc.oneof(fc.integer({ min: -30, max: 300 }), fc.constant(Number.NaN), fc.constant('20')),
        session: fc.constantFrom('ice', 'heat', 'steam'),
      },
      { requiredKeys: ['kind'] },
    ),
    fc.jsonValue({ maxDepth: 2 }),
  );
  return fc.record(
    {
      pending,
      lastSpeech: fc.oneof(fc.constantFrom(...SAID), fc.integer(), fc.constant(null)),
      lastReprompt: fc.oneof(fc.constantFrom(...SAID), fc.boolean()),
      known: fc.oneof(storedAttributes(now), fc.jsonValue({ maxDepth: 2 })),
      timers: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.record({ towelChecked: fc.boolean(), skinChecked: fc.jsonValue() }, { requiredKeys: [] })),
      routine: fc.oneof(
        fc.jsonValue({ maxDepth: 3 }),
        fc.record(
          {
            routineId: fc.constantFrom('gentle', 'standard', 'bogus', ''),
            index: fc.oneof(fc.integer({ min: -3, max: 40 }), fc.constant(1.5)),
            segment: fc.integer({ min: -1, max: 30 }),
            pace: fc.constantFrom('slow', 'normal', 'fast', 'warp'),
            paused: fc.boolean(),
          },
          { requiredKeys: [] },
        ),
      ),
    },
    { requiredKeys: [] },
  );
}

// ---------------------------------------------------------------------------------------------
// Stored records

/** An ISO instant around now: recent, in the future, years ago, or not an instant at all. */
function instant(now: Date): fc.Arbitrary<unknown> {
  const ms = now.getTime();
  return fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: -10 * 86_400_000, max: 0 }).map((offset) => new Date(ms + offset).toISOString()) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 400 * 86_400_000 }).map((offset) => new Date(ms + offset).toISOString()) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 40 * 365 }).map((days) => new Date(ms - days * 86_400_000).toISOString()) },
    { weight: 1, arbitrary: fc.constantFrom('1970-01-01T00:00:00.000Z', '2026-11-21', 'Tue, 17 Nov 2026 10:00:00 GMT') },
  );
}

/** Attributes that readUserState accepts (extreme but valid), with feature records of any shape. */
export function storedAttributes(now: Date): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(
    {
      version: fc.constant(1),
      onsetAt: instant(now),
      pain: fc.array(fc.record({ score: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.double({ min: 0, max: 10, noNaN: true })), at: instant(now) }), { maxLength: 25 }),
      timeZone: fc.constantFrom('America/New_York', 'Europe/London', 'Pacific/Kiritimati', 'Etc/GMT+12', 'Mars/Olympus_Mons', ''),
      disclaimerHeardAt: instant(now),
      safetyCheckAt: instant(now),
      careSessions: fc.jsonValue({ maxDepth: 3 }),
      reminders: fc.jsonValue({ maxDepth: 2 }),
      stretch: fc.jsonValue({ maxDepth: 3 }),
    },
    { requiredKeys: ['version'] },
  );
}

export type StoredSeed =
  | { kind: 'none' }
  | { kind: 'valid'; attributes: Record<string, unknown> }
  | { kind: 'newer'; attributes: Record<string, unknown> }
  /** JSON that is a record of the store but not a state the skill can read. */
  | { kind: 'unreadable'; attributes: Record<string, unknown> }
  /** Bytes in the record's file that are not a record at all. */
  | { kind: 'corrupt'; bytes: string };

/** Stands for the user's id in corrupt bytes; replaced when the bytes are written. */
export const USER_PLACEHOLDER = '%USER%';

export function storedSeed(now: Date, userId: string = USER_PLACEHOLDER): fc.Arbitrary<StoredSeed> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant<StoredSeed>({ kind: 'none' }) },
    { weight: 8, arbitrary: storedAttributes(now).map((attributes): StoredSeed => ({ kind: 'valid', attributes })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.integer({ min: 2, max: 9 }), storedAttributes(now))
        .map(([version, attributes]): StoredSeed => ({ kind: 'newer', attributes: { ...attributes, version, renamedField: 'x' } })),
    },
    {
      weight: 2,
      arbitrary: fc
        .oneof(
          fc.constant({ onsetAt: '2026-11-20T10:00:00Z', pain: [] }),
          fc.constant({ version: 0, pain: [] }),
          fc.constant({ version: '1', pain: [] }),
          fc.constant({ version: 1.5, pain: [] }),
          fc.constant({ version: 1, onsetAt: 'tuesday' }),
          fc.constant({ version: 1, pain: [{ score: 42, at: '2026-11-20T10:00:00Z' }] }),
          fc.constant({ version: 1, pain: 'six' }),
          fc.constant({ version: 1, timeZone: 7 }),
          fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1, maxKeys: 4 }),
        )
        .map((attributes): StoredSeed => ({ kind: 'unreadable', attributes: attributes as Record<string, unknown> })),
    },
    {
      weight: 2,
      arbitrary: fc
        .oneof(
          // What the embedded store's record column holds, broken: not a JSON object.
          fc.constant('{"version":1,"onsetAt":"2026-11-2'),
          fc.constant(''),
          fc.constant('null'),
          fc.constant('[]'),
          fc.constant('"text"'),
          fc.constant('7'),
          fc.constant(`{"userId":"${userId}"`),
          fc.string({ maxLength: 40 }).filter((text) => !parsesToObject(text)),
        )
        .map((bytes): StoredSeed => ({ kind: 'corrupt', bytes })),
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Alexa API answers

export type ApiBehavior = { kind: 'answer'; status: number; body: string } | { kind: 'throw' } | { kind: 'hang' };

export const apiBehavior: fc.Arbitrary<ApiBehavior> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .record({
        status: fc.constantFrom(200, 200, 200, 204, 400, 401, 403, 404, 429, 500, 503, 504),
        body: fc.oneof(
          fc.constantFrom(
            '"America/Chicago"',
            '"Mars/Base"',
            '""',
            '{}',
            '',
            'not json',
            'null',
            '{"id":"t-1","status":"ON","triggerTime":"2026-11-21T15:20:00.000Z"}',
            '{"id":"t-1","status":"PAUSED","remainingTimeWhenPaused":"PT12M30S"}',
            '{"id":"t-1","status":"PAUSED","remainingTimeWhenPaused":"soon"}',
            '{"id":123,"status":"WHAT"}',
            '{"timers":[],"totalCount":0}',
            '{"alertToken":"r-1","createdTime":"2026-11-21T15:00:00.000Z"}',
            '{"code":"INVALID","message":"bad"}',
          ),
          fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value) ?? ''),
        ),
      })
      .map((answer): ApiBehavior => ({ kind: 'answer', ...answer })),
  },
  { weight: 1, arbitrary: fc.constant<ApiBehavior>({ kind: 'throw' }) },
  { weight: 1, arbitrary: fc.constant<ApiBehavior>({ kind: 'hang' }) },
);

function parsesToObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
