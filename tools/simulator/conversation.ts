/**
 * A conversation with a skill as Alexa would hold it: utterances become LaunchRequests and
 * IntentRequests in sessions, session attributes travel between turns, and the response decides
 * whether the session stays open. The skill is reached through `invoke`, so the same class drives
 * the real bundled handler (console, transcript tests) or a fake (the simulator's own tests).
 */
import { createHash } from 'node:crypto';
import type {
  Directive,
  Intent,
  Request,
  RequestEnvelope,
  ResponseEnvelope,
  SessionEndedError,
  SessionEndedReason,
  SupportedInterfaces,
  Task,
  interfaces,
  ui,
} from 'ask-sdk-model';
import { ConsentQuestion, consentAnswer, consentGrantedNote, consentQuestion, consentResponse } from './consent';
import { describeDirective } from './directives';
import {
  ConnectionsResponseInput,
  DEFAULT_API_ENDPOINT,
  DeviceContext,
  FAKE_SKILL_ID,
  SessionState,
  SlotInput,
  connectionsResponse,
  envelope,
  intentRequest,
  launchRequest,
  newSessionId,
  sessionEndedRequest,
  stamp,
} from './envelope';
import { parseInvocation } from './invocation';
import { FALLBACK_INTENT, IntentMatch, elicitationSamples, matchUtterance } from './matcher';
import { hear } from './hear';
import type { InteractionModel } from './model-types';
import { normalizeWords } from './normalize';
import { SessionAfter, sessionAfter } from './session-rules';
import { ssmlToText } from './speech-text';

export interface ConversationOptions {
  model: InteractionModel;
  locale: string;
  userId: string;
  deviceId?: string;
  invoke: (envelope: RequestEnvelope) => Promise<ResponseEnvelope>;
  now: () => Date;
  /** The device's time zone, for AMAZON.DATE; the machine's zone unless given. */
  timeZone?: string;
  /** Voice-only unless given; pass APL_INTERFACES for a screen device. */
  supportedInterfaces?: SupportedInterfaces;
  viewport?: interfaces.viewport.ViewportState;
  apiEndpoint?: string;
  apiAccessToken?: string;
  skillId?: string;
  /** Spoken in Alexa's own prompts; the invocation name in title case unless given. */
  skillName?: string;
  /** Scopes the skill's manifest declares; an AskFor for another gets status 400. Unchecked if absent. */
  declaredPermissions?: readonly string[];
  /** Permissions the user has already granted (e.g. in the Alexa app). */
  grantedPermissions?: readonly string[];
  /** false: hear only what matches a sample exactly (no statistical estimate, see hear.ts). */
  estimate?: boolean;
}

export interface Turn {
  request: RequestEnvelope;
  response: ResponseEnvelope;
  /** The output speech as readable text ("[pause 10 s]" for breaks). */
  speech: string;
  ssml: string;
  reprompt: string;
  repromptSsml: string;
  sessionEnded: boolean;
  /** The microphone is open: the skill (or Alexa, for a permission) asked the user something. */
  waitingForAnswer: boolean;
  card?: ui.Card;
  /** One line per directive, e.g. "Connections.SendRequest AskFor alexa::alerts:timers:skill:readwrite". */
  directives: string[];
  /** What the simulator heard, for IntentRequests made from an utterance. */
  heard?: IntentMatch;
  /** Alexa's own words before the skill's speech (the reprompt before a timeout, a permission note). */
  alexaBefore?: string;
  /** Alexa's own words after the skill's speech (the question of a permission request). */
  alexaAfter?: string;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** Any request; requestId, timestamp and locale are filled in when left out. */
export type RequestInput = DistributiveOmit<Request, 'requestId' | 'timestamp' | 'locale'> & {
  requestId?: string;
  timestamp?: string;
  locale?: string;
};
/** Which session a raw request goes to: the open one, a new one, or none (skill events). */
export type SessionChoice = 'current' | 'new' | 'none';

interface OpenSession extends SessionState {
  state: Exclude<SessionAfter, 'ended'>;
  reprompt: string;
}

/** Said inside a session, "exit" ("salir" in Spanish) is Alexa's: it ends the session with a SessionEndedRequest. */
const EXIT_WORDS = new Set(['exit', 'salir']);

export class SkillConversation {
  private readonly device: DeviceContext;
  private readonly zone: string;
  private readonly skillName: string;
  private readonly granted: Set<string>;
  private session?: OpenSession;
  private consent?: ConsentQuestion;
  /** Set while Alexa listens for one slot after a Dialog.ElicitSlot. */
  private elicit?: { intent: Intent; slot: string };
  private lastIntent?: Intent;

  constructor(private readonly options: ConversationOptions) {
    const supportedInterfaces = options.supportedInterfaces ?? {};
    this.device = {
      skillId: options.skillId ?? FAKE_SKILL_ID,
      userId: options.userId,
      deviceId: options.deviceId ?? deviceIdFor(options.userId),
      locale: options.locale,
      supportedInterfaces,
      apiEndpoint: options.apiEndpoint ?? DEFAULT_API_ENDPOINT,
      apiAccessToken: options.apiAccessToken ?? 'simulated-api-access-token',
      viewport: options.viewport,
    };
    this.zone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    this.skillName = options.skillName ?? titleCase(options.model.interactionModel.languageModel.invocationName);
    this.granted = new Set(options.grantedPermissions ?? []);
  }

  /** Who and where the user is: for a local Alexa API server answering this device's calls. */
  get deviceContext(): Readonly<DeviceContext> {
    return this.device;
  }

  /** The device's time zone (what the Alexa Settings API would report). */
  get timeZone(): string {
    return this.zone;
  }

  get sessionOpen(): boolean {
    return this.session !== undefined;
  }

  get sessionAttributes(): Readonly<Record<string, unknown>> {
    return this.session?.attributes ?? {};
  }

  get grantedPermissions(): string[] {
    return [...this.granted];
  }

  /** Something the user says to the device. */
  async say(utterance: string): Promise<Turn> {
    if (this.consent) return this.answerConsent(utterance, this.consent);
    const invocation = parseInvocation(utterance, this.options.model.interactionModel.languageModel.invocationName, this.options.locale);
    if (invocation.kind === 'launch') {
      // Said inside a session too, Alexa starts the skill afresh: a new session, no SessionEndedRequest.
      this.startSession();
      return this.exchange(launchRequest(this.stamp()));
    }
    if (invocation.kind === 'one-shot') {
      this.startSession();
      return this.exchange(...(await this.intentFor(invocation.request)));
    }
    if (this.session?.state === 'open' && EXIT_WORDS.has(normalizeWords(invocation.request).join(' '))) {
      return this.end('USER_INITIATED');
    }
    // Without an open session the words reach the skill as a one-shot ("ask back relief coach ...").
    if (this.session?.state !== 'open') this.startSession();
    return this.exchange(...(await this.intentFor(invocation.request)));
  }

  /**
   * The user stays silent: Alexa speaks the reprompt, waits again, then ends the session with
   * a SessionEndedRequest (EXCEEDED_MAX_REPROMPTS).
   */
  async silence(): Promise<Turn> {
    const reprompt = this.session?.reprompt;
    const turn = await this.end('EXCEEDED_MAX_REPROMPTS');
    return reprompt ? { ...turn, alexaBefore: reprompt } : turn;
  }

  /** Ends the open session with a SessionEndedRequest (Alexa ignores any speech in the answer). */
  end(reason: SessionEndedReason, error?: SessionEndedError): Promise<Turn> {
    return this.send(sessionEndedRequest(this.stamp(), reason, error), 'current');
  }

  /** A task launch, as when the user accepts a LAUNCH_TASK timer: a LaunchRequest in a new session. */
  launchTask(task: Task): Promise<Turn> {
    return this.send(launchRequest(this.stamp(), task), 'new');
  }

  /** A Connections.Response, in the suspended or open session (a new one if there is none). */
  respond(input: ConnectionsResponseInput): Promise<Turn> {
    this.consent = undefined;
    return this.send(connectionsResponse(this.stamp(), input));
  }

  /** Any request. By default LaunchRequests start a session and others join the current one. */
  async send(input: RequestInput, session?: SessionChoice): Promise<Turn> {
    const request = { ...this.stamp(), ...input } as Request;
    const choice = session ?? (request.type === 'LaunchRequest' || !this.session ? 'new' : 'current');
    if (choice === 'new') this.startSession();
    if (choice === 'none') return this.exchange(request, undefined, false);
    if (!this.session) throw new Error(`No session is open for the ${request.type}`);
    return this.exchange(request);
  }

  private stamp() {
    return stamp(this.options.locale, this.options.now());
  }

  private startSession(): void {
    this.session = { sessionId: newSessionId(), new: true, attributes: {}, state: 'open', reprompt: '' };
    this.consent = undefined;
    this.elicit = undefined;
  }

  /** The IntentRequest for words spoken to the skill, honouring a slot being elicited. */
  private async intentFor(text: string): Promise<[Request, IntentMatch]> {
    const { model } = this.options;
    const now = this.options.now();
    const skillId = this.device.skillId;
    const elicit = this.elicit;
    this.elicit = undefined;
    if (elicit) {
      const only = elicitationSamples(model, elicit.intent.name, elicit.slot);
      const heard = matchUtterance(model, text, now, this.zone, { skillId, only, locale: this.options.locale });
      if (heard.intent !== FALLBACK_INTENT) {
        const slots: Record<string, SlotInput> = { ...slotInputs(elicit.intent), ...heard.slots };
        return [this.buildIntent(elicit.intent.name, slots, 'IN_PROGRESS'), heard];
      }
    }
    const heard = await hear(model, text, now, this.zone, { skillId, locale: this.options.locale, estimate: this.options.estimate });
    const inDialog = model.interactionModel.dialog?.intents.some((intent) => intent.name === heard.intent);
    return [this.buildIntent(heard.intent, heard.slots, inDialog ? 'STARTED' : undefined), heard];
  }

  private buildIntent(name: string, slots: Record<string, SlotInput>, dialogState?: 'STARTED' | 'IN_PROGRESS'): Request {
    const declared = this.options.model.interactionModel.languageModel.intents.find((intent) => intent.name === name)?.slots ?? [];
    const request = intentRequest(this.stamp(), name, slots, declared.map((slot) => slot.name), dialogState);
    this.lastIntent = request.intent;
    return request;
  }

  private async answerConsent(utterance: string, question: ConsentQuestion): Promise<Turn> {
    const answer = consentAnswer(utterance, this.options.locale);
    const input = consentResponse(question, answer, this.options.declaredPermissions);
    if (input.status.code === '200') {
      for (const scope of question.scopes) {
        if (answer === 'ACCEPTED') this.granted.add(scope);
        else if (answer === 'DENIED') this.granted.delete(scope);
      }
    }
    const turn = await this.respond(input);
    return answer === 'ACCEPTED' && input.status.code === '200' ? { ...turn, alexaBefore: consentGrantedNote(this.skillName, this.options.locale) } : turn;
  }

  /** Sends one request and updates the session from the response. */
  private async exchange(request: Request, heard?: IntentMatch, inSession = true): Promise<Turn> {
    const session = inSession ? this.session : undefined;
    const requestEnvelope = envelope(this.device, request, session);
    if (session) session.new = false;
    let responseEnvelope: ResponseEnvelope;
    try {
      responseEnvelope = await this.options.invoke(requestEnvelope);
    } catch (error) {
      // Alexa ends the session when the skill fails ("There was a problem with the requested skill's response").
      this.session = undefined;
      throw error;
    }
    const response = responseEnvelope.response ?? {};
    const directives: Directive[] = response.directives ?? [];
    // Alexa ignores what a skill says in answer to a SessionEndedRequest: the session is over.
    const after: SessionAfter =
      request.type === 'SessionEndedRequest' || !session ? 'ended' : sessionAfter(response, this.hasScreen());
    const ssml = speechOf(response.outputSpeech);
    const repromptSsml = speechOf(response.reprompt?.outputSpeech);
    let question: ConsentQuestion | undefined;
    if (session) {
      this.updateSession(after, responseEnvelope, ssmlToText(repromptSsml));
      question = after === 'suspended' ? consentQuestion(directives, this.skillName, this.options.locale) : undefined;
      this.consent = question;
      if (after === 'open') this.elicit = elicitFrom(directives, this.lastIntent);
    }

    const turn: Turn = {
      request: requestEnvelope,
      response: responseEnvelope,
      speech: request.type === 'SessionEndedRequest' ? '' : ssmlToText(ssml),
      ssml,
      reprompt: ssmlToText(repromptSsml),
      repromptSsml,
      sessionEnded: session ? after === 'ended' : this.session === undefined,
      waitingForAnswer: question !== undefined || (after === 'open' && (response.shouldEndSession === false || repromptSsml !== '')),
      directives: directives.map(describeDirective),
    };
    if (response.card) turn.card = response.card;
    if (heard) turn.heard = heard;
    if (question) turn.alexaAfter = question.question;
    return turn;
  }

  private updateSession(after: SessionAfter, responseEnvelope: ResponseEnvelope, reprompt: string): void {
    if (after === 'ended' || !this.session) {
      this.session = undefined;
      return;
    }
    this.session.state = after;
    this.session.reprompt = reprompt;
    // Alexa sends back exactly the attributes of the last response (none if it had none).
    this.session.attributes = structuredClone(responseEnvelope.sessionAttributes ?? {});
  }

  private hasScreen(): boolean {
    return this.device.supportedInterfaces['Alexa.Presentation.APL'] !== undefined;
  }
}

function speechOf(speech: ui.OutputSpeech | undefined): string {
  if (!speech) return '';
  return speech.type === 'SSML' ? speech.ssml : speech.text;
}

function elicitFrom(directives: readonly Directive[], lastIntent: Intent | undefined): { intent: Intent; slot: string } | undefined {
  for (const directive of directives) {
    if (directive.type !== 'Dialog.ElicitSlot') continue;
    const intent = directive.updatedIntent ?? lastIntent;
    if (intent) return { intent, slot: directive.slotToElicit };
  }
  return undefined;
}

function slotInputs(intent: Intent): Record<string, SlotInput> {
  const result: Record<string, SlotInput> = {};
  for (const [name, slot] of Object.entries(intent.slots ?? {})) {
    if (slot.value !== undefined) result[name] = slot.resolutions ? { value: slot.value, resolutions: slot.resolutions } : { value: slot.value };
  }
  return result;
}

/** A stable fake device id per user, so two console users look like two devices. */
export function deviceIdFor(userId: string): string {
  return `amzn1.ask.device.SIM${createHash('sha256').update(userId).digest('hex').slice(0, 40).toUpperCase()}`;
}

/** Small joining words stay lower case inside a name ("Alivio de Espalda"). */
const LOWER_IN_NAMES = new Set(['de', 'del', 'la', 'las', 'el', 'los', 'y', 'a', 'of', 'the', 'and']);

function titleCase(text: string): string {
  return text
    .split(' ')
    .map((word, i) => (i > 0 && LOWER_IN_NAMES.has(word) ? word : word.replace(/^\p{L}/u, (letter) => letter.toUpperCase())))
    .join(' ');
}
