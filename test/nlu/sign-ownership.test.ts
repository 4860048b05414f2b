/**
 * Each warning sign is heard as itself, not as another sign: the urgent answer names the sign it heard ("Trouble
 * passing urine..."), so a bowel accident heard as a bladder one is a wrong answer the user hears. Words the signs
 * share (accident, control, hold, toilet, numb, fell) are owned as interaction-models/source/en-US.txt documents above
 * RedFlagBladderIntent: an ambiguous sentence belongs to one sign, and a sign's own noun decides the rest. Checked with
 * both engines: the exact samples and the statistical estimate (sentences that are not samples).
 */
import { readInteractionModel } from '../../tools/simulator/model-file';
import { hear } from '../../tools/simulator/hear';

jest.setTimeout(120_000);

type Row = readonly [string, string];

const EN: readonly Row[] = [
  // Ambiguous on their own: the documented owner.
  ['i had an accident', 'RedFlagBladderIntent'],
  ["i've had an accident in my pants", 'RedFlagBladderIntent'],
  ["i can't tell when i need to go", 'RedFlagBladderIntent'],
  ['i was in an accident', 'RedFlagSeriousFallIntent'],
  ['this started after an accident', 'RedFlagSeriousFallIntent'],
  ['my bum is numb', 'RedFlagSaddleNumbnessIntent'],
  // Numb legs are the legs' (the leg-weakness answer names numbness); numbness between them is the saddle's.
  ['my legs went numb', 'RedFlagLegWeaknessIntent'],
  ['my legs have gone numb', 'RedFlagLegWeaknessIntent'],
  // A shared word with the sign's own noun.
  ['i had an accident and it was poo', 'RedFlagBowelIntent'],
  ['i had a poo accident', 'RedFlagBowelIntent'],
  ['i had a car accident', 'RedFlagSeriousFallIntent'],
  ['i had an accident at work', 'RedFlagSeriousFallIntent'],
  ["i can't control my bladder", 'RedFlagBladderIntent'],
  ["i can't control my bowels", 'RedFlagBowelIntent'],
  ["i can't feel the toilet seat", 'RedFlagSaddleNumbnessIntent'],
  // Not samples: the estimate decides.
  ['sorry i had an accident in bed and it was poo not pee', 'RedFlagBowelIntent'],
  ['i got into an accident on the way home', 'RedFlagSeriousFallIntent'],
];

const ES: readonly Row[] = [
  ['he tenido un accidente con el pis', 'RedFlagBladderIntent'],
  ['he tenido un accidente con la caca', 'RedFlagBowelIntent'],
  ['tuve un accidente de coche', 'RedFlagSeriousFallIntent'],
  ['tengo el culo dormido', 'RedFlagSaddleNumbnessIntent'],
  ['se me ha dormido la pierna', 'RedFlagLegWeaknessIntent'],
  ['no noto el papel cuando me limpio', 'RedFlagSaddleNumbnessIntent'],
  ['no noto cuando tengo que hacer de vientre', 'RedFlagBowelIntent'],
  // Not samples: the estimate decides.
  ['cuando me limpio en el baño ya no noto nada de nada', 'RedFlagSaddleNumbnessIntent'],
  ['se me ha escapado un poco de caca en los calzoncillos', 'RedFlagBowelIntent'],
];

const NOW = new Date('2026-11-21T15:00:00.000Z');

describe.each([
  ['en-US', EN],
  ['es-ES', ES],
] as const)('%s: a warning sign is heard as its own sign', (locale, rows) => {
  const model = readInteractionModel(locale);
  it.each(rows)('"%s" -> %s', async (utterance, intent) => {
    const heard = await hear(model, utterance, NOW, 'UTC', { locale, estimate: true });
    expect(heard.intent).toBe(intent);
  });
});
