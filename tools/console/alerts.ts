/**
 * What the console's local Alexa does when a timer or reminder the skill set goes off: it says so, and for a
 * task-launch timer asks Alexa's own question ("Would you like to continue with Back Relief Coach?"); the user's
 * next line answers it, and "yes" sends the skill the LaunchRequest with the task, as a device would.
 */
import type { AlertEvent, LocalAlexa } from '../local-alexa';
import type { SkillConversation, Turn } from '../simulator/conversation';
import { consentAnswer } from '../simulator/consent';

export class AlertDesk {
  private readonly queue: AlertEvent[] = [];
  private waiters: Array<() => void> = [];
  private readonly ringListeners: Array<() => void> = [];
  /** The task-launch question Alexa asked and the user has not answered yet. */
  private pendingTask?: Extract<AlertEvent, { type: 'launchTask' }>;

  constructor(private readonly alexa: LocalAlexa) {
    alexa.onAlert((event) => {
      this.queue.push(event);
      for (const wake of this.waiters.splice(0)) wake();
      for (const listener of this.ringListeners) listener();
    });
  }

  /** Something is set to ring: a running timer, or a reminder still to come. */
  get somethingSet(): boolean {
    const now = Date.now();
    return this.alexa.activeTimers().some((timer) => timer.status === 'ON') || this.alexa.reminders().some((reminder) => reminder.occurrences.some((at) => at.getTime() > now - 1));
  }

  /** Called whenever something rings (a terminal prints it at once). */
  onRing(listener: () => void): void {
    this.ringListeners.push(listener);
  }

  get awaitingAnswer(): boolean {
    return this.pendingTask !== undefined;
  }

  /** Lines for every alert that went off since the last call; a task launch becomes the pending question. */
  drain(): string[] {
    const lines: string[] = [];
    for (const event of this.queue.splice(0)) {
      switch (event.type) {
        case 'launchTask':
          lines.push(`  (the ${event.timer.body.timerLabel ?? ''} timer rings)`.replace('the  timer', 'a timer'));
          lines.push(`Alexa [Alexa's own words]: ${event.question}`);
          lines.push('  (Alexa is listening for your answer)');
          this.pendingTask = event;
          break;
        case 'announce':
          lines.push(`  (the ${event.timer.body.timerLabel ?? ''} timer rings)`.replace('the  timer', 'a timer'));
          lines.push(`Alexa [announcement]: ${event.text}`);
          break;
        case 'notify':
          lines.push(`Alexa [timer]: ${event.text}`);
          break;
        case 'reminder':
          lines.push(`Alexa [reminder]: Here's your reminder. ${event.text}`);
          break;
      }
    }
    return lines;
  }

  /** Waits (real time) until something rings, or until nothing is set any more. */
  async waitForNext(maxMs = 10 * 60_000): Promise<boolean> {
    if (this.queue.length > 0) return true;
    if (!this.somethingSet) return false;
    return new Promise((resolve) => {
      const timeout = setTimeout(() => {
        this.waiters = this.waiters.filter((wake) => wake !== done);
        resolve(false);
      }, maxMs);
      const done = () => {
        clearTimeout(timeout);
        resolve(true);
      };
      this.waiters.push(done);
    });
  }

  /**
   * The user's answer to a pending task-launch question: "yes" launches the skill with the task; "no" dismisses
   * it. Undefined when there is no such question, or the line is not an answer to it.
   */
  async answer(line: string, conversation: SkillConversation): Promise<Turn | 'dismissed' | undefined> {
    const pending = this.pendingTask;
    if (!pending) return undefined;
    this.pendingTask = undefined;
    const answer = consentAnswer(line, conversation.deviceContext.locale);
    if (answer === 'ACCEPTED') return conversation.launchTask(pending.task);
    if (answer === 'DENIED') return 'dismissed';
    return undefined;
  }
}
