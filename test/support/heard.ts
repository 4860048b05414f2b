/**
 * Assertions on what the user hears by content key, not by English words: `heard(turn.speech, 'pain.confirm.question',
 * { score: 7 })` is true when the speech contains any variant of that line in the turn's locale. A few golden
 * transcripts keep plain English; everything else asserts through these, so rewording content breaks no test.
 */
import { createSpeech, SpeechParams } from '../../lambda/speech/i18n';
import { SpeechKey } from '../../lambda/speech/resources';
import { ssmlToText } from '../../tools/simulator/speech-text';
import type { SkillConversation, Turn } from '../../tools/simulator/conversation';

/** Every variant of a line, as readable text (what Turn.speech holds). */
export function linesOf(key: SpeechKey, params: SpeechParams = {}, locale = 'en-US'): string[] {
  let count = 1;
  const lines: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const speech = createSpeech(locale, (variants) => {
      count = variants;
      return index;
    });
    lines.push(ssmlToText(`<speak>${speech.say(key, params)}</speak>`));
  }
  return lines;
}

export function heard(text: string, key: SpeechKey, params: SpeechParams = {}, locale = 'en-US'): boolean {
  return linesOf(key, params, locale).some((line) => text.includes(line));
}

/** The keys (of those given) whose line the text contains, in the order given: for readable failures. */
export function keysHeard(text: string, keys: readonly SpeechKey[], locale = 'en-US'): SpeechKey[] {
  return keys.filter((key) => heard(text, key, {}, locale));
}

/** Sends an intent the model does not ship yet (or any intent) straight to the skill, in the open session. */
export function sayIntent(alexa: SkillConversation, name: string, slots: Record<string, string> = {}): Promise<Turn> {
  return alexa.send({
    type: 'IntentRequest',
    dialogState: 'COMPLETED',
    intent: {
      name,
      confirmationStatus: 'NONE',
      slots: Object.fromEntries(Object.entries(slots).map(([slot, value]) => [slot, { name: slot, value, confirmationStatus: 'NONE' }])),
    },
  });
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      /** The turn's speech holds a variant of the line (en-US unless a locale is given). */
      toSay(key: SpeechKey, params?: SpeechParams, locale?: string): R;
    }
  }
}

expect.extend({
  toSay(received: Turn | string, key: SpeechKey, params: SpeechParams = {}, locale = 'en-US') {
    const text = typeof received === 'string' ? received : received.speech;
    const pass = heard(text, key, params, locale);
    return {
      pass,
      message: () => `expected speech ${pass ? 'not ' : ''}to say ${key} (${JSON.stringify(linesOf(key, params, locale))})\nheard: ${text}`,
    };
  },
});

