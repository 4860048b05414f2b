/**
 * Phrases Alexa itself understands for its built-in intents, so a model that lists AMAZON.StopIntent
 * without samples still hears "stop". A representative subset of Amazon's own training phrases.
 */
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
