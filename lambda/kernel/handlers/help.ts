/** "help", "what can you do": what the skill offers, with an example for the current phase. */
import { RequestHandler } from 'ask-sdk-core';
import { adviceFor } from '../../core/advice';
import { joinSpeech } from '../../speech/ssml';
import { isIntent } from '../request';
import { reply } from '../reply';
import { askOpenQuestionAgain } from '../questions';
import { turnOf } from '../turn';
import { activeRun, routineHelp } from '../../features/stretching/player';

export const HelpHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.HelpIntent', 'CapabilitiesIntent'),
  handle(input) {
    const turn = turnOf(input);
    // Inside a stretch routine: the routine's commands, then the same question again.
    const run = activeRun(turn);
    if (run) return routineHelp(turn, run);
    const { speech } = turn;
    // A question is open (the safety check, an offer): what the skill does, then that question again, so help
    // never drops it and its yes or no still answers it.
    const again = askOpenQuestionAgain(turn, speech.say('help.intro'));
    if (again) return again;
    const stage = adviceFor('phaseStatus', turn.phase()).stage;
    return reply(turn, {
      speak: joinSpeech(speech.say('help.intro'), speech.say(`help.byStage.${stage}`), speech.say('help.question')),
      ask: { reprompt: speech.say('common.reprompt') },
    });
  },
};
