/**
 * Phrases Alexa itself understands for its built-in intents, so a model that lists AMAZON.StopIntent
 * without samples still hears "stop". A representative subset of Amazon's own training phrases.
 */
import type { Language } from './language';

export const BUILTIN_PHRASES: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.YesIntent': ['yes', 'yeah', 'yea', 'sure', 'ok', 'okay', 'yes please', 'yep', 'yup', 'of course', 'sounds good'],
  'AMAZON.NoIntent': ['no', 'nope', 'no thanks', 'no thank you', 'not now', 'nah'],
  'AMAZON.StopIntent': ['stop', 'quit', 'exit', 'shut up', 'goodbye', 'bye', 'be quiet'],
  'AMAZON.CancelIntent': ['cancel', 'never mind', 'nevermind', 'forget it', 'cancel that'],
  'AMAZON.HelpIntent': ['help', 'help me', 'what can i say', 'what can you do', 'can you help me'],
  'AMAZON.RepeatIntent': ['repeat', 'say that again', 'repeat that', 'what did you say', 'come again'],
  'AMAZON.NavigateHomeIntent': ['go home', 'go to the home screen'],
  'AMAZON.PauseIntent': ['pause', 'wait', 'hold on', 'pause that'],
  'AMAZON.ResumeIntent': ['resume', 'continue', "i'm ready", 'keep going', 'carry on'],
  'AMAZON.NextIntent': ['next', 'skip', 'skip that', 'next one'],
  'AMAZON.PreviousIntent': ['go back', 'previous', 'back'],
  'AMAZON.StartOverIntent': ['start over', 'restart', 'start again', 'begin again'],
};

/**
 * The same for Spanish models (es-ES, es-US): what a Spanish speaker says for yes, no, stop and the rest.
 * A representative subset, written for the simulator; Amazon's own Spanish phrase list is not published.
 */
export const BUILTIN_PHRASES_ES: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.YesIntent': ['sí', 'si', 'sí por favor', 'vale', 'claro', 'claro que sí', 'de acuerdo', 'por supuesto', 'venga', 'dale', 'ok', 'okey', 'bueno', 'sí claro', 'perfecto'],
  'AMAZON.NoIntent': ['no', 'no gracias', 'ahora no', 'no por ahora', 'para nada', 'mejor no', 'de momento no'],
  'AMAZON.StopIntent': ['para', 'stop', 'detente', 'basta', 'cállate', 'salir', 'sal', 'adiós', 'hasta luego'],
  'AMAZON.CancelIntent': ['cancela', 'cancelar', 'olvídalo', 'déjalo', 'cancela eso', 'da igual'],
  'AMAZON.HelpIntent': ['ayuda', 'ayúdame', 'necesito ayuda', 'qué puedo decir', 'qué puedes hacer'],
  'AMAZON.RepeatIntent': ['repite', 'repítelo', 'repite eso', 'qué has dicho', 'qué dijiste', 'otra vez'],
  'AMAZON.NavigateHomeIntent': ['ir a inicio', 've a la pantalla de inicio'],
  'AMAZON.PauseIntent': ['pausa', 'espera', 'pon pausa', 'un momento'],
  'AMAZON.ResumeIntent': ['continúa', 'continuar', 'sigue', 'reanuda', 'estoy listo', 'estoy lista'],
  'AMAZON.NextIntent': ['siguiente', 'el siguiente', 'salta', 'sáltalo'],
  'AMAZON.PreviousIntent': ['anterior', 'atrás', 'vuelve atrás', 'el anterior'],
  'AMAZON.StartOverIntent': ['empieza de nuevo', 'vuelve a empezar', 'desde el principio', 'otra vez desde el principio'],
};

/** Alexa's phrases for the built-in intents in a language. */
export function builtinPhrases(language: Language): Readonly<Record<string, readonly string[]>> {
  return language === 'es' ? BUILTIN_PHRASES_ES : BUILTIN_PHRASES;
}
