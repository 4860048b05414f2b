/** The read-answer loop: one utterance a line, from a terminal or from piped input. */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { SkillConversation, Turn } from '../simulator/conversation';
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
}

export async function runRepl(conversation: SkillConversation, speaker: Speaker, io: ReplIo): Promise<void> {
  const rl = createInterface({ input: io.input, output: io.interactive ? io.output : undefined, terminal: io.interactive });
  // Ctrl+C leaves the console (readline would only pause the input otherwise).
  rl.on('SIGINT', () => rl.close());
  rl.setPrompt('You: ');
  if (io.interactive) rl.prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (line) {
      if (!io.interactive) io.print(`You: ${line}`);
      if (line === '/quit' || line === '/exit') break;
      const turn = await takeTurn(conversation, line, io);
      if (turn) {
        for (const out of renderTurn(turn)) io.print(out);
        if (turn.alexaBefore) await speaker.speak(turn.alexaBefore);
        if (turn.speech) await speaker.speak(turn.speech);
        if (turn.alexaAfter) await speaker.speak(turn.alexaAfter);
      }
    }
    if (io.interactive) rl.prompt();
  }
  rl.close();
}

async function takeTurn(conversation: SkillConversation, line: string, io: ReplIo): Promise<Turn | undefined> {
  try {
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
