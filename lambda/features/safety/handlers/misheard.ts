/**
 * "You misheard me", "that's not what I said": with a warning sign stored, the safety check again, whose "no" alone
 * takes it off (a sign is never dropped on these words alone); without one, an apology and the open question again.
 */
import { RequestHandler } from 'ask-sdk-core';
import { isIntent } from '../../../kernel/request';
import { reply } from '../../../kernel/reply';
import { askOpenQuestionAgain } from '../../../kernel/questions';
import { turnOf } from '../../../kernel/turn';
import { askMisheardCheck } from '../flows';

export const MISHEARD_INTENT = 'MisheardIntent';

export const MisheardHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, MISHEARD_INTENT),
  handle(input) {
    const turn = turnOf(input);
    if (turn.user.warningSign) return askMisheardCheck(turn);
    const { speech } = turn;
    // A question or a routine step is open: it is asked again, so its answer still counts.
    return (
      askOpenQuestionAgain(turn, speech.say('safety.misheard.sorry')) ??
      reply(turn, { speak: speech.say('safety.misheard.nothingToTakeBack'), ask: { reprompt: speech.say('common.reprompt') } })
    );
  },
};
