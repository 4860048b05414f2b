/** The read-answer loop: one utterance a line, from a terminal or from piped input. */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { SkillConversation, Turn } from '../simulator/conversation';
import type { AlertDesk } from './alerts';
import { renderTurn } from './render';
import type { Speaker } from './speaker';

export interface ReplIo {
  input: Readable;
  /** Prints one line. */
  print: (line: string) => void;
  printError: (line: string) => void;
  /** A terminal gets a "You: " prompt; piped input is echoed instead. */
  interactive: boolean;
  output?: NodeJS.WritableStream;
  /** Timers and reminders of the local Alexa API: printed when they ring; "/wait" waits for the next one. */
  alerts?: AlertDesk;
}

export async function runRepl(conversation: SkillConversation, speaker: Speaker, io: ReplIo): Promise<void> {
  const rl = createInterface({ input: io.input, output: io.interactive ? io.output : undefined, terminal: io.interactive });
  // Ctrl+C leaves the console (readline would only pause the input otherwise).
  rl.on('SIGINT', () => rl.close());
  rl.setPrompt('You: ');
  let busy = false;
  const printAlerts = (): void => {
    for (const out of io.alerts?.drain() ?? []) io.print(out);
  };
  // At a terminal, what rings while the prompt waits is said at once.
  if (io.alerts && io.interactive) {
    io.alerts.onRing(() => {
      if (busy) return;
      io.print('');
      printAlerts();
      rl.prompt();
    });
  }
  if (io.interactive) rl.prompt();
  for await (const raw of rl) {
    busy = true;
    const line = raw.trim();
    if (line) {
      if (!io.interactive) io.print(`You: ${line}`);
      if (line === '/quit' || line === '/exit') break;
      printAlerts();
      if (line === '/wait') {
        await waitForAlert(io);
      } else {
        const turn = await takeTurn(conversation, line, io);
        if (turn) {
          for (const out of renderTurn(turn)) io.print(out);
          if (turn.alexaBefore) await speaker.speak(turn.alexaBefore);
          if (turn.speech) await speaker.speak(turn.speech);
          if (turn.alexaAfter) await speaker.speak(turn.alexaAfter);
        }
      }
      printAlerts();
    }
    busy = false;
    if (io.interactive) rl.prompt();
  }
  rl.close();
}

async function waitForAlert(io: ReplIo): Promise<void> {
  if (!io.alerts) {
    io.print('  (no timers run in this console)');
    return;
  }
  io.print('  (waiting for the next timer or reminder to ring)');
  if (!(await io.alerts.waitForNext())) io.print('  (nothing is set to ring)');
}

async function takeTurn(conversation: SkillConversation, line: string, io: ReplIo): Promise<Turn | undefined> {
  try {
    // The answer to Alexa's "Would you like to continue with ...?" when a task-launch timer rang.
    if (io.alerts?.awaitingAnswer) {
      const answered = await io.alerts.answer(line, conversation);
      if (answered === 'dismissed') {
        io.print('Alexa: Okay.');
        return undefined;
      }
      if (answered) return answered;
    }
    if (line === '/silence') {
      if (!conversation.sessionOpen) {
        io.print('  (no session is open, so there is nothing to stay silent to)');
        return undefined;
      }
      return await conversation.silence();
    }
    return await conversation.say(line);
  } catch (error) {
    // What Alexa says when a skill fails; the details go to stderr for the developer.
    io.print("Alexa: There was a problem with the requested skill's response.");
    io.print('  (session ended)');
    io.printError(`  skill error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return undefined;
  }
}
