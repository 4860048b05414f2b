/** SSML in one place: escaping spoken values and pacing with breaks Alexa accepts (at most 10 s each). */

export const MAX_BREAK_SECONDS = 10;

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes text that comes from outside the content files (slot values, numbers) before it is spoken. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
}

/** A pause of any length as chained breaks of at most 10 s, since Alexa rejects longer ones. */
export function pause(seconds: number): string {
  const breaks: string[] = [];
  let remainingMs = Math.max(0, Math.round(seconds * 1000));
  while (remainingMs > 0) {
    const chunk = Math.min(remainingMs, MAX_BREAK_SECONDS * 1000);
    breaks.push(chunk % 1000 === 0 ? `<break time="${chunk / 1000}s"/>` : `<break time="${chunk}ms"/>`);
    remainingMs -= chunk;
  }
  return breaks.join('');
}

/** Joins speech fragments with single spaces, skipping empty ones. */
export function joinSpeech(...parts: Array<string | undefined | false>): string {
  return parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '').join(' ');
}
