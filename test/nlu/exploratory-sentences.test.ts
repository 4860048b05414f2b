/**
 * Sentences from an exploratory run by someone who never saw the model (2026-12-03): warning signs said with how
 * long they have lasted or after a "yes", body parts said to be fine and signs denied (the safety check's "no",
 * once heard as yes or as the sign), everyday sentences once heard as warning signs, and onsets told with what the
 * person was doing. A second run (helper-44): questions asked after the urgent answer ("is that bad", once heard as
 * MisheardIntent, which offers to take the sign back), the ice said to be too cold and a trip to the bathroom (once
 * heard as a fever and a fall), and bladder accidents told in passing. Heard as the console hears them: exact samples
 * first, then the statistical estimate.
 */
import { readInteractionModel } from '../../tools/simulator/model-file';
import { hear } from '../../tools/simulator/hear';

jest.setTimeout(120_000);

const NOW = new Date('2026-11-21T15:00:00Z');

const SENTENCES: Record<string, ReadonlyArray<readonly [string, string]>> = {
  'en-US': [
    ['my right leg has been weak for two days', 'RedFlagLegWeaknessIntent'],
    ["well my leg's been a bit weak since tuesday", 'RedFlagLegWeaknessIntent'],
    ['yes actually i do have a weak leg', 'RedFlagLegWeaknessIntent'],
    ['my bladder is fine', 'AMAZON.NoIntent'],
    ['my legs are fine', 'AMAZON.NoIntent'],
    ['my bowels are fine thanks', 'AMAZON.NoIntent'],
    ["i don't have chest pain", 'AMAZON.NoIntent'],
    ['no it is straight from the freezer', 'AMAZON.NoIntent'],
    ['i have to go to the bathroom', 'AMAZON.FallbackIntent'],
    ["i'm feeling a bit down", 'AMAZON.FallbackIntent'],
    ["i'm losing weight on purpose", 'AMAZON.FallbackIntent'],
    ['i got a fever blister', 'AMAZON.FallbackIntent'],
    ['i woke up with it', 'SetOnsetIntent'],
    ['i woke up like this', 'SetOnsetIntent'],
    ['is that bad', 'SeeDoctorIntent'],
    ['is that serious', 'SeeDoctorIntent'],
    ['how bad is that', 'SeeDoctorIntent'],
    ['i took it off it was too cold', 'IceCautionsIntent'],
    ["it's too cold", 'IceCautionsIntent'],
    ['i just got back from the bathroom', 'AMAZON.FallbackIntent'],
    ["i couldn't hold it in time", 'RedFlagBladderIntent'],
    ["i've had a couple of accidents today", 'RedFlagBladderIntent'],
    ['can i sleep on my side', 'RestPositionIntent'],
    ['how long should it stay on', 'IceDurationIntent'],
    ["i couldn't hold my pee", 'RedFlagBladderIntent'],
    ["i'm scared", 'ScaredIntent'],
    ["help me i'm scared", 'UrgentHelpIntent'],
    ['no the fall was years ago', 'MisheardIntent'],
    ["i had a fever last week but it's gone", 'RedFlagFeverIntent'],
  ],
  'es-ES': [
    ['se me duerme la entrepierna', 'RedFlagSaddleNumbnessIntent'],
    ['no tengo dolor en el pecho', 'AMAZON.NoIntent'],
    ['no me he caído', 'AMAZON.NoIntent'],
    ['tengo las piernas bien gracias', 'AMAZON.NoIntent'],
    ['necesito hacer pis', 'AMAZON.FallbackIntent'],
    ['estoy perdiendo peso a propósito', 'AMAZON.FallbackIntent'],
    ['trabajo de noche', 'AMAZON.FallbackIntent'],
    ['me desperté con el dolor', 'SetOnsetIntent'],
    ['el martes en el gimnasio', 'SetOnsetIntent'],
    ['ayer al coger a mi hija', 'SetOnsetIntent'],
    ['eso es malo', 'SeeDoctorIntent'],
    ['es malo eso', 'SeeDoctorIntent'],
    ['está demasiado frío', 'IceCautionsIntent'],
    ['me hice pis antes de empezar', 'AMAZON.FallbackIntent'],
    ['no llegué al baño a tiempo', 'RedFlagBladderIntent'],
    ['tengo miedo', 'ScaredIntent'],
  ],
};

describe.each(Object.keys(SENTENCES))('%s', (locale) => {
  const model = readInteractionModel(locale);
  it.each(SENTENCES[locale])('"%s" -> %s', async (utterance, intent) => {
    const heard = await hear(model, utterance, NOW, 'Europe/Madrid', { locale });
    expect(heard.intent).toBe(intent);
  });
});

// A pain range fills both numbers, exactly and by the estimate; the handler takes the higher (core/pain).
describe.each([
  ['en-US', ['six or seven', 'a six or a seven', 'between six and seven', 'maybe a six or seven']],
  ['es-ES', ['seis o siete', 'un seis o siete', 'entre seis y siete']],
] as const)('%s: a pain range', (locale, sentences) => {
  const model = readInteractionModel(locale);
  it.each(sentences)('"%s" fills painScore 6 and painScoreHigh 7', async (utterance) => {
    const heard = await hear(model, utterance, NOW, 'Europe/Madrid', { locale });
    expect(heard.intent).toBe('PainReportIntent');
    expect(heard.slots.painScore?.value).toBe('6');
    expect(heard.slots.painScoreHigh?.value).toBe('7');
  });
});
