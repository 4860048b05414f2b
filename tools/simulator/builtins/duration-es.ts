/**
 * AMAZON.DURATION in Spanish: spoken lengths of time to the ISO-8601 durations Alexa sends.
 *
 * Understood: a number (see number-words-es) or "un"/"una" before a unit: año(s), mes(es), semana(s), día(s),
 * hora(s), minuto(s), segundo(s) ("dos días" P2D, "quince minutos" PT15M, "una semana" P1W); "media hora" and
 * "medio día" (a half); "un cuarto de hora" and "tres cuartos de hora"; "hora y media", "una hora y media",
 * "dos días y medio" (and a half of the unit just said); "un par de días"; parts joined by "y" or a comma
 * ("dos horas y diez minutos"). Accents may be left out. Anything else is not a duration (undefined).
 */
import { foldForGrammar } from '../language';
import { parseSpanishNumberWords } from './number-words-es';
import { formatDuration, DurationUnit } from './duration';

const UNIT_WORDS: Record<string, DurationUnit> = {
  ano: 'Y', anos: 'Y', mes: 'MO', meses: 'MO', semana: 'W', semanas: 'W', dia: 'D', dias: 'D',
  hora: 'H', horas: 'H', minuto: 'M', minutos: 'M', min: 'M', segundo: 'S', segundos: 'S',
};

export function parseSpanishDuration(words: readonly string[]): string | undefined {
  const tokens = words.map((w) => foldForGrammar(w.toLowerCase())).filter((w) => w.length > 0);
  const amounts = new Map<DurationUnit, number>();
  let pending: string[] = [];
  let lastUnit: DurationUnit | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i];
    // "un cuarto de hora", "tres cuartos de hora"
    if ((word === 'cuarto' || word === 'cuartos') && tokens[i + 1] === 'de' && tokens[i + 2] === 'hora') {
      const count = pending.length === 0 ? undefined : pending.join(' ') === 'un' ? 1 : parseSpanishNumberWords(pending);
      if (count === undefined) return undefined;
      add(amounts, 'M', count * 15);
      lastUnit = 'M';
      pending = [];
      i += 2;
      continue;
    }
    const unit = UNIT_WORDS[word];
    if (unit) {
      // A unit said without a number only leads "hora y media", "día y medio".
      const halfFollows = tokens[i + 1] === 'y' && (tokens[i + 2] === 'media' || tokens[i + 2] === 'medio');
      if (pending.length === 0 && !(amounts.size === 0 && halfFollows)) return undefined;
      const amount = quantity(pending);
      if (amount === undefined) return undefined;
      add(amounts, unit, amount);
      lastUnit = unit;
      pending = [];
      continue;
    }
    // "... y media" / "... y medio" after a unit adds half of it ("una hora y media", "dos días y medio").
    if (lastUnit && pending.length === 0 && word === 'y' && (tokens[i + 1] === 'media' || tokens[i + 1] === 'medio') && !UNIT_WORDS[tokens[i + 2] ?? '']) {
      add(amounts, lastUnit, 0.5);
      i += 1;
      continue;
    }
    // "y" joins parts: "dos horas y diez minutos".
    if (word === 'y' && pending.length === 0 && lastUnit) continue;
    pending.push(word);
  }
  if (pending.length > 0 || amounts.size === 0) return undefined;
  return formatDuration(amounts);
}

/** The amount before a unit word: nothing (a bare "hora" in "hora y media"), a number, "media"/"medio", "un par de". */
function quantity(words: readonly string[]): number | undefined {
  const joined = words.join(' ');
  if (joined === '' || joined === 'un' || joined === 'una') return 1;
  if (joined === 'media' || joined === 'medio') return 0.5;
  if (joined === 'un par de' || joined === 'par de') return 2;
  const value = parseSpanishNumberWords(words);
  return value !== undefined && value >= 0 ? value : undefined;
}

function add(amounts: Map<DurationUnit, number>, unit: DurationUnit, amount: number): void {
  amounts.set(unit, (amounts.get(unit) ?? 0) + amount);
}
