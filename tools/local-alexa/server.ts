/**
 * A local stand-in for Alexa's Timers, Reminders and Settings (time zone) APIs: a small HTTP server on the
 * loopback interface. The skill reaches it the way it reaches Amazon (context.System.apiEndpoint, bearer token),
 * through its own ASK service clients; DefaultApiClient speaks plain http to an http endpoint.
 *
 * One implementation serves two purposes: the tests' loopback fake (request bodies checked against the documented
 * shapes, permission per user, fault injection, timers rung by the test) and the console's local Alexa (timers
 * that really ring, optionally on a compressed clock, and call back with a task launch or an announcement).
 *
 * A user is known by the API access token of their conversation (attach()); what they have granted comes from
 * the conversation, which records the answers to the skill's AskFor requests.
 */
import { randomUUID } from 'node:crypto';
import { IncomingMessage, Server, ServerResponse, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import type { Task } from 'ask-sdk-model';
import type { SkillConversation } from '../simulator/conversation';
import { DeclaredTask } from './tasks';
import {
  ReminderBody,
  SKILL_NAME_PLACEHOLDER,
  TimerBody,
  checkReminderBody,
  checkTimerBody,
  isoSeconds,
  reminderOccurrences,
} from './validate';

export const TIMERS_SCOPE = 'alexa::alerts:timers:skill:readwrite';
export const REMINDERS_SCOPE = 'alexa::alerts:reminders:skill:readwrite';
/** A device holds at most this many timers, the user's own included. */
export const MAX_TIMERS_PER_DEVICE = 10;

export interface LocalAlexaOptions {
  /** The world's clock: trigger times are computed from it. */
  now?: () => Date;
  /**
   * Timers and reminders really ring: one of D world-milliseconds after D / timeScale real ones (so the console
   * can run a 20 minute ice session in 20 seconds with timeScale 60). Without it, nothing rings by itself: the
   * test rings timers with ring() or ringDue().
   */
  realTime?: { timeScale: number };
  /** The tasks the skill's manifest declares (readDeclaredTasks); undefined accepts any task of the skill. */
  tasks?: readonly DeclaredTask[];
  /** False: a device that cannot launch tasks; LAUNCH_TASK timers are refused with 400. */
  launchTask?: boolean;
  host?: string;
  port?: number;
}

export interface LocalDevice {
  token: string;
  userId: string;
  deviceId: string;
  skillId: string;
  skillName: string;
  /** The device's locale: a confirm text is read in it, when the skill gave one. */
  locale: string;
  timeZone: string;
  granted(): readonly string[];
  /** Timers the user set themselves ("Alexa, set a timer"): they count towards the device's limit. */
  ownTimers: number;
}

export interface LocalTimer {
  id: string;
  token: string;
  body: TimerBody;
  status: 'ON' | 'PAUSED' | 'OFF';
  createdTime: string;
  updatedTime: string;
  triggerTime?: string;
  remainingMs?: number;
  /** How it ended: rang, or cancelled (by the skill or by the user outside it). */
  ended?: 'rang' | 'cancelled';
}

export interface LocalReminder {
  alertToken: string;
  token: string;
  body: ReminderBody;
  createdTime: string;
  occurrences: Date[];
}

/** What Alexa does when a timer or reminder goes off. */
export type AlertEvent =
  | { type: 'launchTask'; device: LocalDevice; timer: LocalTimer; question: string; task: Task }
  | { type: 'announce'; device: LocalDevice; timer: LocalTimer; text: string }
  | { type: 'notify'; device: LocalDevice; timer: LocalTimer; text: string }
  | { type: 'reminder'; device: LocalDevice; reminder: LocalReminder; at: Date; text: string };

export type Fault = 400 | 401 | 403 | 404 | 429 | 500 | 503 | 504 | 'hang';

export interface RecordedRequest {
  method: string;
  path: string;
  body?: unknown;
  status: number | 'hang';
  reason?: string;
}

interface PendingFault {
  fault: Fault;
  method?: string;
  path?: RegExp;
  times: number;
}

type Reply = { status: number; body?: unknown };

export class LocalAlexa {
  readonly requests: RecordedRequest[] = [];
  private readonly devices = new Map<string, LocalDevice>();
  private readonly timerList: LocalTimer[] = [];
  private readonly reminderList: LocalReminder[] = [];
  private readonly faults: PendingFault[] = [];
  private readonly listeners: Array<(event: AlertEvent) => void> = [];
  private readonly pendingRings = new Map<string, NodeJS.Timeout>();
  private readonly hanging = new Set<ServerResponse>();
  private readonly now: () => Date;

  private constructor(
    private readonly server: Server,
    private readonly options: LocalAlexaOptions,
  ) {
    this.now = options.now ?? (() => new Date());
  }

  static async start(options: LocalAlexaOptions = {}): Promise<LocalAlexa> {
    let local: LocalAlexa | undefined;
    const server = createServer((request, response) => {
      void local?.handle(request, response);
    });
    local = new LocalAlexa(server, options);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
    });
    return local;
  }

  /** The apiEndpoint to give the skill's requests. */
  get endpoint(): string {
    const address = this.server.address() as AddressInfo;
    return `http://${address.address}:${address.port}`;
  }

  /** Registers a conversation's user and device, known from now on by its API access token. */
  attach(conversation: SkillConversation, skillName = 'Back Relief Coach'): LocalDevice {
    const context = conversation.deviceContext;
    const device: LocalDevice = {
      token: context.apiAccessToken,
      userId: context.userId,
      deviceId: context.deviceId,
      skillId: context.skillId,
      skillName,
      locale: context.locale,
      timeZone: conversation.timeZone,
      granted: () => conversation.grantedPermissions,
      ownTimers: 0,
    };
    this.devices.set(device.token, device);
    return device;
  }

  /** Listens for timers and reminders going off. */
  onAlert(listener: (event: AlertEvent) => void): void {
    this.listeners.push(listener);
  }

  /** The next matching call answers with this status (or never answers: 'hang'). */
  failNext(fault: Fault, match: { method?: string; path?: RegExp; times?: number } = {}): void {
    this.faults.push({ fault, method: match.method, path: match.path, times: match.times ?? 1 });
  }

  timers(token?: string): LocalTimer[] {
    return this.timerList.filter((timer) => !token || timer.token === token);
  }

  /** The user's timers that are set (running or paused). */
  activeTimers(token?: string): LocalTimer[] {
    return this.timers(token).filter((timer) => timer.status !== 'OFF');
  }

  reminders(token?: string): LocalReminder[] {
    return this.reminderList.filter((reminder) => !token || reminder.token === token);
  }

  /** The user cancels a timer outside the skill ("Alexa, cancel the timer"): it is gone. */
  userCancelsTimer(id: string): void {
    const index = this.timerList.findIndex((timer) => timer.id === id);
    if (index >= 0) {
      this.unschedule(id);
      this.timerList.splice(index, 1);
    }
  }

  /** Rings one timer now, whatever its time (a test skipping ahead). */
  ring(id: string): AlertEvent {
    const timer = this.timerList.find((candidate) => candidate.id === id);
    if (!timer || timer.status === 'OFF') throw new Error(`No running timer ${id}`);
    return this.fire(timer);
  }

  /** Rings every running timer whose time has come by the clock, in order. */
  ringDue(): AlertEvent[] {
    const now = this.now().getTime();
    return this.timerList
      .filter((timer) => timer.status === 'ON' && timer.triggerTime && Date.parse(timer.triggerTime) <= now)
      .sort((a, b) => Date.parse(a.triggerTime ?? '') - Date.parse(b.triggerTime ?? ''))
      .map((timer) => this.fire(timer));
  }

  async close(): Promise<void> {
    for (const handle of this.pendingRings.values()) clearTimeout(handle);
    this.pendingRings.clear();
    for (const response of this.hanging) response.destroy();
    this.hanging.clear();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ----------------------------------------------------------------------------------------------
  // HTTP

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? 'GET';
    const path = (request.url ?? '/').split('?')[0];
    const raw = await readBody(request);
    let body: unknown;
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        return this.send(response, { method, path, body: raw, status: 0 }, { status: 400, body: { code: 'INVALID_REQUEST', message: 'The body is not JSON' } });
      }
    }
    const record: RecordedRequest = { method, path, status: 0 };
    if (body !== undefined) record.body = body;
    const fault = this.takeFault(method, path);
    if (fault === 'hang') {
      record.status = 'hang';
      this.requests.push(record);
      this.hanging.add(response);
      response.on('close', () => this.hanging.delete(response));
      return;
    }
    if (fault !== undefined) return this.send(response, record, { status: fault, body: { code: `SIMULATED_${fault}`, message: `Injected ${fault}` } });
    const device = this.deviceOf(request);
    if (!device) return this.send(response, record, { status: 401, body: { code: 'UNAUTHORIZED', message: 'Unknown or missing access token' } });
    return this.send(response, record, this.route(device, method, path, body));
  }

  private route(device: LocalDevice, method: string, path: string, body: unknown): Reply {
    const zone = /^\/v2\/devices\/([^/]+)\/settings\/System\.timeZone$/.exec(path);
    if (zone && method === 'GET') {
      if (decodeURIComponent(zone[1]) !== device.deviceId) return { status: 403, body: { code: 'FORBIDDEN', message: 'Not this user\'s device' } };
      return { status: 200, body: device.timeZone };
    }
    if (path.startsWith('/v1/alerts/timers')) {
      if (!device.granted().includes(TIMERS_SCOPE)) return unauthorized(TIMERS_SCOPE);
      return this.routeTimers(device, method, path, body);
    }
    if (path.startsWith('/v1/alerts/reminders')) {
      if (!device.granted().includes(REMINDERS_SCOPE)) return unauthorized(REMINDERS_SCOPE);
      return this.routeReminders(device, method, path, body);
    }
    return { status: 404, body: { code: 'NOT_FOUND', message: `No ${method} ${path} here` } };
  }

  private routeTimers(device: LocalDevice, method: string, path: string, body: unknown): Reply {
    if (path === '/v1/alerts/timers') {
      if (method === 'POST') return this.createTimer(device, body);
      if (method === 'GET') {
        const timers = this.timers(device.token).filter((timer) => timer.status !== 'OFF').map((timer) => this.timerResponse(timer));
        return { status: 200, body: { timers, totalCount: timers.length, nextToken: null } };
      }
      if (method === 'DELETE') {
        for (const timer of this.timers(device.token)) this.userCancelsTimer(timer.id);
        return { status: 200 };
      }
    }
    const match = /^\/v1\/alerts\/timers\/([^/]+)(\/pause|\/resume)?$/.exec(path);
    if (!match) return { status: 404, body: { code: 'NOT_FOUND', message: 'No such resource' } };
    const timer = this.timerList.find((candidate) => candidate.id === decodeURIComponent(match[1]) && candidate.token === device.token);
    if (!timer) return { status: 404, body: { code: 'TIMER_NOT_FOUND', message: 'Timer not found' } };
    const now = this.now();
    if (!match[2] && method === 'GET') return { status: 200, body: this.timerResponse(timer) };
    if (!match[2] && method === 'DELETE') {
      this.unschedule(timer.id);
      this.timerList.splice(this.timerList.indexOf(timer), 1);
      return { status: 200 };
    }
    if (match[2] === '/pause' && method === 'POST') {
      if (timer.status === 'OFF') return { status: 400, body: { code: 'INVALID_TIMER_STATE', message: 'The timer has gone off' } };
      if (timer.status === 'ON') {
        timer.remainingMs = Math.max(0, Date.parse(timer.triggerTime ?? '') - now.getTime());
        timer.status = 'PAUSED';
        delete timer.triggerTime;
        timer.updatedTime = now.toISOString();
        this.unschedule(timer.id);
      }
      return { status: 200 };
    }
    if (match[2] === '/resume' && method === 'POST') {
      if (timer.status === 'OFF') return { status: 400, body: { code: 'INVALID_TIMER_STATE', message: 'The timer has gone off' } };
      if (timer.status === 'PAUSED') {
        timer.triggerTime = new Date(now.getTime() + (timer.remainingMs ?? 0)).toISOString();
        delete timer.remainingMs;
        timer.status = 'ON';
        timer.updatedTime = now.toISOString();
        this.schedule(timer);
      }
      return { status: 200 };
    }
    return { status: 405, body: { code: 'METHOD_NOT_ALLOWED', message: `${method} ${path}` } };
  }

  private createTimer(device: LocalDevice, raw: unknown): Reply {
    const checked = checkTimerBody(raw, { skillId: device.skillId, tasks: this.options.tasks, launchTask: this.options.launchTask ?? true });
    if (!checked.ok) return badRequest(checked.reason);
    const body = checked.value;
    const active = this.activeTimers(device.token);
    if (active.length + device.ownTimers >= MAX_TIMERS_PER_DEVICE) return badRequest(`the device already holds ${MAX_TIMERS_PER_DEVICE} timers`);
    const label = body.timerLabel?.trim().toLowerCase();
    if (label && active.some((timer) => timer.body.timerLabel?.trim().toLowerCase() === label)) return badRequest(`a timer labelled "${body.timerLabel}" is already set`);
    const now = this.now();
    const timer: LocalTimer = {
      id: randomUUID(),
      token: device.token,
      body,
      status: 'ON',
      createdTime: now.toISOString(),
      updatedTime: now.toISOString(),
      triggerTime: new Date(now.getTime() + body.durationSeconds * 1000).toISOString(),
    };
    this.timerList.push(timer);
    this.schedule(timer);
    return { status: 200, body: this.timerResponse(timer) };
  }

  private timerResponse(timer: LocalTimer): Record<string, unknown> {
    const response: Record<string, unknown> = {
      id: timer.id,
      status: timer.status,
      duration: timer.body.duration,
      createdTime: timer.createdTime,
      updatedTime: timer.updatedTime,
    };
    if (timer.body.timerLabel) response.timerLabel = timer.body.timerLabel;
    if (timer.triggerTime) response.triggerTime = timer.triggerTime;
    if (timer.status === 'PAUSED') response.remainingTimeWhenPaused = isoSeconds((timer.remainingMs ?? 0) / 1000);
    return response;
  }

  private routeReminders(device: LocalDevice, method: string, path: string, body: unknown): Reply {
    if (path === '/v1/alerts/reminders') {
      if (method === 'POST') return this.createReminder(device, body);
      if (method === 'GET') {
        const alerts = this.reminders(device.token).map((reminder) => this.reminderResponse(reminder));
        return { status: 200, body: { totalCount: String(alerts.length), alerts, links: null } };
      }
    }
    const match = /^\/v1\/alerts\/reminders\/([^/]+)$/.exec(path);
    const reminder = match ? this.reminderList.find((candidate) => candidate.alertToken === decodeURIComponent(match[1]) && candidate.token === device.token) : undefined;
    if (!reminder) return { status: 404, body: { code: 'NOT_FOUND', message: 'Reminder not found' } };
    if (method === 'GET') return { status: 200, body: this.reminderResponse(reminder) };
    if (method === 'DELETE') {
      this.unschedule(reminder.alertToken);
      this.reminderList.splice(this.reminderList.indexOf(reminder), 1);
      return { status: 200 };
    }
    return { status: 405, body: { code: 'METHOD_NOT_ALLOWED', message: `${method} ${path}` } };
  }

  private createReminder(device: LocalDevice, raw: unknown): Reply {
    const checked = checkReminderBody(raw);
    if (!checked.ok) return badRequest(checked.reason);
    const now = this.now();
    const occurrences = reminderOccurrences(checked.value, now, device.timeZone, now);
    if (occurrences.length === 0) return badRequest('the reminder would never go off: its time has passed');
    const reminder: LocalReminder = { alertToken: randomUUID(), token: device.token, body: checked.value, createdTime: now.toISOString(), occurrences };
    this.reminderList.push(reminder);
    this.scheduleReminder(reminder);
    return { status: 200, body: this.reminderResponse(reminder) };
  }

  private reminderResponse(reminder: LocalReminder): Record<string, unknown> {
    return {
      alertToken: reminder.alertToken,
      createdTime: reminder.createdTime,
      updatedTime: reminder.createdTime,
      status: 'ON',
      version: '1',
      href: `/v1/alerts/reminders/${reminder.alertToken}`,
    };
  }

  // ----------------------------------------------------------------------------------------------
  // Ringing

  private fire(timer: LocalTimer): AlertEvent {
    this.unschedule(timer.id);
    timer.status = 'OFF';
    timer.ended = 'rang';
    timer.updatedTime = this.now().toISOString();
    delete timer.triggerTime;
    const device = this.devices.get(timer.token);
    if (!device) throw new Error(`Timer ${timer.id} belongs to no attached device`);
    const operation = timer.body.operation;
    let event: AlertEvent;
    if (operation.type === 'LAUNCH_TASK') {
      const confirm = operation.textToConfirm.find((entry) => entry.locale === device.locale) ?? operation.textToConfirm[0];
      const text = confirm.text.split(SKILL_NAME_PLACEHOLDER).join(continueWith(device.skillName, confirm.locale || device.locale));
      const task: Task = { name: operation.task.name, version: operation.task.version };
      if (operation.task.input) task.input = operation.task.input;
      event = { type: 'launchTask', device, timer, question: text, task };
    } else if (operation.type === 'ANNOUNCE') {
      event = { type: 'announce', device, timer, text: operation.textToAnnounce[0].text };
    } else {
      event = { type: 'notify', device, timer, text: timer.body.timerLabel ? `Your ${timer.body.timerLabel} timer is done.` : 'Your timer is done.' };
    }
    for (const listener of this.listeners) listener(event);
    return event;
  }

  private schedule(timer: LocalTimer): void {
    const realTime = this.options.realTime;
    if (!realTime || !timer.triggerTime) return;
    this.unschedule(timer.id);
    const wait = Math.max(0, (Date.parse(timer.triggerTime) - this.now().getTime()) / realTime.timeScale);
    this.pendingRings.set(
      timer.id,
      setTimeout(() => {
        this.pendingRings.delete(timer.id);
        if (timer.status === 'ON') this.fire(timer);
      }, wait),
    );
  }

  private scheduleReminder(reminder: LocalReminder): void {
    const realTime = this.options.realTime;
    const device = this.devices.get(reminder.token);
    const now = this.now();
    const next = reminder.occurrences.find((at) => at > now);
    if (!realTime || !device || !next) return;
    const text = reminder.body.content[0].text ?? reminder.body.content[0].ssml ?? '';
    this.pendingRings.set(
      reminder.alertToken,
      setTimeout(() => {
        this.pendingRings.delete(reminder.alertToken);
        for (const listener of this.listeners) listener({ type: 'reminder', device, reminder, at: next, text });
        this.scheduleReminder(reminder);
      }, Math.max(0, (next.getTime() - now.getTime()) / realTime.timeScale)),
    );
  }

  private unschedule(id: string): void {
    const handle = this.pendingRings.get(id);
    if (handle) clearTimeout(handle);
    this.pendingRings.delete(id);
  }

  // ----------------------------------------------------------------------------------------------

  private deviceOf(request: IncomingMessage): LocalDevice | undefined {
    const header = request.headers.authorization ?? '';
    const match = /^Bearer (.+)$/.exec(header);
    return match ? this.devices.get(match[1]) : undefined;
  }

  private takeFault(method: string, path: string): Fault | undefined {
    const index = this.faults.findIndex((fault) => (!fault.method || fault.method === method) && (!fault.path || fault.path.test(path)));
    if (index < 0) return undefined;
    const fault = this.faults[index];
    fault.times -= 1;
    if (fault.times <= 0) this.faults.splice(index, 1);
    return fault.fault;
  }

  private send(response: ServerResponse, record: RecordedRequest, reply: Reply): void {
    record.status = reply.status;
    if (reply.status >= 400 && typeof reply.body === 'object' && reply.body !== null && 'message' in reply.body) record.reason = String(reply.body.message);
    this.requests.push(record);
    const payload = reply.body === undefined ? '' : JSON.stringify(reply.body);
    response.writeHead(reply.status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
    response.end(payload);
  }
}

function unauthorized(scope: string): Reply {
  return { status: 401, body: { code: 'UNAUTHORIZED', message: `The user has not granted ${scope}` } };
}

function badRequest(message: string): Reply {
  return { status: 400, body: { code: 'INVALID_REQUEST', message } };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * What Alexa puts for {continueWithSkillName}, in the confirm text's language. Only English and Spanish are
 * shipped; Alexa's own Spanish wording is not documented, so this is the plain form a Spanish device would use.
 */
function continueWith(skillName: string, locale: string): string {
  return locale.startsWith('es') ? `continuar con ${skillName}` : `continue with ${skillName}`;
}
