/** Word-level normalisation shared by utterances and samples: what Alexa's recogniser would hand the NLU. */

/** Lower-case words without punctuation (accented letters kept); keeps "3:30", "4.5" and in-word apostrophes ("i'm", "o'clock"). */
export function normalizeWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\b([ap])\.\s?m\b\.?/g, '$1m')
    // ":" and "." survive only between digits (times and decimals); placeholders protect them.
    .replace(/(\d):(?=\d)/g, '$1\u0001')
    .replace(/(\d)\.(?=\d)/g, '$1\u0002')
    // Letters of any language stay ("cuánto", "año"); "¿", "¡" and other punctuation go.
    .replace(/[^\p{Ll}\p{Lo}\p{Lm}0-9'\u0001\u0002]+/gu, ' ')
    .replace(/\u0001/g, ':')
    .replace(/\u0002/g, '.')
    .split(' ')
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter((word) => word.length > 0);
}
