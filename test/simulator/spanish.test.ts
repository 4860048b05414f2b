/**
 * The simulator in Spanish (es-ES, es-US): Alexa's built-in slot grammars for the Spanish forms the skill's
 * conversations use, the Spanish launch phrases, the built-in intents' phrases and the yes/no of a permission.
 * Each parser's header (tools/simulator/builtins/*-es.ts) lists the forms it understands; these tests pin them.
 */
import { matchUtterance } from '../../tools/simulator/matcher';
import { parseInvocation } from '../../tools/simulator/invocation';
import { consentAnswer } from '../../tools/simulator/consent';
import { parseSpanishNumberWords } from '../../tools/simulator/builtins/number-words-es';
import { parseSpanishDuration } from '../../tools/simulator/builtins/duration-es';
import { parseSpanishDate } from '../../tools/simulator/builtins/date-es';
import { parseSpanishTime } from '../../tools/simulator/builtins/time-es';
import type { InteractionModel } from '../../tools/simulator/model-types';
import { NOW, ZONE } from './fixture-model';

const words = (text: string) => text.split(' ');

const modeloEs: InteractionModel = {
  interactionModel: {
    languageModel: {
      invocationName: 'alivio de espalda',
      intents: [
        { name: 'PainReportIntent', slots: [{ name: 'painScore', type: 'AMAZON.NUMBER' }], samples: ['{painScore}', 'un {painScore}', 'mi dolor es un {painScore}'] },
        {
          name: 'SetOnsetIntent',
          slots: [
            { name: 'onsetDate', type: 'AMAZON.DATE' },
            { name: 'onsetTime', type: 'AMAZON.TIME' },
            { name: 'onsetAgo', type: 'AMAZON.DURATION' },
          ],
          samples: ['empezó {onsetDate}', 'empezó esta {onsetTime}', 'empezó {onsetTime}', 'empezó hace {onsetAgo}'],
        },
        { name: 'IceDurationIntent', samples: ['cuánto tiempo dejo el hielo'] },
        {
          name: 'RedFlagIntent',
          slots: [{ name: 'symptom', type: 'RedFlagSymptom' }],
          samples: ['tengo {symptom}'],
        },
        { name: 'AMAZON.YesIntent', samples: [] },
        { name: 'AMAZON.NoIntent', samples: [] },
        { name: 'AMAZON.StopIntent', samples: [] },
        { name: 'AMAZON.HelpIntent', samples: [] },
        { name: 'AMAZON.FallbackIntent', samples: [] },
      ],
      types: [
        { name: 'RedFlagSymptom', values: [{ id: 'FEVER', name: { value: 'fiebre', synonyms: ['fiebre alta', 'escalofríos'] } }] },
      ],
    },
  },
};

const oye = (utterance: string, locale = 'es-ES') => matchUtterance(modeloEs, utterance, NOW, ZONE, { locale });

describe('Spanish AMAZON.NUMBER', () => {
  it.each([
    ['cero', 0], ['uno', 1], ['una', 1], ['seis', 6], ['diez', 10], ['once', 11], ['quince', 15], ['dieciséis', 16],
    ['dieciseis', 16], ['diecinueve', 19], ['veinte', 20], ['veintiuno', 21], ['veintidós', 22], ['treinta', 30],
    ['treinta y uno', 31], ['cuarenta y dos', 42], ['noventa y nueve', 99], ['cien', 100], ['ciento cinco', 105],
    ['doscientos treinta', 230], ['mil', 1000], ['dos mil veintiséis', 2026], ['un seis', 6], ['una siete', 7], ['nada', 0], ['7', 7],
  ])('"%s" is %d', (spoken, value) => {
    expect(parseSpanishNumberWords(words(spoken))).toBe(value);
  });

  it.each(['seis siete', 'cuarenta cincuenta', 'cuarenta y', 'y dos', 'cien dos', 'dolorido', 'uno cero cinco'])('"%s" is not a number', (spoken) => {
    expect(parseSpanishNumberWords(words(spoken))).toBeUndefined();
  });

  it('fills a pain score from a Spanish sentence, and sends "?" for words that are no number', () => {
    expect(oye('mi dolor es un seis').slots.painScore?.value).toBe('6');
    expect(oye('un ocho').slots.painScore?.value).toBe('8');
    expect(oye('mi dolor es un horror').slots.painScore?.value).toBe('?');
  });
});

describe('Spanish AMAZON.DURATION', () => {
  it.each([
    ['dos días', 'P2D'], ['tres horas', 'PT3H'], ['quince minutos', 'PT15M'], ['media hora', 'PT30M'], ['una hora', 'PT1H'],
    ['un día', 'P1D'], ['una semana', 'P1W'], ['hora y media', 'PT1H30M'], ['una hora y media', 'PT1H30M'],
    ['dos días y medio', 'P2DT12H'], ['un cuarto de hora', 'PT15M'], ['tres cuartos de hora', 'PT45M'], ['un par de días', 'P2D'],
    ['dos horas y diez minutos', 'PT2H10M'], ['veinte minutos', 'PT20M'], ['dias', undefined], ['un rato', undefined],
  ])('"%s" is %s', (spoken, value) => {
    expect(parseSpanishDuration(words(spoken))).toBe(value);
  });

  it('fills "hace ..." in a sentence', () => {
    expect(oye('empezó hace dos días').slots.onsetAgo?.value).toBe('P2D');
  });
});

describe('Spanish AMAZON.DATE (now is Saturday 2026-11-21 in New York)', () => {
  it.each([
    ['hoy', '2026-11-21'], ['ayer', '2026-11-20'], ['anteayer', '2026-11-19'], ['antes de ayer', '2026-11-19'], ['antier', '2026-11-19'],
    ['anoche', '2026-11-20'], ['mañana', '2026-11-22'], ['pasado mañana', '2026-11-23'], ['ahora', 'PRESENT_REF'],
    ['hace tres días', '2026-11-18'], ['hace una semana', '2026-11-14'], ['el lunes', '2026-11-23'], ['el lunes pasado', '2026-11-16'],
    ['el pasado lunes', '2026-11-16'], ['el próximo sábado', '2026-11-28'], ['el sábado', '2026-11-21'], ['el miercoles pasado', '2026-11-18'],
    ['la semana pasada', '2026-W46'], ['este mes', '2026-11'], ['el veinte de noviembre', '2027-11-20'],
    ['el veinte de noviembre de dos mil veintiséis', '2026-11-20'], ['el primero de diciembre', '2026-12-01'], ['cuando sea', undefined],
  ])('"%s" is %s', (spoken, value) => {
    expect(parseSpanishDate(words(spoken), NOW, ZONE)).toBe(value);
  });
});

describe('Spanish AMAZON.TIME', () => {
  it.each([
    ['mañana', 'MO'], ['esta mañana', 'MO'], ['por la mañana', 'MO'], ['esta tarde', 'AF'], ['anoche', 'NI'], ['esta noche', 'NI'],
    ['mediodía', '12:00'], ['medianoche', '00:00'], ['las tres', '03:00'], ['a las tres de la tarde', '15:00'], ['la una', '01:00'],
    ['las siete y media', '07:30'], ['las ocho menos cuarto', '07:45'], ['las diez y cuarto de la noche', '22:15'],
    ['las siete treinta', '07:30'], ['las nueve en punto', '09:00'], ['15:30', '15:30'], ['la semana', undefined],
  ])('"%s" is %s', (spoken, value) => {
    expect(parseSpanishTime(words(spoken))).toBe(value);
  });

  it('hears "empezó esta mañana" as the morning, and "empezó ayer" as yesterday', () => {
    expect(oye('empezó esta mañana').slots).toEqual({ onsetTime: expect.objectContaining({ value: 'MO' }) });
    expect(oye('empezó ayer').slots).toEqual({ onsetDate: expect.objectContaining({ value: '2026-11-20' }) });
  });
});

describe('the Spanish model in the matcher', () => {
  it('matches with or without accents and the opening "¿"', () => {
    expect(oye('¿Cuánto tiempo dejo el hielo?').intent).toBe('IceDurationIntent');
    expect(oye('cuanto tiempo dejo el hielo').intent).toBe('IceDurationIntent');
  });

  it('resolves a custom value after a Spanish article, accents or not', () => {
    const match = oye('tengo la fiebre alta');
    expect(match.intent).toBe('RedFlagIntent');
    expect(match.slots.symptom?.resolutions?.resolutionsPerAuthority?.[0]?.values?.[0]?.value.id).toBe('FEVER');
    expect(oye('tengo escalofrios').slots.symptom?.resolutions?.resolutionsPerAuthority?.[0]?.values?.[0]?.value.id).toBe('FEVER');
  });

  it("understands Alexa's Spanish phrases for the built-in intents, and only for a Spanish locale", () => {
    expect(oye('sí').intent).toBe('AMAZON.YesIntent');
    expect(oye('vale').intent).toBe('AMAZON.YesIntent');
    expect(oye('no gracias').intent).toBe('AMAZON.NoIntent');
    expect(oye('para').intent).toBe('AMAZON.StopIntent');
    expect(oye('ayuda').intent).toBe('AMAZON.HelpIntent');
    expect(oye('vale', 'en-US').intent).toBe('AMAZON.FallbackIntent');
    expect(oye('yes', 'en-US').intent).toBe('AMAZON.YesIntent');
  });
});

describe('Spanish invocations', () => {
  const name = 'alivio de espalda';
  it.each([
    ['Alexa, abre alivio de espalda', { kind: 'launch' }],
    ['Alexa, inicia Alivio de Espalda', { kind: 'launch' }],
    ['Alexa, pregunta a alivio de espalda cuánto tiempo dejo el hielo', { kind: 'one-shot', request: 'cuánto tiempo dejo el hielo' }],
    ['Alexa, pídele a alivio de espalda que me guíe', { kind: 'one-shot', request: 'me guíe' }],
    ['Alexa, pide a alivio de espalda que me guíe', { kind: 'one-shot', request: 'me guíe' }],
    ['Alexa, dile a alivio de espalda que tengo fiebre', { kind: 'one-shot', request: 'tengo fiebre' }],
    ['cuánto tiempo dejo el hielo con alivio de espalda', { kind: 'one-shot', request: 'cuánto tiempo dejo el hielo' }],
  ])('"%s"', (utterance, expected) => {
    expect(parseInvocation(utterance, name, 'es-ES')).toEqual(expected);
  });

  it('keeps the English launch phrases for English locales', () => {
    expect(parseInvocation('abre alivio de espalda', name, 'en-US').kind).toBe('plain');
    expect(parseInvocation('open back relief coach', 'back relief coach').kind).toBe('launch');
  });
});

describe('a Spanish answer to a permission question', () => {
  it.each([
    ['sí', 'ACCEPTED'], ['Sí, por favor', 'ACCEPTED'], ['vale', 'ACCEPTED'], ['no', 'DENIED'], ['ahora no', 'DENIED'], ['quizá', 'NOT_ANSWERED'],
  ])('"%s" is %s', (utterance, answer) => {
    expect(consentAnswer(utterance, 'es-US')).toBe(answer);
  });
});

describe('Spanish AMAZON.DATE: a day of the month', () => {
  it('needs "el" or "día" when no month is said, so a bare number stays a number', () => {
    expect(parseSpanishDate(words('el siete'), NOW, ZONE)).toBe('2026-12-07');
    expect(parseSpanishDate(words('el día veinticinco'), NOW, ZONE)).toBe('2026-11-25');
    expect(parseSpanishDate(words('siete'), NOW, ZONE)).toBeUndefined();
  });
});
