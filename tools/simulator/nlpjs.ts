/**
 * nlp.js's packages, loaded once and quietly: its logger (pino, with the deprecated prettyPrint option) emits a
 * warning the first time the package loads, and nothing of it should reach the console or a test's output. Both
 * the estimator and the warning-sign second opinion load them through here, whichever comes first.
 * Development and tests only: never imported by lambda/.
 */
export interface NlpjsBasic {
  containerBootstrap(settings?: object): Promise<unknown>;
  Nlp: unknown;
  LangEn: unknown;
  StemmerEn: new () => unknown;
}

export interface NlpjsSpanish {
  LangEs: unknown;
  StemmerEs: new () => unknown;
}

function quietly<T>(load: () => T): T {
  const emitWarning = process.emitWarning;
  process.emitWarning = () => undefined;
  try {
    return load();
  } finally {
    process.emitWarning = emitWarning;
  }
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const nlpjsBasic = (): NlpjsBasic => quietly(() => require('@nlpjs/basic') as NlpjsBasic);
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const nlpjsSpanish = (): NlpjsSpanish => quietly(() => require('@nlpjs/lang-es') as NlpjsSpanish);
