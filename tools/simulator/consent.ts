/**
 * Alexa's own side of voice permission consent: after a skill sends Connections.SendRequest AskFor,
 * Alexa (not the skill) asks the user, then sends the skill a Connections.Response with the answer.
 */
import type { Directive } from 'ask-sdk-model';
import type { ConnectionsResponseInput } from './envelope';
import { permissionScopes } from './directives';
import { foldAccents, languageOf } from './language';
import { normalizeWords } from './normalize';

export interface ConsentQuestion {
  token: string;
  scopes: string[];
  /** Payload fields echoed back (`permissionScope` for version 1). */
  version: string;
  /** What Alexa asks (Alexa's words, not the skill's). */
  question: string;
}

/**
 * Alexa's wording from Amazon's voice-permission pages, for the scopes this project uses. Alexa's Spanish
 * wording is not published: the Spanish lines are the simulator's stand-in, close to the English.
 */
function questionFor(scopes: readonly string[], skillName: string, locale?: string): string {
  if (languageOf(locale) === 'es') {
    if (scopes.length === 1 && scopes[0] === 'alexa::alerts:timers:skill:readwrite') {
      return `Puedes permitir que ${skillName} cree temporizadores para actividades. Cuando terminen, puede que te pregunte si quieres volver a la skill para continuar. ¿Quieres permitirlo?`;
    }
    if (scopes.length === 1 && scopes[0] === 'alexa::alerts:reminders:skill:readwrite') {
      return `Para crear recordatorios, tienes que permitir que ${skillName} cree y edite recordatorios de esta skill. ¿Quieres hacerlo?`;
    }
    return `¿Das permiso a ${skillName} para usar ${scopes.join(' y ')}? Puedes decir sí o no.`;
  }
  if (scopes.length === 1 && scopes[0] === 'alexa::alerts:timers:skill:readwrite') {
    return `You can allow ${skillName} to create timers for activities. After those timers complete, I might ask you if you would like to return to the skill to continue the activity. Would you like to allow this?`;
  }
  if (scopes.length === 1 && scopes[0] === 'alexa::alerts:reminders:skill:readwrite') {
    return `To set reminders, you need to allow ${skillName} to create and edit reminders for this skill. Would you like to do that?`;
  }
  return `Do you give ${skillName} permission to use ${scopes.join(' and ')}? You can say yes or no.`;
}

/** What Alexa says after the user grants a permission, before the skill answers. */
export function consentGrantedNote(skillName: string, locale?: string): string {
  if (languageOf(locale) === 'es') {
    return `De acuerdo. Puedes cambiar este permiso cuando quieras en ${skillName}, dentro de Tus skills, en la app de Alexa.`;
  }
  return `OK, you can change this permission at any time by going to ${skillName} under Your Skills in the Alexa app.`;
}

/** The consent question an AskFor directive makes Alexa ask, if the response holds one. */
export function consentQuestion(directives: readonly Directive[], skillName: string, locale?: string): ConsentQuestion | undefined {
  for (const directive of directives) {
    if (directive.type !== 'Connections.SendRequest' || directive.name !== 'AskFor') continue;
    const scopes = permissionScopes(directive.payload);
    const version: unknown = directive.payload?.['@version'];
    return {
      token: directive.token,
      scopes,
      version: typeof version === 'string' ? version : '1',
      question: questionFor(scopes, skillName, locale),
    };
  }
  return undefined;
}

export type ConsentAnswer = 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED';

const YES = new Set(['yes', 'yeah', 'yep', 'sure', 'ok', 'okay', 'yes please', 'i do', 'allow', 'allow it', 'of course', 'i approve', 'approve']);
const NO = new Set(['no', 'nope', 'no thanks', 'no thank you', "don't", 'do not', 'deny', 'not now', 'nah']);
/** Spanish answers, accents folded. */
const SI = new Set(['si', 'si por favor', 'vale', 'claro', 'claro que si', 'de acuerdo', 'por supuesto', 'permitir', 'permitelo', 'lo permito', 'ok', 'okey', 'venga']);
const NO_ES = new Set(['no', 'no gracias', 'ahora no', 'no lo permito', 'denegar', 'mejor no']);

export function consentAnswer(utterance: string, locale?: string): ConsentAnswer {
  const text = normalizeWords(utterance).join(' ');
  if (languageOf(locale) === 'es') {
    const folded = foldAccents(text);
    if (SI.has(folded)) return 'ACCEPTED';
    if (NO_ES.has(folded)) return 'DENIED';
    return 'NOT_ANSWERED';
  }
  if (YES.has(text)) return 'ACCEPTED';
  if (NO.has(text)) return 'DENIED';
  return 'NOT_ANSWERED';
}

/**
 * The Connections.Response Alexa sends with the user's answer. A scope the skill's manifest does not
 * declare gets status 400, as Alexa answers; `declaredScopes` undefined means "assume declared".
 */
export function consentResponse(
  question: ConsentQuestion,
  answer: ConsentAnswer,
  declaredScopes?: readonly string[],
): ConnectionsResponseInput {
  const undeclared = declaredScopes ? question.scopes.filter((scope) => !declaredScopes.includes(scope)) : [];
  if (undeclared.length > 0) {
    return { name: 'AskFor', status: { code: '400', message: 'Bad Request' }, token: question.token, payload: {} };
  }
  // Version 1's shape is from Amazon's samples; version 2's answer shape is unverified.
  const payload: Record<string, unknown> =
    question.version === '2'
      ? { permissionScopes: question.scopes.map((permissionScope) => ({ permissionScope, consentLevel: 'ACCOUNT' })), status: answer, isCardThrown: false }
      : { permissionScope: question.scopes[0], status: answer, isCardThrown: false };
  return { name: 'AskFor', status: { code: '200', message: 'OK' }, token: question.token, payload };
}
