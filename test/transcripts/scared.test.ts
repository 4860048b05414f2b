/**
 * "I'm scared", said alone: comfort and the warning signs, never the emergency answer. Before, it was heard as
 * UrgentHelpIntent: the emergency list, a warning sign stored, and the session ended on a frightened person.
 */
import { transcript } from '../support/transcript';
import { seeded, stretchingPhase } from '../support/stretch';
import '../support/heard';

/** Through the safety check and the onset; "no" to the ice session offered leaves nothing open but "anything else?". */
async function withNothingOpen(locale = 'en-US') {
  const t = transcript({ locale });
  const es = locale === 'es-ES';
  await t.alexa.say(es ? 'abre alivio de espalda' : 'open back relief coach');
  await t.alexa.say('no');
  await t.alexa.say(es ? 'hace dos días' : 'two days ago');
  await t.alexa.say('no');
  return t;
}

describe('fear said alone', () => {
  it('with nothing open: comfort, then the safety check; "no" to it carries on, nothing stored as a sign', async () => {
    const { alexa, stored } = await withNothingOpen();
    let turn = await alexa.say("i'm scared");
    expect(turn.heard?.intent).toBe('ScaredIntent');
    expect(turn).toSay('safety.scared.comfort');
    expect(turn).toSay('safety.checkQuestion');
    expect(turn).not.toSay('safety.unrecognised');
    expect(turn.sessionEnded).toBe(false);
    expect((await stored()).warningSign).toBeUndefined();
    turn = await alexa.say('no');
    expect(turn).toSay('safety.checkClear');
    expect(turn.sessionEnded).toBe(false);
    expect((await stored()).warningSign).toBeUndefined();
  });

  it('"yes" to the signs named after it is the urgent answer', async () => {
    const { alexa, stored } = await withNothingOpen();
    await alexa.say("i'm really frightened");
    const turn = await alexa.say('yes');
    expect(turn).toSay('safety.unrecognisedYes');
    expect(turn.sessionEnded).toBe(true);
    expect((await stored()).warningSign).toBeDefined();
  });

  it('with a question open (the ice session offered): comfort and the signs, then the question again', async () => {
    const { alexa } = transcript();
    await alexa.say('open back relief coach');
    await alexa.say('no');
    const offer = await alexa.say('two days ago');
    const turn = await alexa.say("i'm scared");
    expect(turn).toSay('safety.scared.comfort');
    expect(turn).toSay('safety.scared.signs');
    expect(turn.repromptSsml).toBe(offer.repromptSsml);
    // The offer's answer still counts.
    expect(await alexa.say('yes')).toSay('advice.iceCautions.any');
  });

  it('mid-routine: comfort and the signs, then the same step again, and the routine goes on', async () => {
    const t = await seeded(stretchingPhase());
    await t.alexa.say('open back relief coach');
    const step = await t.alexa.say('guide me through the stretches');
    const turn = await t.alexa.say("i'm scared");
    expect(turn).toSay('safety.scared.comfort');
    expect(turn).toSay('safety.scared.signs');
    expect(turn.waitingForAnswer).toBe(true);
    expect(turn.repromptSsml).toBe(step.repromptSsml);
    expect((await t.stored()).warningSign).toBeUndefined();
  });

  it('es-ES: "tengo miedo" gets comfort and the safety check', async () => {
    const { alexa } = await withNothingOpen('es-ES');
    const turn = await alexa.say('tengo miedo');
    expect(turn.heard?.intent).toBe('ScaredIntent');
    expect(turn).toSay('safety.scared.comfort', {}, 'es-ES');
    expect(turn).toSay('safety.checkQuestion', {}, 'es-ES');
    expect(turn.sessionEnded).toBe(false);
  });

  // Fear with a call for help, or with a sign, is still urgent.
  it.each(["help me i'm scared", "i can't feel my legs and i'm scared"])('"%s" still gets the urgent answer', async (said) => {
    const { alexa } = transcript();
    await alexa.say('open back relief coach');
    const turn = await alexa.say(said);
    expect(turn.sessionEnded).toBe(true);
  });
});
