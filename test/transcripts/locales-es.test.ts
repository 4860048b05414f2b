/**
 * The skill in Spanish, end to end: a conversation through the real skill, heard with the Spanish models and the
 * simulator's Spanish grammars. Spain hears 112 and "urgencias", and its family doctor or health centre for same-day
 * care; Spanish speakers in the US hear 911, "la sala de emergencias", and their doctor or an urgent care clinic.
 * Nothing English ever reaches a Spanish listener.
 */
import { MINUTES, transcript } from '../support/transcript';
import { transcriptWithAlexa } from '../support/local-alexa';
import { REMINDERS_SCOPE } from '../../tools/local-alexa';
import type { Turn } from '../../tools/simulator/conversation';

interface SpanishCase {
  locale: 'es-ES' | 'es-US';
  timeZone: string;
  /** The emergency advice as heard, and the number on the card in the Alexa app. */
  emergency: string;
  cardNumber: string;
  /** How every same-day answer ends. */
  sameDay: string;
  /** A question asked the way people there ask it, and what the answer says. */
  localQuestion: readonly [string, RegExp];
}

const CASES: readonly SpanishCase[] = [
  {
    locale: 'es-ES',
    timeZone: 'Europe/Madrid',
    emergency: 'Por favor, llama al 112 o ve a urgencias ahora mismo.',
    cardNumber: '112',
    sameDay: 'Por favor, llama a tu médico de cabecera o al centro de salud hoy.',
    localQuestion: ['¿Puedo usar la esterilla eléctrica?', /^Usa una esterilla eléctrica o una bolsa de agua caliente a temperatura baja/],
  },
  {
    locale: 'es-US',
    timeZone: 'America/New_York',
    emergency: 'Por favor, llama al 911 o ve a la sala de emergencias ahora mismo.',
    cardNumber: '911',
    sameDay: 'Por favor, llama a tu médico o ve a una clínica de atención urgente hoy.',
    localQuestion: ['¿Puedo usar una almohadilla térmica?', /^Usa una almohadilla térmica o una bolsa de agua caliente a temperatura baja/],
  },
];

/** Words that only an English line would hold. */
const ENGLISH = /\b(the|you|your|and|please|ice|heat|pain|doctor|emergency)\b/i;

function expectSpanish(turns: readonly Turn[]): void {
  for (const turn of turns) {
    expect({ speech: turn.speech, english: ENGLISH.test(turn.speech) }).toEqual({ speech: turn.speech, english: false });
    expect({ reprompt: turn.reprompt, english: ENGLISH.test(turn.reprompt) }).toEqual({ reprompt: turn.reprompt, english: false });
  }
}

describe.each(CASES)('$locale', ({ locale, timeZone, emergency, cardNumber, sameDay, localQuestion }) => {
  const start = () => transcript({ locale, timeZone });

  it('first launch: the disclaimer, the safety check, the onset, ice, a pain score, then a red flag sends the person to emergency care', async () => {
    const { alexa, stored, turns } = start();

    let turn = await alexa.say('Alexa, abre alivio de espalda');
    expect(turn.speech).toMatch(/^Te doy la bienvenida a Alivio de Espalda\. .*No es consejo médico, y no es para emergencias\./);
    expect(turn.speech).toMatch(/adormecimiento entre las piernas.*orina o las heces.*una pierna.*dolor en el pecho.*caída fuerte\?$/);
    expect(turn.waitingForAnswer).toBe(true);

    turn = await alexa.say('no');
    expect(turn.speech).toMatch(/^Bien, ninguna de ellas\..*¿Cuándo empezó el dolor\?/);

    turn = await alexa.say('empezó esta mañana');
    expect(turn.heard?.slots.onsetTime?.value).toBe('MO');
    expect(turn.speech).toBe(
      'Entendido. Entonces hoy es el día 1. Los dos o tres primeros días, lo que más ayuda es el hielo y descansar a ratos, moviéndote con suavidad según te deje el dolor. ¿Hacemos una sesión de hielo?',
    );

    turn = await alexa.say('¿cuánto tiempo dejo el hielo?');
    expect(turn.heard?.intent).toBe('IceDurationIntent');
    expect(turn.speech).toMatch(/^Deja el hielo envuelto de 15 a 20 minutos, nunca más de 20\./);

    turn = await alexa.say('mi dolor es un seis');
    expect(turn.heard).toMatchObject({ intent: 'PainReportIntent', slots: { painScore: { value: '6' } } });
    expect(turn.speech).toMatch(/^Gracias, (he anotado|anoté) un 6\./);

    turn = await alexa.say('no puedo controlar la vejiga');
    expect(turn.heard?.intent).toBe('RedFlagBladderIntent');
    // The answer names the sign it heard, then sends the person to the local number.
    expect(turn.speech).toBe(
      `No poder orinar, que se te escape la orina o no notar la vejiga llena, con dolor de espalda, puede ser un nervio comprimido. Esto podría ser grave. ${emergency} No esperes a ver si se pasa.`,
    );
    expect(turn.sessionEnded).toBe(true);
    expect(turn.card).toMatchObject({ type: 'Simple', title: 'Busca ayuda médica' });
    expect(turn.card?.type === 'Simple' ? turn.card.content : '').toContain(`llama al ${cardNumber}`);

    const state = await stored();
    // "esta mañana" is 8 am where the user is.
    expect(state.onsetAt).toBe(locale === 'es-ES' ? '2026-11-21T07:00:00.000Z' : '2026-11-21T13:00:00.000Z');
    expect(state.pain.map((entry) => entry.score)).toEqual([6]);
    expectSpanish(turns);
  });

  it('puts the emergency first in a one-shot, before the first-use disclaimer', async () => {
    const { alexa, turns } = start();
    const turn = await alexa.say('Alexa, dile a alivio de espalda que tengo hormigueo entre las piernas');
    expect(turn.speech).toMatch(new RegExp(`^Notar dormida la zona entre las piernas.* Esto podría ser grave\\. ${emergency.replace(/\./g, '\\.')}.*No es consejo médico`));
    expect(turn.sessionEnded).toBe(true);
    expectSpanish(turns);
  });

  it('sends a fever to a doctor today, not to emergency care', async () => {
    const { alexa } = start();
    await alexa.say('Alexa, abre alivio de espalda');
    const turn = await alexa.say('tengo fiebre');
    expect(turn.speech).toBe(`Si tienes fiebre y dolor de espalda, te tiene que ver un médico hoy. ${sameDay}`);
    expect(turn.sessionEnded).toBe(true);
  });

  it('answers the way people there ask, and a yes to the safety check is an emergency', async () => {
    const { alexa, turns } = start();
    let turn = await alexa.say('Alexa, abre alivio de espalda');
    turn = await alexa.say('sí');
    expect(turn.speech).toContain(emergency.replace('Por favor, llama', 'Llama'));
    expect(turn.sessionEnded).toBe(true);

    turn = await alexa.say(`Alexa, pregunta a alivio de espalda ${localQuestion[0]}`);
    expect(turn.heard?.intent).toBe('HeatingPadIntent');
    expect(turn.speech).toMatch(localQuestion[1]);
    expectSpanish(turns);
  });

  it('does not repeat the disclaimer to a returning user, and says goodbye in Spanish', async () => {
    const { alexa, turns } = start();
    await alexa.say('Alexa, abre alivio de espalda');
    await alexa.say('no');
    await alexa.say('empezó ayer por la tarde');
    let turn = await alexa.say('para');
    expect(turn.speech).toBe('Tómatelo con calma. Recordaré en qué punto estás.');
    expect(turn.sessionEnded).toBe(true);

    turn = await alexa.say('Alexa, abre alivio de espalda');
    expect(turn.speech).not.toMatch(/consejo médico/);
    expect(turn.speech).toMatch(/^Hola de nuevo\. Estás en el día 2/);
    expectSpanish(turns);
  });
});

describe('es-ES on Alexa timers and reminders', () => {
  it('times the ice with a Spanish label and question, and says the reminder hours the Spanish way', async () => {
    const t = await transcriptWithAlexa({ locale: 'es-ES', timeZone: 'Europe/Madrid', grant: ['timers'] });
    await t.alexa.say('Alexa, abre alivio de espalda');
    await t.alexa.say('no');
    await t.alexa.say('empezó esta mañana');
    expect((await t.alexa.say('sí')).speech).toMatch(/^Sobre el hielo, con cuidado: .*Raynaud.* Primero, una comprobación rápida: ¿tienes el hielo envuelto en una toalla fina o en un paño\?$/);
    expect((await t.alexa.say('sí')).speech).toBe('Bien. ¿Pongo un temporizador de 20 minutos para el hielo?');
    let turn = await t.alexa.say('sí');
    expect(turn.speech).toMatch(/^Tu temporizador de 20 minutos para el hielo está en marcha\./);
    const [timer] = t.api.activeTimers();
    expect(timer.body).toMatchObject({
      timerLabel: 'Sesión de hielo 1',
      operation: { textToConfirm: [{ locale: 'es-ES', text: 'Se acabó el tiempo del hielo. ¿Quieres {continueWithSkillName}?' }] },
    });

    t.clock.advance(20 * MINUTES);
    turn = await t.acceptTask(t.ringDue()[0]);
    expect(turn.speech).toMatch(/^Se acabó el tiempo: quítate el hielo ahora\..*¿Pongo un temporizador de 20 minutos, para avisarte de cuándo puedes volver a ponerte hielo\?$/);
    turn = await t.alexa.say('sí');
    expect(turn.speech).toMatch(/¿Quieres que te recuerde tus próximas sesiones de hielo durante más o menos el próximo día\?$/);
    turn = await t.alexa.say('sí');
    expect(turn.speech).toBe('Para crear recordatorios, necesito tu permiso.');
    expect(turn.directives).toEqual([`Connections.SendRequest AskFor ${REMINDERS_SCOPE}`]);
    turn = await t.alexa.say('sí');
    // 16:20 in Madrid: the first reminder is at 17:00, the last on Monday at 21:00.
    expect(turn.speech).toBe(
      'Hecho. Te avisaré a las 9 de la mañana, la una de la tarde, las 5 de la tarde y las 9 de la noche, desde hoy a las 5 de la tarde hasta el lunes a las 9 de la noche. El recordatorio solo dice que es la hora de tu siguiente sesión.',
    );
    const [reminder] = t.api.reminders();
    expect(reminder.body.content).toEqual([{ locale: 'es-ES', text: 'Es la hora de tu siguiente sesión con Alivio de Espalda.' }]);
    expectSpanish(t.turns);
  });
});
