/**
 * The English locales end to end: each country's model hears its own phrasing, and the skill answers with that
 * country's emergency number and care pathway (the care protocol: 911 in the US and Canada, 999 or NHS 111 in the
 * UK, 000 in Australia, 112 in India) and its spelling. A locale the skill doesn't support is answered in en-US.
 */
import { DateTime } from 'luxon';
import { transcript } from '../support/transcript';
import { defaultTimeZone } from '../../lambda/alexa/time-zone';

interface LocaleCase {
  locale: string;
  /** What to do in an emergency, as heard, and the number as the card in the Alexa app shows it. */
  emergency: string;
  cardNumber: string;
  /** Where to get care today, as every same-day answer ends: "Please <sameDayCare> today." */
  sameDayCare: string;
  /** A warning sign said the way people there say it. */
  localRedFlag: string;
  /** A question asked the way people there ask it, and what the answer says. */
  localQuestion: readonly [string, RegExp];
  /** How "colour" is spelled in what the skill says. */
  colour: 'color' | 'colour';
}

const CASES: readonly LocaleCase[] = [
  {
    locale: 'en-US',
    emergency: 'call 911 or get to an emergency department now',
    cardNumber: '911',
    sameDayCare: 'call your doctor or an urgent care clinic',
    localRedFlag: "i can't pee",
    localQuestion: ['can i use a heating pad', /heating pad or hot water bottle on a low setting/],
    colour: 'color',
  },
  {
    locale: 'en-GB',
    emergency: 'call 999 or go to A and E now',
    cardNumber: '999',
    sameDayCare: 'call your GP or NHS 111',
    localRedFlag: "i can't wee",
    localQuestion: ['can i take co codamol', /ask a pharmacist/],
    colour: 'colour',
  },
  {
    locale: 'en-CA',
    emergency: 'call 911 or get to an emergency department now',
    cardNumber: '911',
    sameDayCare: 'see your family doctor or go to a walk-in clinic',
    localRedFlag: "i can't pee",
    localQuestion: ['should i go to a walk in clinic', /See a doctor if it's not getting better after about two weeks/],
    colour: 'colour',
  },
  {
    locale: 'en-AU',
    emergency: 'call triple zero or get to an emergency department now',
    cardNumber: '000',
    sameDayCare: 'see your GP or go to an urgent care clinic',
    localRedFlag: "i've pooed myself",
    localQuestion: ['can i use a heat pack', /heating pad or hot water bottle on a low setting/],
    colour: 'colour',
  },
  {
    locale: 'en-IN',
    emergency: 'call 112 or go to the nearest hospital emergency department now',
    cardNumber: '112',
    sameDayCare: 'see a doctor',
    localRedFlag: "i can't pass urine",
    localQuestion: ['how long should i apply ice', /15 to 20 minutes/],
    colour: 'colour',
  },
];

/** A conversation in the locale, at 10 am on Saturday 2026-11-21 in the locale's own time zone. */
function inLocale(locale: string, modelLocale?: string) {
  const timeZone = defaultTimeZone(locale);
  const now = DateTime.fromISO('2026-11-21T10:00:00', { zone: timeZone }).toJSDate();
  return transcript({ locale, modelLocale, now, timeZone });
}

describe.each(CASES.map((entry) => [entry.locale, entry] as const))('%s', (locale, c) => {
  it('sends a red flag to its own emergency number, in speech and on the card', async () => {
    const { alexa } = inLocale(locale);
    const turn = await alexa.say("tell back relief coach i can't control my bladder");
    // The answer names the sign it heard, then sends the person to the local number.
    expect(turn.speech).toMatch(new RegExp(`^Trouble passing urine.* This could be serious\\. Please ${escape(c.emergency)}\\.`));
    expect(turn.sessionEnded).toBe(true);
    expect(turn.card?.type).toBe('Simple');
    expect(turn.card && 'content' in turn.card ? turn.card.content : '').toContain(c.cardNumber);
  });

  it('hears a warning sign said the local way, mid-conversation', async () => {
    const { alexa } = inLocale(locale);
    await alexa.say('open back relief coach');
    await alexa.say('no');
    const turn = await alexa.say(c.localRedFlag);
    expect(turn.heard?.intent).toMatch(/^RedFlag(Bladder|Bowel)Intent$/);
    expect(turn.speech).toMatch(/bladder|bowels/);
    expect(turn.speech).toContain(c.emergency);
    expect(turn.sessionEnded).toBe(true);
  });

  it('sends a same-day warning sign to its own same-day care', async () => {
    const { alexa } = inLocale(locale);
    await alexa.say('open back relief coach');
    const turn = await alexa.say('I have a fever');
    expect(turn.speech).toBe(`A fever with back pain needs a doctor's look today. Please ${c.sameDayCare} today.`);
    expect(turn.sessionEnded).toBe(true);
  });

  it('answers a one-shot ice question', async () => {
    const { alexa } = inLocale(locale);
    const turn = await alexa.say('ask back relief coach how long do i keep ice on');
    expect(turn.heard?.intent).toBe('IceDurationIntent');
    expect(turn.speech).toMatch(/15 to 20 minutes at a time, never more than 20/);
    expect(turn.speech).toMatch(/not medical advice/);
  });

  it('answers a question asked the local way', async () => {
    const { alexa } = inLocale(locale);
    const [question, answer] = c.localQuestion;
    const turn = await alexa.say(`ask back relief coach ${question}`);
    expect(turn.heard?.intent).not.toBe('AMAZON.FallbackIntent');
    expect(turn.speech).toMatch(answer);
  });

  it('speaks its own spelling, with the rest of the conversation taken from en-US', async () => {
    const { alexa } = inLocale(locale);
    await alexa.say('open back relief coach');
    await alexa.say('no');
    let turn = await alexa.say('it started this morning');
    expect(turn.speech).toMatch(/^Got it\. That makes today day 1\./);
    turn = await alexa.say('how often should i ice');
    expect(turn.speech).toContain(`skin is back to its normal ${c.colour} and feeling`);
  });
});

describe('a locale the skill does not support', () => {
  it('is answered in en-US, 911 included', async () => {
    const { alexa } = inLocale('fr-FR', 'en-US');
    let turn = await alexa.say('ask back relief coach how long do i keep ice on');
    expect(turn.speech).toMatch(/15 to 20 minutes at a time, never more than 20/);
    turn = await alexa.say("i can't control my bladder");
    expect(turn.speech).toContain('Please call 911 or get to an emergency department now.');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
