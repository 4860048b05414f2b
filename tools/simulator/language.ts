/**
 * The language of a locale, for the parts of the simulator that depend on it: Alexa's built-in slot grammars
 * (tools/simulator/builtins/), the launch phrases, the phrases of the built-in intents, and the yes/no of a
 * permission question. English unless the locale is Spanish ("es-ES", "es-US").
 */
export type Language = 'en' | 'es';

export function languageOf(locale: string | undefined): Language {
  return locale !== undefined && /^es(?:-|_|$)/i.test(locale) ? 'es' : 'en';
}

/**
 * Spanish words without their accent marks (á é í ó ú ü), ñ kept: what a typed "cuanto" means when the model says
 * "cuánto". Alexa's recogniser writes the accents; people typing into the console often leave them out.
 */
export function foldAccents(text: string): string {
  return text
    .replace(/[áàâä]/g, 'a')
    .replace(/[éèêë]/g, 'e')
    .replace(/[íìîï]/g, 'i')
    .replace(/[óòôö]/g, 'o')
    .replace(/[úùûü]/g, 'u');
}

/** For the Spanish slot grammars' own tables: accents and the tilde of ñ left out ("manana", "anos"). */
export function foldForGrammar(text: string): string {
  return foldAccents(text).replace(/ñ/g, 'n');
}
