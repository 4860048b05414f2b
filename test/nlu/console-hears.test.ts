/**
 * The console hears what people in pain actually say (issue 9's own sentences, which once reached the fallback or the
 * wrong intent), through the simulator's conversation as `npm start` runs it: exact samples first, then the
 * statistical estimate, which the console marks "estimated". A warning sign gets the urgent answer that names it.
 */
import { transcript } from '../support/transcript';
import { describeHeard } from '../../tools/console/render';

jest.setTimeout(120_000);

const EN: ReadonlyArray<readonly [string, string]> = [
  ["I can't feel my legs", 'RedFlagLegWeaknessIntent'],
  ['my legs have gone numb', 'RedFlagLegWeaknessIntent'],
  ['I wet myself', 'RedFlagBladderIntent'],
  ['I peed myself', 'RedFlagBladderIntent'],
  ['I messed my pants', 'RedFlagBowelIntent'],
  ['my bum is numb', 'RedFlagSaddleNumbnessIntent'],
  ["I can't feel anything down there", 'RedFlagSaddleNumbnessIntent'],
  ['my leg collapsed under me', 'RedFlagLegWeaknessIntent'],
  ['my leg is going weak', 'RedFlagLegWeaknessIntent'],
  ['my chest feels tight', 'RedFlagChestPainIntent'],
  ['I slipped on the ice and landed on my back', 'RedFlagSeriousFallIntent'],
  ['I have a question', 'AMAZON.FallbackIntent'],
  ["I've got the ice on", 'StartIceIntent'],
  ['I have a heating pad', 'HeatingPadIntent'],
  ['my pain is now a seven', 'PainReportIntent'],
  ['it hurts a seven', 'PainReportIntent'],
  ['pain is three', 'PainReportIntent'],
  ["it's like a two now", 'PainReportIntent'],
  ['my back went out about three hours ago', 'SetOnsetIntent'],
  ['it went this morning when I bent down', 'SetOnsetIntent'],
  ['I did it lifting a box yesterday', 'SetOnsetIntent'],
  ['done', 'AMAZON.NextIntent'],
  ['ok done', 'AMAZON.NextIntent'],
  ['next one please', 'AMAZON.NextIntent'],
  ['carry on', 'AMAZON.ResumeIntent'],
  ['hold on a sec', 'AMAZON.PauseIntent'],
  ['sorry what', 'AMAZON.RepeatIntent'],
  ["that's enough", 'AMAZON.StopIntent'],
  ['not right now', 'AMAZON.NoIntent'],
  ['no none of those', 'AMAZON.NoIntent'],
];

const ES: ReadonlyArray<readonly [string, string]> = [
  ['no siento las piernas', 'RedFlagLegWeaknessIntent'],
  ['me he hecho pis encima', 'RedFlagBladderIntent'],
  ['tengo una pregunta', 'AMAZON.FallbackIntent'],
];

/** What the console hears for an utterance said mid-conversation (after the safety check was answered). */
async function heardMidConversation(locale: string, utterance: string) {
  const { alexa } = transcript({ locale });
  await alexa.say(locale.startsWith('es') ? 'abre alivio de espalda' : 'open back relief coach');
  await alexa.say('no');
  return alexa.say(utterance);
}

describe('the console hears issue 9\'s sentences', () => {
  it.each(EN)('en-US: "%s" -> %s', async (utterance, intent) => {
    const turn = await heardMidConversation('en-US', utterance);
    expect(turn.heard?.intent).toBe(intent);
  });

  it.each(ES)('es-ES: "%s" -> %s', async (utterance, intent) => {
    const turn = await heardMidConversation('es-ES', utterance);
    expect(turn.heard?.intent).toBe(intent);
  });

  // The local emergency number as people say it: "ciento doce" as well as "uno uno dos" in Spain.
  it.each([
    ['es-ES', 'llama al ciento doce'],
    ['es-ES', 'llama al uno uno dos'],
    ['en-GB', 'ring nine nine nine'],
    ['en-US', 'call nine one one'],
  ])('%s: "%s" asks for urgent help', async (locale, utterance) => {
    expect((await heardMidConversation(locale, utterance)).heard?.intent).toBe('UrgentHelpIntent');
  });

  it('fills slots as Alexa does: only words of their type, from an estimate too', async () => {
    expect((await heardMidConversation('en-US', 'it hurts a seven')).heard?.slots.painScore?.value).toBe('7');
    expect((await heardMidConversation('en-US', 'my back went out about three hours ago')).heard?.slots.onsetAgo?.value).toBe('PT3H');
  });

  it('says when an intent was estimated rather than matched, and names the sign in the urgent answer', async () => {
    const exact = await heardMidConversation('en-US', 'I wet myself');
    expect(exact.heard?.estimated).toBeUndefined();
    expect(describeHeard(exact.heard!)).toBe('RedFlagBladderIntent');
    expect(exact.speech).toMatch(/^Trouble passing urine.*This could be serious\. Please call 911/);
    expect(exact.sessionEnded).toBe(true);
    // Nobody wrote this sentence as a sample: the estimate hears it, and the console says so.
    const estimated = await heardMidConversation('en-US', 'i reckon pee has been leaking out of me all afternoon');
    expect(estimated.heard?.estimated).toBe(true);
    expect(describeHeard(estimated.heard!)).toBe('RedFlagBladderIntent, estimated');
  });
});
