/** Command-line options of the local console. */

export interface ConsoleArgs {
  locale: string;
  /** A name; the console derives a stable Alexa user id from it, so two names are two users. */
  user: string;
  speak: boolean;
  help: boolean;
  /** Time runs this many times faster (timers, reminders, the skill's clock): 60 runs a 20 minute ice session in 20 s. */
  timeScale?: number;
  /** The clock starts here (epoch ms) instead of now: a conversation at a pinned hour. */
  startAt?: number;
  /** The device's time zone (IANA), instead of the machine's. */
  timeZone?: string;
}

export const USAGE = `Talk to the built Back Relief Coach skill in the terminal, offline.

Usage: npm start -- [options]
       echo "open back relief coach" | npm start --silent

Options:
  --locale LOCALE   interaction model to use (interaction-models/LOCALE.json), default en-US
  --user NAME       who is talking; each name is a different Alexa user, default "console"
  --speak           also speak Alexa's answers with espeak-ng (when it is installed)
  --time-scale N    run time N times faster: timers, reminders and the skill's clock (60: a 20 minute
                    ice session rings after 20 seconds)
  --now ISO         start the clock at this instant, e.g. 2026-11-21T06:00:00-05:00 (then time runs on)
  --time-zone ZONE  the device's time zone, e.g. America/New_York (default: this machine's)
  --help            show this help

Say "open back relief coach" to start; "ask back relief coach ..." for a one-shot request.
Timers and reminders the skill sets run on a local Alexa API and really ring: a timer that brings you back
asks "Would you like to continue with Back Relief Coach?", and your next line answers it.
Console commands: /silence (say nothing when asked), /wait (until the next timer or reminder rings), /quit.
Data is kept in SKILL_DATA_DIR (default .skill-data/).`;

export function parseArgs(argv: readonly string[]): ConsoleArgs {
  const args: ConsoleArgs = { locale: 'en-US', user: 'console', speak: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const next = inline ?? argv[++i];
      if (next === undefined || next === '') throw new Error(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case '--locale': args.locale = value(); break;
      case '--user': args.user = value(); break;
      case '--speak': args.speak = true; break;
      case '--time-scale': {
        const scale = Number(value());
        if (!Number.isFinite(scale) || scale <= 0) throw new Error('--time-scale must be a number over zero, such as 60');
        args.timeScale = scale;
        break;
      }
      case '--now': {
        const at = Date.parse(value());
        if (!Number.isFinite(at)) throw new Error('--now must be an ISO date and time, such as 2026-11-21T06:00:00-05:00');
        args.startAt = at;
        break;
      }
      case '--time-zone': {
        const zone = value();
        try {
          new Intl.DateTimeFormat('en-US', { timeZone: zone });
        } catch {
          throw new Error(`--time-zone must be an IANA zone such as America/New_York, not "${zone}"`);
        }
        args.timeZone = zone;
        break;
      }
      case '--help': case '-h': args.help = true; break;
      default: throw new Error(`Unknown option ${arg} (see --help)`);
    }
  }
  if (!/^[a-z]{2}-[A-Z]{2}$/.test(args.locale)) throw new Error(`--locale must look like en-US, not "${args.locale}"`);
  return args;
}
