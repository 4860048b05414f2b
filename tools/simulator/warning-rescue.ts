/**
 * A second opinion for warning signs, asked whenever the estimator's classifier has not heard one.
 *
 * nlp.js (estimator.ts) is trained loosely on purpose: it sends what it does not know to AMAZON.FallbackIntent, so
 * "play some music" never reaches an intent. The price is long, rambling sentences: "i got rear ended on the freeway
 * and now my back's killing me" spreads its evidence over many words and falls out of domain with it. Missing a
 * warning sign costs more than a false alarm, so such a sentence gets a second look (and so does one the classifier
 * gave to a care intent: "okay so i came off my motorbike" is not ResumeTimerIntent), by a classifier that keeps
 * every word's evidence however long the sentence (naive Bayes over the same training sentences, stemmed), and
 * counts only if the sentence is made of that sign's own words:
 * - the naive Bayes classifier's best intent is a warning sign (care intents are never rescued);
 * - at least RESCUE_SUPPORT of the sentence's content words occur in that sign's training sentences, and at least
 *   RESCUE_MIN_WORDS content words the model knows are said ("what time is it" is one word and stays out of domain); a
 *   word no training sentence uses counts UNKNOWN_WEIGHT (half a word) against the sign: "i fell off a ladder putting
 *   up the christmas lights" is a fall whatever the lights, and a sentence made mostly of unknown words still fails;
 * - one of them is a warning-sign word: at least DISTINCTIVE_SHARE of the training sentences that use it are warning
 *   signs ("pee", "ladder", "chest"; not "tired", "walking" or "time");
 * - over a care intent the classifier chose, more of the content words are the sign's than that intent's.
 * The four values were chosen on the tuning sets (sets 3 to 8), never on the held-out set.
 *
 * Development and tests only: never imported by lambda/.
 */
import type { Language } from './language';
import { normalizeWords } from './normalize';
import { FALLBACK_INTENT } from './matcher';
import { nlpjsBasic, nlpjsSpanish } from './nlpjs';

export const RESCUE_SUPPORT = 0.75;
export const RESCUE_MIN_WORDS = 2;
export const DISTINCTIVE_SHARE = 0.5;
export const UNKNOWN_WEIGHT = 0.5;

interface NaiveBayes {
  definePrepTasks(tasks: Array<(text: string) => string[]>): void;
  defineConfig(config: { considerOnlyPresence: boolean; smoothingFactor: number }): void;
  learn(text: string, label: string): void;
  consolidate(): void;
  computeOdds(text: string): Array<[string, number]>;
}

interface Stemmer {
  stemWord(word: string): string;
}

/**
 * The warning sign a sentence is, or undefined; `heard` is what the classifier chose (AMAZON.FallbackIntent when it
 * put the sentence out of domain). Never asked over a warning sign the classifier heard.
 */
export type WarningRescue = (utterance: string, contentWords: readonly string[], heard: string) => string | undefined;

/**
 * The rescue for a training corpus: `warningIntents` are the intents it may answer with. `contentWords` are the
 * utterance's words without function words, keyed by `wordKey`, as the estimator's out-of-domain share counts them.
 */
export function warningRescue(
  corpus: ReadonlyArray<{ utterance: string; intent: string }>,
  language: Language,
  warningIntents: readonly string[],
  wordKey: (word: string) => string,
): WarningRescue {
  const warning = new Set(warningIntents);
  const stem = stemmerFor(language);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const createClassifier = require('wink-naive-bayes-text-classifier') as () => NaiveBayes;
  const classifier = createClassifier();
  classifier.definePrepTasks([(text) => normalizeWords(text).map((word) => stem.stemWord(word.replace(/'/g, '')))]);
  classifier.defineConfig({ considerOnlyPresence: true, smoothingFactor: 0.5 });
  const wordsOf = new Map<string, Set<string>>();
  const usedBy = new Map<string, { all: number; warning: number }>();
  for (const { utterance, intent } of corpus) {
    classifier.learn(utterance, intent);
    const words = new Set(normalizeWords(utterance).map(wordKey));
    let own = wordsOf.get(intent);
    if (!own) wordsOf.set(intent, (own = new Set()));
    for (const word of words) {
      own.add(word);
      const count = usedBy.get(word) ?? { all: 0, warning: 0 };
      count.all++;
      if (warning.has(intent)) count.warning++;
      usedBy.set(word, count);
    }
  }
  classifier.consolidate();
  const isWarningWord = (word: string) => {
    const count = usedBy.get(word);
    return count !== undefined && count.warning / count.all >= DISTINCTIVE_SHARE;
  };
  // The share of the sentence's words that are the intent's own; a word no sample uses counts UNKNOWN_WEIGHT.
  const support = (intent: string, contentWords: readonly string[], known: number) => {
    const own = wordsOf.get(intent) ?? new Set<string>();
    return contentWords.filter((word) => own.has(word)).length / (known + UNKNOWN_WEIGHT * (contentWords.length - known));
  };
  return (utterance, contentWords, heard) => {
    const known = contentWords.filter((word) => usedBy.has(word)).length;
    if (warning.has(heard) || known < RESCUE_MIN_WORDS) return undefined;
    const best = classifier.computeOdds(utterance)[0]?.[0];
    if (best === undefined || !warning.has(best)) return undefined;
    const sign = support(best, contentWords, known);
    if (sign < RESCUE_SUPPORT || !contentWords.some(isWarningWord)) return undefined;
    // Over a care intent the classifier chose, only where the sentence's own words side with the sign.
    return heard === FALLBACK_INTENT || sign > support(heard, contentWords, known) ? best : undefined;
  };
}

function stemmerFor(language: Language): Stemmer {
  // nlp.js's own stemmers, the ones its classifier uses.
  const Stemmer = language === 'es' ? nlpjsSpanish().StemmerEs : nlpjsBasic().StemmerEn;
  return new Stemmer() as Stemmer;
}
