/**
 * "I'm scared", with no sign in it: comfort, not the emergency answer (which had ended the session and stored a
 * warning sign). The warning signs are always named: with a question or a routine step open, as a line before it
 * comes back; with nothing open, as the safety check's question, whose "yes" gets the urgent answer.
 */
import { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../../../kernel/request';
import { askOpenQuestionAgain } from '../../../kernel/questions';
import { turnOf } from '../../../kernel/turn';
import { joinSpeech } from '../../../speech/ssml';
import { askSafetyCheck } from '../flows';

export const SCARED_INTENT = 'ScaredIntent';

export const ScaredHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, SCARED_INTENT),
  handle(input) {
    const turn = turnOf(input);
    const { speech } = turn;
    const comfort = speech.say('safety.scared.comfort');
    return askOpenQuestionAgain(turn, joinSpeech(comfort, speech.say('safety.scared.signs'))) ?? askSafetyCheck(turn, [comfort]);
  },
};
