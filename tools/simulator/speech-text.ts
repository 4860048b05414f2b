/**
 * Turns the SSML of a response into text a person can read in a terminal or assert on in a test:
 * tags go, pauses become "[pause N s]", audio clips become "[audio]".
 */

/**
 * Approximate lengths of Alexa's break strengths, in seconds. Amazon documents them only as
 * "no pause", "comma", "sentence" and "paragraph" breaks, so these are estimates for reading.
 */
const STRENGTH_SECONDS: Record<string, number> = {
  none: 0,
  'x-weak': 0,
  weak: 0.35,
  medium: 0.5,
  strong: 0.75,
  'x-strong': 1.25,
};

/** Placeholder for a pause while tags are stripped; never occurs in SSML text (control character). */
const PAUSE_MARK = '\u0001';

export function ssmlToText(ssml: string | undefined): string {
  if (!ssml) return '';
  const pauses: number[] = [];
  let text = ssml
    .replace(/<audio\b[^>]*?(?:\/>|>[\s\S]*?<\/audio>)/gi, ' [audio] ')
    // <sub alias="..."> is spoken as its alias, so that is what a reader should see.
    .replace(/<sub\b[^>]*?\balias\s*=\s*(["'])(.*?)\1[^>]*>[\s\S]*?<\/sub>/gi, (_m, _q: string, alias: string) => alias)
    .replace(/<break\b([^>]*?)\/?>(?:\s*<\/break>)?/gi, (_m, attrs: string) => {
      pauses.push(breakSeconds(attrs));
      return ` ${PAUSE_MARK}${pauses.length - 1}${PAUSE_MARK} `;
    })
    // Sentence and paragraph boundaries separate words; other tags sit inside words' flow.
    .replace(/<\/?(?:p|s|speak)\b[^>]*>/gi, ' ')
    .replace(/<[^>]+>/g, '');
  text = mergePauses(text, pauses);
  text = unescapeEntities(text);
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,!?;:])/g, '$1')
    .trim();
}

/** Seconds of one `<break>` from its attributes; a bare `<break/>` is a medium break. */
export function breakSeconds(attrs: string): number {
  const time = /\btime\s*=\s*["']\s*([\d.]+)\s*(ms|s)\s*["']/i.exec(attrs);
  if (time) {
    const value = Number(time[1]);
    if (!Number.isFinite(value)) return 0;
    return time[2].toLowerCase() === 'ms' ? value / 1000 : value;
  }
  const strength = /\bstrength\s*=\s*["']\s*([\w-]+)\s*["']/i.exec(attrs);
  if (strength) return STRENGTH_SECONDS[strength[1].toLowerCase()] ?? STRENGTH_SECONDS.medium;
  return STRENGTH_SECONDS.medium;
}

/** Replaces runs of pause marks (with only whitespace between) by one "[pause N s]" with their total. */
function mergePauses(text: string, pauses: number[]): string {
  const run = new RegExp(`${PAUSE_MARK}(\\d+)${PAUSE_MARK}(?:\\s*${PAUSE_MARK}\\d+${PAUSE_MARK})*`, 'g');
  return text.replace(run, (match) => {
    let total = 0;
    for (const index of match.matchAll(new RegExp(`${PAUSE_MARK}(\\d+)${PAUSE_MARK}`, 'g'))) {
      total += pauses[Number(index[1])] ?? 0;
    }
    return total > 0 ? `[pause ${formatSeconds(total)} s]` : ' ';
  });
}

function formatSeconds(seconds: number): string {
  // Two decimals at most, trailing zeros dropped: 10 -> "10", 0.5 -> "0.5", 0.25 -> "0.25".
  return String(Math.round(seconds * 100) / 100);
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function unescapeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? match;
  });
}
