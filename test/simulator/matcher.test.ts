import { matchUtterance } from '../../tools/simulator/matcher';
import { FAKE_SKILL_ID } from '../../tools/simulator/envelope';
import { NOW, ZONE, fixtureModel } from './fixture-model';

const match = (utterance: string, now: Date = NOW, zone: string = ZONE) => matchUtterance(fixtureModel, utterance, now, zone);
const slot = (utterance: string, name: string) => match(utterance).slots[name]?.value;

describe('matchUtterance: intents and precedence', () => {
  it('matches regardless of case and punctuation', () => {
    expect(match('My pain is SIX!').intent).toBe('PainReportIntent');
    expect(slot('My pain is SIX!', 'painScore')).toBe('6');
  });

  it('ignores apostrophes in literal words, as typed input often lacks them', () => {
    expect(match('im done').intent).toBe('AMAZON.StopIntent');
    expect(match('Im ready').intent).toBe('AMAZON.ResumeIntent');
  });

  it('prefers the sample with more literal words', () => {
    // "{painScore}" and "{painScore} out of ten" both fit "six out of ten" only in the second way
    // with a number; "a {painScore}" beats "{painScore}" for "a six".
    expect(match('a six')).toMatchObject({ intent: 'PainReportIntent', slots: { painScore: { value: '6', spoken: 'six' } } });
    expect(slot('six out of ten', 'painScore')).toBe('6');
  });

  it('gives AMAZON.FallbackIntent with no slots for anything unmatched, and never throws', () => {
    expect(match('banana')).toEqual({ intent: 'AMAZON.FallbackIntent', slots: {} });
    expect(match('')).toEqual({ intent: 'AMAZON.FallbackIntent', slots: {} });
    expect(match('!!!')).toEqual({ intent: 'AMAZON.FallbackIntent', slots: {} });
  });

  it('does not take a slot-only sample whose slot does not resolve', () => {
    // "{symptom}" alone would match anything; Alexa would not hear "banana" as a red flag.
    expect(match('banana').intent).toBe('AMAZON.FallbackIntent');
    expect(match('fever').intent).toBe('RedFlagIntent');
  });

  it("understands Amazon's phrases for built-in intents listed without samples", () => {
    expect(match('help').intent).toBe('AMAZON.HelpIntent');
    expect(match('stop').intent).toBe('AMAZON.StopIntent');
    expect(match('shut up').intent).toBe('AMAZON.StopIntent');
    expect(match("I'm done").intent).toBe('AMAZON.StopIntent');
    expect(match('never mind').intent).toBe('AMAZON.CancelIntent');
    expect(match('yes please').intent).toBe('AMAZON.YesIntent');
    expect(match('nope').intent).toBe('AMAZON.NoIntent');
    expect(match("I'm ready").intent).toBe('AMAZON.ResumeIntent');
  });

  it("lets the model's samples win over Amazon's phrases", () => {
    expect(match('what can you do').intent).toBe('WhatCanYouDoIntent');
    expect(match('continue').intent).toBe('WhatCanYouDoIntent');
  });

  it('only adds phrases for built-in intents the model lists', () => {
    // AMAZON.RepeatIntent and AMAZON.PauseIntent are not in the fixture model.
    expect(match('repeat that').intent).toBe('AMAZON.FallbackIntent');
    expect(match('pause').intent).toBe('AMAZON.FallbackIntent');
  });
});

describe('matchUtterance: AMAZON.NUMBER', () => {
  it.each([
    ['six', '6'],
    ['forty two', '42'],
    ['forty-two', '42'],
    ['one hundred and five', '105'],
    ['a hundred', '100'],
    ['7', '7'],
    ['zero', '0'],
    ['none', '0'],
  ])('"%s" -> %s', (spoken, value) => {
    expect(slot(`my pain is ${spoken}`, 'painScore')).toBe(value);
  });

  it('sends "?" for words that are not a number', () => {
    expect(match('my pain is awful')).toMatchObject({ intent: 'PainReportIntent', slots: { painScore: { value: '?', spoken: 'awful' } } });
  });
});

describe('matchUtterance: AMAZON.DURATION', () => {
  it.each([
    ['two days', 'P2D'],
    ['three hours', 'PT3H'],
    ['fifteen minutes', 'PT15M'],
    ['an hour and a half', 'PT1H30M'],
    ['one and a half hours', 'PT1H30M'],
    ['half an hour', 'PT30M'],
    ['a day', 'P1D'],
    ['a week', 'P1W'],
    ['two hours and ten minutes', 'PT2H10M'],
    ['90 seconds', 'PT90S'],
  ])('"%s" -> %s', (spoken, value) => {
    expect(slot(`it started ${spoken} ago`, 'onsetAgo')).toBe(value);
  });

  it('passes the raw words when they are not a duration', () => {
    expect(slot('ice for a while', 'length')).toBe('a while');
  });
});

describe('matchUtterance: AMAZON.DATE (now is Saturday 2026-11-21 in New York)', () => {
  it.each([
    ['today', '2026-11-21'],
    ['yesterday', '2026-11-20'],
    ['the day before yesterday', '2026-11-19'],
    ['tomorrow', '2026-11-22'],
    ['now', 'PRESENT_REF'],
    ['three days ago', '2026-11-18'],
    ['last monday', '2026-11-16'],
    ['last week', '2026-W46'],
    ['this week', '2026-W47'],
    ['next month', '2026-12'],
    ['november twenty second', '2026-11-22'],
    ['november twentieth twenty twenty six', '2026-11-20'],
    ['the twentieth of november 2026', '2026-11-20'],
  ])('"%s" -> %s', (spoken, value) => {
    expect(slot(`what should i do ${spoken}`, 'when')).toBe(value);
  });

  it('prefers a slot reading that parses over one with more literal words', () => {
    // "it started this {onsetTime}" has more literal words, but "week" is no time.
    expect(match('it started this week').slots).toEqual({ onsetDate: expect.objectContaining({ value: '2026-W47' }) });
    // ...while "it started {onsetAgo} ago" beats "it started {onsetDate}" on literal words.
    expect(match('it started three days ago').slots).toEqual({ onsetAgo: expect.objectContaining({ value: 'P3D' }) });
  });

  it('resolves a bare weekday to the upcoming one, as Alexa does (on or after today)', () => {
    expect(slot('it started on monday', 'onsetDate')).toBe('2026-11-23');
    expect(slot('it started monday', 'onsetDate')).toBe('2026-11-23');
    expect(slot('it started saturday', 'onsetDate')).toBe('2026-11-21');
    expect(slot('it started next saturday', 'onsetDate')).toBe('2026-11-28');
  });

  it('resolves a month and day without a year on or after today, as Alexa does', () => {
    expect(slot('it started november twentieth', 'onsetDate')).toBe('2027-11-20');
  });

  it('uses the device time zone for "today"', () => {
    const lateEvening = new Date('2026-11-22T03:00:00Z'); // 22:00 on the 21st in New York
    expect(matchUtterance(fixtureModel, 'it started today', lateEvening, ZONE).slots.onsetDate?.value).toBe('2026-11-21');
    expect(matchUtterance(fixtureModel, 'it started today', lateEvening, 'UTC').slots.onsetDate?.value).toBe('2026-11-22');
  });

  it('passes the raw words when they are not a date', () => {
    expect(slot('what should i do whenever', 'when')).toBe('whenever');
  });
});

describe('matchUtterance: AMAZON.TIME', () => {
  it.each([
    ['this morning', 'onsetTime', 'MO'],
    ['this afternoon', 'onsetTime', 'AF'],
    ['this evening', 'onsetTime', 'EV'],
  ])('"it started %s" -> %s', (spoken, name, value) => {
    expect(slot(`it started ${spoken}`, name)).toBe(value);
  });

  it.each([
    ['three pm', '15:00'],
    ['3 p.m.', '15:00'],
    ['seven thirty', '07:30'],
    ['seven thirty pm', '19:30'],
    ['noon', '12:00'],
    ['midnight', '00:00'],
    ['night', 'NI'],
    ['half past seven', '07:30'],
    ['quarter to eight', '07:45'],
    ['seven oh five', '07:05'],
    ['3:30', '03:30'],
    ["nine o'clock", '09:00'],
  ])('"it started at %s" -> %s', (spoken, value) => {
    expect(slot(`it started at ${spoken}`, 'onsetTime')).toBe(value);
  });

  it('fills date and time together', () => {
    expect(match('it started yesterday at three pm').slots).toMatchObject({
      onsetDate: { value: '2026-11-20' },
      onsetTime: { value: '15:00' },
    });
  });
});

describe('matchUtterance: custom slot types and entity resolution', () => {
  const authority = (type: string) => `amzn1.er-authority.echo-sdk.${FAKE_SKILL_ID}.${type}`;

  it('resolves a synonym to its value with id, keeping the spoken words as the value', () => {
    expect(match('I have numbness between my legs').slots.symptom).toEqual({
      value: 'numbness between my legs',
      spoken: 'numbness between my legs',
      type: 'RedFlagSymptom',
      resolutions: {
        resolutionsPerAuthority: [
          {
            authority: authority('RedFlagSymptom'),
            status: { code: 'ER_SUCCESS_MATCH' },
            values: [{ value: { name: 'saddle numbness', id: 'SADDLE_NUMBNESS' } }],
          },
        ],
      },
    });
  });

  it('resolves the value name itself, and gives a stable id to values without one', () => {
    const first = match('i have chest pain').slots.symptom?.resolutions?.resolutionsPerAuthority?.[0];
    expect(first?.status.code).toBe('ER_SUCCESS_MATCH');
    expect(first?.values[0]?.value.name).toBe('chest pain');
    expect(first?.values[0]?.value.id).toMatch(/^[0-9a-f]{32}$/);
    expect(match('i have chest pain').slots.symptom?.resolutions).toEqual(match('i have chest pain').slots.symptom?.resolutions);
  });

  it('reports ER_SUCCESS_NO_MATCH without values for unknown words, as Alexa does', () => {
    const result = match('i have a sore toe');
    expect(result.intent).toBe('RedFlagIntent');
    expect(result.slots.symptom?.value).toBe('a sore toe');
    expect(result.slots.symptom?.resolutions).toEqual({
      resolutionsPerAuthority: [{ authority: authority('RedFlagSymptom'), status: { code: 'ER_SUCCESS_NO_MATCH' } }],
    });
  });

  it('uses the given skill id in the authority', () => {
    const result = matchUtterance(fixtureModel, 'plan for early', NOW, ZONE, { skillId: 'amzn1.ask.skill.test' });
    expect(result.slots.phase?.resolutions?.resolutionsPerAuthority?.[0]).toMatchObject({
      authority: 'amzn1.er-authority.echo-sdk.amzn1.ask.skill.test.CarePhase',
      values: [{ value: { name: 'acute', id: 'ACUTE' } }],
    });
  });

  it('prefers the reading whose slots resolve when literal words tie', () => {
    // "what should i do in the first phase" fits only the phase sample; "what should i do tomorrow" the date one.
    expect(match('what should i do in the first phase').intent).toBe('PlanIntent');
    expect(match('what should i do in the first phase').slots.phase?.value).toBe('first');
    expect(match('what should i do tomorrow').slots.when?.value).toBe('2026-11-22');
  });
});
