/** How Alexa reads the invocation forms: "open X", "ask X to ...", "... using X". */
import { normalizeWords } from './normalize';

export type Invocation =
  /** "open back relief coach": a LaunchRequest in a new session. */
  | { kind: 'launch' }
  /** "ask back relief coach how long do i ice": the request, in a new session. */
  | { kind: 'one-shot'; request: string }
  /** No invocation name: spoken to the open session (or to the skill as a one-shot when none is open). */
  | { kind: 'plain'; request: string };

const LAUNCH_VERBS = ['open', 'launch', 'start', 'begin', 'load', 'run', 'play', 'talk to', 'use'];
const ASK_VERBS = ['ask', 'tell'];
/** Words Alexa drops between the invocation name and the request ("ask X to ...", "ask X about ..."). */
const CONNECTORS = ['to', 'for', 'about', 'if', 'whether', 'that', 'and'];
const SUFFIX_CONNECTORS = ['using', 'with', 'from', 'on'];

export function parseInvocation(utterance: string, invocationName: string): Invocation {
  const words = stripWakeWord(normalizeWords(utterance));
  const name = normalizeWords(invocationName);
  const at = indexOf(words, name);
  if (at < 0) return { kind: 'plain', request: words.join(' ') };
  const before = words.slice(0, at).join(' ');
  let after = words.slice(at + name.length);

  if (LAUNCH_VERBS.includes(before) || ASK_VERBS.includes(before)) {
    if (after.length === 0) return { kind: 'launch' };
    // "open X and ..." / "ask X to ...": the connector is not part of the request.
    if (CONNECTORS.includes(after[0]) && after.length > 1) after = after.slice(1);
    return { kind: 'one-shot', request: after.join(' ') };
  }
  // "how long do i ice using back relief coach"
  const last = words[at - 1];
  if (after.length === 0 && at >= 2 && SUFFIX_CONNECTORS.includes(last)) {
    return { kind: 'one-shot', request: words.slice(0, at - 1).join(' ') };
  }
  if (at === 0 && after.length === 0) return { kind: 'launch' };
  return { kind: 'plain', request: words.join(' ') };
}

function stripWakeWord(words: string[]): string[] {
  return words[0] === 'alexa' ? words.slice(1) : words;
}

function indexOf(words: readonly string[], phrase: readonly string[]): number {
  if (phrase.length === 0) return -1;
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    return i;
  }
  return -1;
}
