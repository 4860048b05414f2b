/**
 * The question registry's contract: for every kind of question the skill asks, what "yes", "no", "I'm not sure",
 * a lone number, a lone date, words it did not understand and silence mean, and the reprompt that repeats it.
 * The registry is a mapped type over the question kinds, so a kind added without all its answers does not
 * compile. One answer handler (kernel/handlers/answer) serves it; no handler order decides what "yes" means.
 * Warning signs are not answers: the safety handler comes first and hears them whatever is pending.
 */
import { Response } from 'ask-sdk-model';
import { OnsetSlots } from '../core/onset';
import { PainScoreReading } from '../core/pain';
import { PendingQuestion, QuestionKind, QuestionOf, StepToResume } from './session-state';
import { joinSpeech } from '../speech/ssml';
import { Turn } from './turn';
import { reply } from './reply';

export type Answer<Q> = (turn: Turn, question: Q) => Response | Promise<Response>;

/** What the user's silence leaves behind when Alexa has said the reprompt and closes the session. */
export type SilenceMeaning =
  /** Nothing is stored: the question comes back the next time it matters (the safety check at the next launch). */
  | 'unanswered'
  /** As good as "no": nothing happens, nothing is stored. */
  | 'declined'
  /** The place is already saved, and offered again next time (a stretch routine, a running timer). */
  | 'keepsPlace';

/**
 * What "go on", "ready", "continue" (AMAZON.ResumeIntent) mean while the question waits and no routine runs: a yes to
 * an offer; no answer to a question that needs a plain yes (consent) or asks for something else.
 */
export type GoOnMeaning = 'yes' | 'notAnAnswer';

export interface QuestionAnswers<Q> {
  yes: Answer<Q>;
  no: Answer<Q>;
  /** "I'm not sure", "I don't know", "maybe" (UnsureIntent). */
  unsure: Answer<Q>;
  /** A number said alone or in a pain sentence (PainReportIntent). */
  number: (turn: Turn, question: Q, reading: PainScoreReading) => Response | Promise<Response>;
  /** A date or time said alone or in an onset sentence (SetOnsetIntent). */
  date: (turn: Turn, question: Q, slots: OnsetSlots) => Response | Promise<Response>;
  /** Words that matched nothing (or an intent with no meaning here), while this question was open. */
  fallback: Answer<Q>;
  /** Said again when the user is silent: it repeats the question. */
  reprompt: (turn: Turn, question: Q) => string;
  silence: SilenceMeaning;
  goOn: GoOnMeaning;
}

export type QuestionRegistry = { readonly [K in QuestionKind]: QuestionAnswers<QuestionOf<K>> };

/** A slice of the registry a feature contributes: exactly the answers of its own kinds. */
export type QuestionAnswersOf<K extends QuestionKind> = { readonly [P in K]: QuestionAnswers<QuestionOf<P>> };

/** What a turn with nothing pending is taken as (a one-shot, a new session): no question waiting. */
export const NOTHING_ASKED: PendingQuestion = { kind: 'nothingAsked' };

/** The pending question (or "nothing asked") and its answers, the one way every answer is looked up. */
export function openQuestion(registry: QuestionRegistry, turn: Turn): { question: PendingQuestion; answers: QuestionAnswers<PendingQuestion> } {
  const question = turn.session.pending ?? NOTHING_ASKED;
  // The entry is the one registered for this question's own kind, so it takes this question.
  const answers = registry[question.kind] as unknown as QuestionAnswers<PendingQuestion>;
  return { question, answers };
}

/** A question the user has to answer: not "anything else?" and not nothing asked. Help, "wait" and a routine's words keep it. */
export function isOpenQuestion(question: PendingQuestion | undefined): question is PendingQuestion {
  return question !== undefined && question.kind !== 'anythingElse' && question.kind !== 'nothingAsked';
}

/** "Go on" is the pending question's yes: it means yes there, and no routine is running for it to carry on. */
export function goOnAnswers(registry: QuestionRegistry, turn: Turn): boolean {
  return turn.session.routine === undefined && openQuestion(registry, turn).answers.goOn === 'yes';
}

/** The words that move a routine: "next", "go back", "start over", "go on". */
export const NAVIGATION_INTENTS = ['AMAZON.NextIntent', 'AMAZON.PreviousIntent', 'AMAZON.StartOverIntent', 'AMAZON.ResumeIntent'] as const;

/**
 * A routine's words said to an open question, with no routine running: not an answer, so the question is asked
 * again rather than dropped for "we're not in a routine". Not for "anything else?" (nothing to keep), nor for the
 * offer to pick a routine up, which "next" and "start over" do answer.
 */
export function navigationIsNotAnAnswer(registry: QuestionRegistry, turn: Turn, intent: string): boolean {
  if (turn.session.routine !== undefined) return false;
  const { question, answers } = openQuestion(registry, turn);
  if (!isOpenQuestion(question) || question.kind === 'routine') return false;
  if (question.kind === 'offer' && question.offer === 'resumeRoutine') return false;
  return !(intent === 'AMAZON.ResumeIntent' && answers.goOn === 'yes');
}

/**
 * The question open in this session (not "anything else?"), asked again after `lead`: help, "wait", "you misheard me"
 * never drop it, and its answers still apply. Undefined when none is open.
 */
export function askOpenQuestionAgain(turn: Turn, lead: string): Response | undefined {
  const { pending, lastReprompt } = turn.session;
  return isOpenQuestion(pending) && lastReprompt ? askAgain(turn, pending, lastReprompt, lead) : undefined;
}

/** A step's question asked again after an aside (a pain told at the towel check), the aside's words first. */
export function askStepAgain(turn: Turn, step: StepToResume, lead?: string): Response {
  return reply(turn, { speak: joinSpeech(lead, step.reprompt), ask: { reprompt: step.reprompt, pending: step.question } });
}

/** The same question again, after words that were not an answer: "Sorry, I didn't catch that." and the reprompt. */
export function askAgain(turn: Turn, question: PendingQuestion, reprompt: string, lead: string = turn.speech.say('common.notCaught')): Response {
  return reply(turn, { speak: `${lead} ${reprompt}`, ask: { reprompt, pending: question } });
}
