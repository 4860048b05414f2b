/** `npm start`: a terminal conversation with the built skill (lambda/dist/index.js). */
import { ConsoleArgs, USAGE, parseArgs } from './args';
import { runRepl } from './repl';
import { setUpConsole } from './setup';

async function main(): Promise<number> {
  let args: ConsoleArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const { conversation, speaker, notes, alerts, close } = await setUpConsole(args);
  const interactive = Boolean(process.stdin.isTTY);
  for (const note of notes) console.log(note);
  if (interactive) console.log('Say "open back relief coach" to start (/quit to leave).');
  await runRepl(conversation, speaker, {
    input: process.stdin,
    output: process.stdout,
    interactive,
    print: (line) => console.log(line),
    printError: (line) => console.error(line),
    alerts,
  });
  await close();
  return 0;
}

main().then(
  (code) => exitAfterFlush(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    exitAfterFlush(1);
  },
);

/** Exits once stdout is written, so the skill's open handles (store, sockets) cannot keep the console alive. */
function exitAfterFlush(code: number): void {
  process.stdout.write('', () => process.exit(code));
}
