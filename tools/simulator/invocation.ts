/**
 * How Alexa reads the invocation forms: "open X", "ask X to ...", "... using X"; in Spanish "abre X",
 * "pide a X que ...", "pregunta a X ...", "... con X".
 */
import { foldAccents, Language, languageOf } from './language';
import { normalizeWords } from './normalize';

export type Invocation =
  /** "open back relief coach": a LaunchRequest in a new session. */
  | { kind: 'launch' }
  /** "ask back relief coach how long do i ice": the request, in a new session. */
  | { kind: 'one-shot'; request: string }
  /** No invocation name: spoken to the open session (or to the skill as a one-shot when none is open). */
  | { kind: 'plain'; request: string };

interface InvocationWords {
  launch: readonly string[];
  ask: readonly string[];
  /** Words Alexa drops between the invocation name and the request ("ask X to ...", "ask X about ..."). */
  connectors: readonly string[];
  suffixConnectors: readonly string[];
}

const WORDS: Record<Language, InvocationWords> = {
  en: {
    launch: ['open', 'launch', 'start', 'begin', 'load', 'run', 'play', 'talk to', 'use'],
    ask: ['ask', 'tell'],
    connectors: ['to', 'for', 'about', 'if', 'whether', 'that', 'and'],
    suffixConnectors: ['using', 'with', 'from', 'on'],
  },
  // Spanish forms, accents folded: "abre X", "pídele a X que ...", "pregunta a X por ...", "dile a X que ...".
  es: {
    launch: ['abre', 'inicia', 'empieza', 'comienza', 'lanza', 'carga', 'ejecuta', 'usa', 'habla con', 'quiero hablar con'],
    ask: ['pide a', 'pidele a', 'pregunta a', 'preguntale a', 'dile a'],
    connectors: ['que', 'por', 'sobre', 'si', 'y'],
    suffixConnectors: ['con', 'en', 'usando', 'desde'],
  },
};

export function parseInvocation(utterance: string, invocationName: string, locale?: string): Invocation {
  const words = stripWakeWord(normalizeWords(utterance));
  const name = normalizeWords(invocationName);
  const at = indexOf(words, name);
  if (at < 0) return { kind: 'plain', request: words.join(' ') };
  const { launch, ask, connectors, suffixConnectors } = WORDS[languageOf(locale)];
  const before = foldAccents(words.slice(0, at).join(' '));
  let after = words.slice(at + name.length);

  if (launch.includes(before) || ask.includes(before)) {
    if (after.length === 0) return { kind: 'launch' };
    // "open X and ..." / "ask X to ...": the connector is not part of the request.
    if (connectors.includes(after[0]) && after.length > 1) after = after.slice(1);
    return { kind: 'one-shot', request: after.join(' ') };
  }
  // "how long do i ice using back relief coach"
  const last = words[at - 1];
  if (after.length === 0 && at >= 2 && suffixConnectors.includes(last)) {
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
    for (let j = 0; j < phrase.length; j++) if (foldAccents(words[i + j]) !== foldAccents(phrase[j])) continue outer;
    return i;
  }
  return -1;
}
