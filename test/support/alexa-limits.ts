/** Alexa's limits on what a response may say, checked the same way for content files and live responses. */
import { check } from 'ssml-check-core';

export const MAX_SPEECH_CHARACTERS = 8000;
export const MAX_BREAK_MS = 10_000;

/** Problems with one piece of SSML (wrapped in <speak> if it is not), or an empty list. */
export async function ssmlProblems(ssml: string, locale: string): Promise<string[]> {
  const wrapped = ssml.trim().startsWith('<speak>') ? ssml : `<speak>${ssml}</speak>`;
  const problems: string[] = [];
  if (wrapped.length >= MAX_SPEECH_CHARACTERS) problems.push(`speech is ${wrapped.length} characters`);
  const errors = (await check(wrapped, { platform: 'amazon', locale })) ?? [];
  for (const error of errors) problems.push(`${error.type} ${error.tag ?? ''} ${error.attribute ?? ''}=${error.value ?? ''}`.trim());
  for (const match of wrapped.matchAll(/<break\s+time="(\d+(?:\.\d+)?)(ms|s)"\s*\/>/g)) {
    const ms = Number(match[1]) * (match[2] === 's' ? 1000 : 1);
    if (ms > MAX_BREAK_MS) problems.push(`break of ${ms} ms`);
  }
  if (/<speak>[\s\S]*<speak>/.test(wrapped)) problems.push('nested <speak>');
  return problems;
}
