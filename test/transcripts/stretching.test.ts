/**
 * Guided stretching, as a person lying on the floor hears it: gated by pain as the care protocol says, paced one
 * or two holds a response, navigated by voice, stopped by pain or a warning sign, picked up at the first unfinished
 * hold, and ended with how to get up off the floor. Assertions go through content keys (what the locale says for a
 * key), so a wording change in content never breaks them; one golden transcript keeps plain English.
 */
import { APL_INTERFACES } from '../../tools/simulator/envelope';
import { Turn } from '../../tools/simulator/conversation';
import { HOURS } from '../support/transcript';
import { ago, DAYS, longestQuiet, NOW, seeded, stretchingPhase } from '../support/stretch';
import { createSpeech, SpeechParams } from '../../lambda/speech/i18n';
import { UserState } from '../../lambda/core/user-state';
import { linesOf } from '../support/heard';

/** What a locale says for a content key (the first variant, or the variant at an index: "stretch:feedback.set.1"). */
function wording(locale: string) {
  const speech = createSpeech(locale, () => 0);
  return (key: string, params?: SpeechParams) => speech.sayFirst([key], params);
}
const en = wording('en-US');
const es = wording('es-ES');

/** How many times a line is said in a response. */
function times(turn: Turn, line: string): number {
  return turn.ssml.split(line).length - 1;
}

/** Every step response: guided, then a short question, with a reprompt that asks it again and an open microphone. */
function expectCheckIn(turn: Turn, question: string): void {
  expect(turn.ssml).toContain(`${question}</`.replace(/<\/$/, ''));
  expect(turn.speech.endsWith(question.replace(/&apos;/g, "'"))).toBe(true);
  expect(turn.waitingForAnswer).toBe(true);
  expect(turn.repromptSsml).toContain(question);
}

async function inRoutine(steps = 0, state: Partial<UserState> = stretchingPhase()) {
  const t = await seeded(state);
  await t.alexa.say('open back relief coach');
  let turn = await t.alexa.say('guide me through the stretches');
  for (let i = 0; i < steps; i += 1) turn = await t.alexa.say('next');
  return { t, turn };
}

const RIGHT = en('stretch:step.kneeToChest.right.first');
const RIGHT_AGAIN = en('stretch:step.kneeToChest.right.again');
const LEFT = en('stretch:step.kneeToChest.left.first');
const SETTLE = en('stretch:step.settle.first');
const REST = en('stretch:step.rest.first');

describe('a golden transcript, in plain English', () => {
  it('starts with one safety line and how to stop, then one hold and a check-in a response', async () => {
    const t = await seeded(stretchingPhase());
    await t.alexa.say('open back relief coach');
    let turn = await t.alexa.say('guide me through the stretches');
    expect(turn.speech).toMatch(
      /^Go slowly, never bounce, and stop at any sharp pain\. If you have osteoporosis, say so\. Say stop any time\. Knee to chest: 3 a side, about \d+ minutes\. Lie on your back, knees bent, feet flat on the floor\./,
    );
    expect(turn.speech).toMatch(/Good\. Right knee first\. Ready\?$/);
    turn = await t.alexa.say('yes');
    expect(turn.speech).toMatch(/^Slowly bring your right knee up toward your chest, .*Hold for 25 seconds\..*Three, \[pause 0\.6 s\] two, \[pause 0\.6 s\] one\. And slowly lower your foot to the floor\. Well done\. Ready for the next one\?$/);
  });
});

describe('stretching gated by pain, as the care protocol says', () => {
  it('with no pain score from the last few hours, asks for one, then starts', async () => {
    const t = await seeded({ ...stretchingPhase(), pain: [{ score: 3, at: ago(6 * HOURS) }] });
    await t.alexa.say('open back relief coach');
    let turn = await t.alexa.say('guide me through the stretches');
    expect(turn.ssml).toContain(en('stretch:gate.askPain'));
    expect(turn.ssml).not.toContain(SETTLE);
    expect(turn.repromptSsml).toContain(en('stretch:gate.askPainReprompt'));
    turn = await t.alexa.say('three');
    expect(turn.heard?.intent).toBe('PainReportIntent');
    expect(turn.ssml).toContain(en('pain.recorded', { score: 3 }));
    expect(turn.ssml).toContain(en('stretch:safety.first'));
    expect(turn.ssml).toContain(SETTLE);
    expect((await t.stored()).pain.at(-1)).toEqual({ score: 3, at: NOW.toISOString() });
  });

  it('asks for a score when none was ever given, and refuses on a 7 given in answer', async () => {
    const t = await seeded({ ...stretchingPhase(), pain: [] });
    await t.alexa.say('open back relief coach');
    expect((await t.alexa.say('help me stretch')).ssml).toContain(en('stretch:gate.askPain'));
    const turn = await t.alexa.say('seven');
    expect(turn.ssml).toContain(en('pain.recorded', { score: 7 }));
    expect(turn.ssml).toContain(en('stretch:gate.severePain'));
    expect(turn.ssml).toContain(en('stretch:gate.instead'));
    expect(turn.ssml).not.toContain(SETTLE);
  });

  // "Six or seven" had been stored as 6, under the gate.
  it.each([
    ['en-US', 'six or seven'],
    ['es-ES', 'un seis o siete'],
  ])('%s: takes the higher end of a range ("%s") and refuses on it', async (locale, range) => {
    const say = wording(locale);
    const t = await seeded({ ...stretchingPhase(), pain: [] }, { locale });
    await t.alexa.say(locale === 'en-US' ? 'open back relief coach' : 'abre alivio de espalda');
    expect((await t.alexa.say(locale === 'en-US' ? 'help me stretch' : 'guíame con los estiramientos')).ssml).toContain(say('stretch:gate.askPain'));
    const turn = await t.alexa.say(range);
    expect(turn.ssml).toContain(say('pain.recorded', { score: 7 }));
    expect(turn.ssml).toContain(say('stretch:gate.severePain'));
    expect((await t.stored()).pain.at(-1)?.score).toBe(7);
  });

  it('re-asks a score out of range, keeping the question', async () => {
    const t = await seeded({ ...stretchingPhase(), pain: [] });
    await t.alexa.say('open back relief coach');
    await t.alexa.say('help me stretch');
    let turn = await t.alexa.say('my pain is forty two');
    expect(turn.ssml).toContain(en('pain.outOfRange', { value: '42' }));
    turn = await t.alexa.say('two');
    expect(turn.ssml).toContain(SETTLE);
  });

  it('asks when it began if the onset is unknown', async () => {
    const t = await seeded({ ...stretchingPhase(), onsetAt: undefined });
    await t.alexa.say('open back relief coach');
    const turn = await t.alexa.say('guide me through the stretches');
    expect(turn.ssml).toContain(en('stretch:gate.needOnset'));
    expect(turn.waitingForAnswer).toBe(true);
  });

  describe.each([
    ['en-US', en, 'guide me through the stretches', 'go ahead anyway'],
    ['es-ES', es, 'guíame en los estiramientos', 'quiero estirar de todas formas'],
  ] as const)('in the first 48 hours (%s)', (locale, say, start, insist) => {
    it('refuses, offers rest, ice or a short walk, and has no override', async () => {
      const t = await seeded({ ...stretchingPhase(), onsetAt: ago(30 * HOURS), pain: [{ score: 2, at: ago(HOURS) }] }, { locale });
      await t.alexa.say(locale === 'en-US' ? 'open back relief coach' : 'abre alivio de espalda');
      let turn = await t.alexa.say(start);
      expect(turn.heard?.intent).toBe('StartStretchIntent');
      expect(turn.ssml).toContain(say('stretch:gate.acute', { day: 2 }));
      expect(turn.ssml).toContain(say('stretch:gate.instead'));
      expect(turn.ssml).toContain(say('stretch:gate.offerRest'));
      expect(turn.ssml).not.toContain(say('stretch:step.settle.first'));
      turn = await t.alexa.say(insist);
      expect(turn.ssml).not.toContain(say('stretch:step.settle.first'));
      expect(turn.ssml).toContain(say('stretch:gate.acute', { day: 2 }));
      expect((await t.stored()).stretch).toBeUndefined();
    });
  });

  it('in the first 48 hours, "yes" to the offer walks through the rest position', async () => {
    const t = await seeded({ ...stretchingPhase(), onsetAt: ago(5 * HOURS), pain: [{ score: 5, at: ago(HOURS) }] });
    await t.alexa.say('open back relief coach');
    await t.alexa.say('guide me through the stretches');
    const turn = await t.alexa.say('yes');
    expect(turn.ssml).toContain(en('advice.restPosition.any'));
  });

  // "ready", "go on", "continue" (AMAZON.ResumeIntent) to an offer are a yes; with no routine running there is
  // nothing else for them to carry on with.
  it.each(['ready', 'go on', 'continue'])('in the first 48 hours, "%s" to the offer walks through the rest position', async (answer) => {
    const t = await seeded({ ...stretchingPhase(), onsetAt: ago(5 * HOURS), pain: [{ score: 5, at: ago(HOURS) }] });
    await t.alexa.say('open back relief coach');
    await t.alexa.say('guide me through the stretches');
    const turn = await t.alexa.say(answer);
    expect(turn.heard?.intent).toBe('AMAZON.ResumeIntent');
    expect(turn.ssml).toContain(en('advice.restPosition.any'));
    expect(turn.ssml).not.toContain(en('stretch:nav.notInRoutine'));
  });

  // "Ready" to "how bad is your pain?" is not an answer, and there is no routine yet: the question stays (it had been
  // dropped for "We're not in a stretching routine right now").
  it('asked for the pain before stretching, "ready" or "next" gets the question again, and the number then starts the routine', async () => {
    const t = await seeded({ ...stretchingPhase(), pain: [] });
    await t.alexa.say('open back relief coach');
    let turn = await t.alexa.say('guide me through the stretches');
    expect(turn.ssml).toContain(en('stretch:gate.askPain'));
    for (const words of ['ready', 'next']) {
      turn = await t.alexa.say(words);
      expect(turn.ssml).toContain(en('stretch:gate.askPainReprompt'));
      expect(turn.ssml).not.toContain(en('stretch:nav.notInRoutine'));
      expect(turn.waitingForAnswer).toBe(true);
    }
    turn = await t.alexa.say('three');
    expect(turn.ssml).toContain(en('stretch:step.settle.first'));
  });

  it('with pain of 7 or more, refuses with what helps instead', async () => {
    const t = await seeded({ ...stretchingPhase(), pain: [{ score: 8, at: ago(HOURS) }] });
    await t.alexa.say('open back relief coach');
    let turn = await t.alexa.say('help me stretch');
    expect(turn.ssml).toContain(en('stretch:gate.severePain'));
    expect(turn.ssml).toContain(en('stretch:gate.instead'));
    turn = await t.alexa.say('go ahead anyway');
    expect(turn.ssml).toContain(en('stretch:gate.severePain'));
    expect((await t.stored()).stretch).toBeUndefined();
  });

  it('with rising pain, holds off', async () => {
    const t = await seeded({ ...stretchingPhase(), pain: [{ score: 2, at: ago(5 * HOURS) }, { score: 4, at: ago(HOURS) }] });
    const turn = await t.alexa.say('ask back relief coach to help me stretch');
    expect(turn.ssml).toContain(en('stretch:gate.risingPain'));
    expect(turn.ssml).toContain(en('stretch:gate.instead'));
  });
});

describe('pacing for a person on the floor', () => {
  it.each([
    ['en-US', en, 'guide me through the stretches', ["let's do it", "ok let's do this", "let's go"]],
    ['es-ES', es, 'guíame en los estiramientos', ['vamos', 'vamos allá', 'va', 'venga vamos allá', 'hagámoslo', 'empecemos', 'vamos a ello']],
  ] as const)('the words people use to say "let\'s go" at "Ready?" start the hold (%s)', async (locale, say, start, answers) => {
    for (const answer of answers) {
      const t = await seeded(stretchingPhase(), { locale });
      const ready = await t.alexa.say(start);
      expect(ready.ssml).toContain(say('stretch:step.kneeToChest.right.ready'));
      const turn = await t.alexa.say(answer);
      expect({ answer, first: turn.ssml.includes(say('stretch:step.kneeToChest.right.first')) }).toEqual({ answer, first: true });
    }
  });

  it('one knee hold a response, with a check-in that names what comes next', async () => {
    const { t, turn: first } = await inRoutine();
    expectCheckIn(first, en('stretch:step.kneeToChest.right.ready'));
    const holds: Turn[] = [];
    for (let i = 0; i < 3; i += 1) holds.push(await t.alexa.say('next'));
    for (const hold of holds) expect(times(hold, en('stretch:hold.timed', { seconds: 25 }))).toBe(1);
    expect(holds[0].ssml).toContain(RIGHT);
    expect(holds[1].ssml).toContain(RIGHT_AGAIN);
    expect(holds[1].ssml).not.toContain(RIGHT);
    expectCheckIn(holds[0], en('stretch:question.moreReps.1'));
    expectCheckIn(holds[2], en('stretch:step.kneeToChest.left.ready'));
  });

  it('no two responses in a row close with the same feedback', async () => {
    const { t, turn: first } = await inRoutine();
    const turns = [first];
    for (let i = 0; i < 8; i += 1) turns.push(await t.alexa.say('next'));
    const feedback = turns.map((turn) => [0, 1, 2, 3].find((n) => turn.ssml.includes(en(`stretch:feedback.set.${n}`))));
    for (let i = 1; i < feedback.length; i += 1) expect(feedback[i]).not.toBe(feedback[i - 1]);
  });

  it('"repeat" repeats the current hold, "go back" the one before', async () => {
    const { t } = await inRoutine(2);
    const repeated = await t.alexa.say('say that again');
    expect(repeated.ssml).toContain(RIGHT_AGAIN);
    expect(times(repeated, en('stretch:hold.timed', { seconds: 25 }))).toBe(1);
    const back = await t.alexa.say('go back');
    expect(back.ssml).toContain(RIGHT);
    expect(times(back, en('stretch:hold.timed', { seconds: 25 }))).toBe(1);
  });

  it('"go back" at the first step says so and plays only the settling in', async () => {
    const { t } = await inRoutine();
    const turn = await t.alexa.say('go back');
    expect(turn.ssml).toContain(en('stretch:nav.firstStep'));
    expect(turn.ssml).toContain(SETTLE);
    expect(turn.ssml).not.toContain(en('stretch:safety.first'));
  });

  it('after a pause, "continue" goes on to the first unfinished hold', async () => {
    const { t } = await inRoutine(1);
    const paused = await t.alexa.say('hold on');
    expect(paused.ssml).toContain(en('stretch:nav.paused'));
    const turn = await t.alexa.say('continue');
    expect(turn.ssml).toContain(RIGHT_AGAIN);
  });

  it.each([
    ['en-US', en, 'open back relief coach', 'yes', 'next'],
    ['es-ES', es, 'abre alivio de espalda', 'sí', 'siguiente'],
  ] as const)('in a new session, picks up at the first unfinished hold, never redoing a finished one (%s)', async (locale, say, open, yes, next) => {
    const t = await seeded(stretchingPhase(), { locale });
    await t.alexa.say(open);
    await t.alexa.say(locale === 'en-US' ? 'guide me through the stretches' : 'guíame en los estiramientos');
    // Settling in and all three right knee holds: the right side is finished.
    let turn: Turn | undefined;
    for (let i = 0; i < 3; i += 1) turn = await t.alexa.say(next);
    expect(turn?.ssml).toContain(say('stretch:step.kneeToChest.left.ready'));
    expect((await t.alexa.silence()).sessionEnded).toBe(true);
    expect((await t.stored()).routine).toMatchObject({ step: 1, side: 'left', rep: 1 });

    t.clock.advance(HOURS);
    turn = await t.alexa.say(open);
    expect(turn.ssml).toContain(say('stretch:resume.offer', { name: say('stretch:step.kneeToChest.left.name') }));
    turn = await t.alexa.say(yes);
    expect(turn.ssml).toContain(say('stretch:resume.picking', { name: say('stretch:step.kneeToChest.left.name') }));
    expect(turn.ssml).toContain(say('stretch:step.kneeToChest.left.first'));
    expect(turn.ssml).not.toContain(say('stretch:step.kneeToChest.right.first'));
  });

  it('a stopped routine picks up at the next hold, even within a side', async () => {
    const { t } = await inRoutine(1);
    const stopped = await t.alexa.say("i'm done");
    expect(stopped.ssml).toContain(en('stretch:stop.saved', { name: en('stretch:step.kneeToChest.right.name') }));
    expect((await t.stored()).routine).toMatchObject({ step: 1, side: 'right', rep: 2 });
    const turn = await t.alexa.say('ask back relief coach to continue');
    // The full instruction again in a new session, for the second hold.
    expect(turn.ssml).toContain(RIGHT);
    expect((await t.stored()).routine).toMatchObject({ step: 1, side: 'right', rep: 3 });
  });

  it('picking up later asks for a fresh pain score first when the last one is old', async () => {
    const { t } = await inRoutine(4);
    await t.alexa.say('stop');
    t.clock.advance(5 * HOURS);
    await t.alexa.say('open back relief coach');
    let turn = await t.alexa.say('yes');
    expect(turn.ssml).toContain(en('stretch:gate.askPain'));
    turn = await t.alexa.say('two');
    expect(turn.ssml).toContain(en('stretch:resume.picking', { name: en('stretch:step.kneeToChest.left.name') }));
    expect(turn.ssml).toContain(LEFT);
  });

  it('forgets the place on "no", and after twelve hours', async () => {
    const { t } = await inRoutine(1);
    await t.alexa.say('stop');
    await t.alexa.say('open back relief coach');
    const turn = await t.alexa.say('no');
    expect(turn.ssml).toContain(en('stretch:resume.declined'));
    expect((await t.stored()).routine).toBeUndefined();
    await t.alexa.say('guide me through the stretches');
    await t.alexa.say('stop');
    t.clock.advance(13 * HOURS);
    expect((await t.alexa.say('open back relief coach')).ssml).not.toContain(en('stretch:resume.offerReprompt'));
    expect((await t.stored()).routine).toBeUndefined();
  });

  it.each([
    ['en-US', en, 'next'],
    ['es-ES', es, 'siguiente'],
  ] as const)('"next" after the last step ends the routine with how to get up off the floor (%s)', async (locale, say, next) => {
    const t = await seeded(stretchingPhase(), { locale });
    let turn = await t.alexa.say(locale === 'en-US' ? 'ask back relief coach to guide me through the stretches' : 'pide a alivio de espalda que me guíe en los estiramientos');
    for (let i = 0; i < 8; i += 1) turn = await t.alexa.say(next);
    expect(turn.ssml).toContain(say('stretch:step.rest.first'));
    expect(turn.ssml).toContain(say('stretch:done.kneeToChest'));
    expect(turn.ssml).toContain(say('stretch:getUp.steps'));
    expectCheckIn(turn, say('stretch:question.again'));
    expect((await t.stored()).stretch).toMatchObject({ completions: [{ routine: 'kneeToChest', at: NOW.toISOString() }] });

    turn = await t.alexa.say(next);
    expect(turn.ssml).toContain(say('stretch:stop.finished.1'));
    expect(turn.ssml).toContain(say('stretch:getUp.reminder'));
    expect(turn.sessionEnded).toBe(true);
    expect((await t.stored()).routine).toBeUndefined();
  });

  it('every way out of a finished routine says how to get up, with a closing that changes from one routine to the next', async () => {
    const { t } = await inRoutine(8);
    let turn = await t.alexa.say('no');
    expect(turn.ssml).toContain(en('stretch:getUp.reminder'));
    const firstClosing = turn.ssml;
    turn = await t.alexa.say('ask back relief coach to guide me through the stretches');
    for (let i = 0; i < 8; i += 1) turn = await t.alexa.say('next');
    turn = await t.alexa.say('stop');
    expect(turn.ssml).toContain(en('stretch:getUp.reminder'));
    expect(turn.ssml).not.toBe(firstClosing);
    expect((await t.stored()).stretch).toMatchObject({ completions: [expect.anything(), expect.anything()] });
  });

  it('"yes" to "go again?" starts over', async () => {
    const { t } = await inRoutine(8);
    const turn = await t.alexa.say('yes');
    expect(turn.ssml).toContain(en('stretch:nav.startOver'));
    expect(turn.ssml).toContain(SETTLE);
  });
});

type Position = 'first' | 'middle' | 'last';
/** Responses from the start: settling in (first), the first left knee hold (middle), the rest (last). */
const AT: Record<Position, number> = { first: 0, middle: 4, last: 8 };
const STEP_AT: Record<Position, string> = { first: SETTLE, middle: LEFT, last: REST };

describe.each(['first', 'middle', 'last'] as const)('navigation at the %s step', (position) => {
  const start = () => inRoutine(AT[position]);

  it('"skip" moves on (after the last step, ends with how to get up)', async () => {
    const { t } = await start();
    const turn = await t.alexa.say('skip');
    if (position === 'last') {
      expect(turn.ssml).toContain(en('stretch:getUp.reminder'));
      expect(turn.sessionEnded).toBe(true);
    } else {
      expect(turn.ssml).toContain({ first: RIGHT, middle: en('stretch:step.kneeToChest.left.again') }[position]);
      expect(turn.waitingForAnswer).toBe(true);
    }
  });

  it('"say that again" plays the same hold without the lead', async () => {
    const { t, turn: step } = await start();
    const turn = await t.alexa.say('say that again');
    expect(turn.ssml).toContain(STEP_AT[position]);
    expect(step.ssml.endsWith(turn.ssml.replace(/^<speak>/, ''))).toBe(true);
  });

  it('"say that again" after words it did not catch plays the same hold, not the apology or the hint', async () => {
    const { t, turn: step } = await start();
    await t.alexa.say('purple elephants dancing');
    const turn = await t.alexa.say('say that again');
    expect(turn).not.toSay('stretch:nav.fallback');
    expect(turn).not.toSay('safety.feltWrongHint');
    expect(step.ssml.endsWith(turn.ssml.replace(/^<speak>/, ''))).toBe(true);
  });

  it('"start over" goes back to settling in', async () => {
    const { t } = await start();
    const turn = await t.alexa.say('start over');
    expect(turn.ssml).toContain(en('stretch:nav.startOver'));
    expect(turn.ssml).toContain(SETTLE);
  });

  it('"slower" and "faster" acknowledge and ask the same question again', async () => {
    const { t, turn: step } = await start();
    const question = /[^.]*\?$/.exec(step.speech)?.[0].trim() ?? '';
    let turn = await t.alexa.say('slower');
    expect(turn.ssml).toContain(en('stretch:nav.slower'));
    expect(turn.speech.endsWith(question)).toBe(true);
    expect(turn.ssml).toContain('<prosody rate="85%">');
    turn = await t.alexa.say('faster');
    expect(turn.ssml).toContain(en('stretch:nav.faster'));
    expect(turn.ssml).not.toContain('<prosody');
  });

  it('"how many more" tells what is left', async () => {
    const { t } = await start();
    const turn = await t.alexa.say('how many more');
    if (position === 'last') expect(turn.ssml).toContain(en('stretch:nav.remainingNone'));
    else expect(turn.speech).toMatch(/^\d+ more to go/);
  });

  it('"help" lists the commands and asks the same question again', async () => {
    const { t } = await start();
    const turn = await t.alexa.say('help');
    expect(turn.ssml).toContain(en('stretch:nav.help'));
    expect(turn.waitingForAnswer).toBe(true);
  });
});

describe('pace', () => {
  it('slower lengthens holds and slows the voice; faster shortens them; the choice is remembered', async () => {
    const { t } = await inRoutine(1);
    await t.alexa.say('slower');
    const slow = await t.alexa.say('say that again');
    await t.alexa.say('faster');
    await t.alexa.say('faster');
    const fast = await t.alexa.say('say that again');
    expect(slow.ssml).toMatch(/^<speak><prosody rate="85%">[\s\S]*<\/prosody><\/speak>$/);
    expect(times(slow, en('stretch:hold.timed', { seconds: 28 }))).toBe(1);
    expect(fast.ssml).toMatch(/^<speak><prosody rate="115%">/);
    expect(times(fast, en('stretch:hold.timed', { seconds: 20 }))).toBe(1);
    await t.alexa.say('slower');
    await t.alexa.say('slower');
    expect((await t.alexa.say('slower')).ssml).toContain(en('stretch:nav.slowest'));
    await t.alexa.say('stop');
    expect((await t.stored()).stretch).toMatchObject({ pace: 'slow' });
    const next = await t.alexa.say('ask back relief coach to guide me through the stretches');
    expect(next.ssml).toMatch(/^<speak><prosody rate="85%">/);
  });

  it('the slow pace keeps talking through a long hold: breaths, then steady lines, never more than 5 s of quiet', async () => {
    const { t } = await inRoutine(1);
    await t.alexa.say('slower');
    const slow = await t.alexa.say('say that again');
    expect(times(slow, en('stretch:hold.timed', { seconds: 28 }))).toBe(1);
    expect(slow).toSay('stretch:hold.breatheIn');
    expect(slow).toSay('stretch:hold.keep');
    expect(longestQuiet(slow.ssml)).toBeLessThanOrEqual(5);
  });

  it.each(['next', 'continue', 'how many more'])('"%s" in the first 48 hours, with no routine and the ice declined, does not invite stretching', async (said) => {
    const t = await seeded({ ...stretchingPhase(), onsetAt: ago(10 * HOURS) });
    expect(await t.alexa.say('open back relief coach')).toSay('offer.iceSession');
    await t.alexa.say('no');
    const turn = await t.alexa.say(said);
    expect(turn).toSay('stretch:nav.nothingToGoOn');
    expect(turn.ssml).not.toContain(en('stretch:nav.notInRoutine'));
    expect(turn.waitingForAnswer).toBe(true);
  });

  it('"slower" outside a routine sets the pace for next time', async () => {
    const t = await seeded(stretchingPhase());
    await t.alexa.say('open back relief coach');
    const turn = await t.alexa.say('slow down');
    expect(turn.ssml).toContain(en('stretch:nav.paceSaved'));
    expect((await t.stored()).stretch).toMatchObject({ pace: 'slow' });
    expect((await t.alexa.say('how many more')).ssml).toContain(en('stretch:nav.notInRoutine'));
  });
});

describe('pain and warning signs during a routine', () => {
  it.each(['that hurts', 'sharp pain', 'ow'])('"%s" stops the routine with the rest position, and asks how bad it is', async (said) => {
    const { t } = await inRoutine(1);
    const turn = await t.alexa.say(said);
    expect(turn.heard?.intent).toBe('PainFlareIntent');
    expect(turn.ssml).toContain(en('stretch:pain.stop'));
    expect(turn.ssml).toContain(en('stretch:pain.ask'));
    expect((await t.stored()).routine).toBeUndefined();
    await t.alexa.say('eight');
    // Routine words after pain ended it: rest, and no invitation to stretch again.
    for (const words of ['next', 'how many more', 'go back']) {
      const after = await t.alexa.say(words);
      expect(after).toSay('stretch:nav.stoppedForPain');
      expect(after.ssml).not.toContain(en('stretch:nav.notInRoutine'));
      expect(after.waitingForAnswer).toBe(true);
    }
  });

  it('"my pain is eight" stops the routine; nothing is offered next time', async () => {
    const { t } = await inRoutine(2);
    const turn = await t.alexa.say('my pain is eight');
    expect(turn.ssml).toContain(en('stretch:pain.stop'));
    expect((await t.stored()).routine).toBeUndefined();
    await t.alexa.say('stop');
    expect((await t.alexa.say('open back relief coach')).ssml).not.toContain(en('stretch:resume.offerReprompt'));
  });

  it.each([
    ['"that hurts", then "stop"', ['that hurts', 'stop']],
    ['"that hurts", a score, then "stop"', ['that hurts', 'eight', 'stop']],
    ['"my pain is eight", then "stop"', ['my pain is eight', 'stop']],
    ['"that hurts", a score, then "no" to "anything else?"', ['that hurts', 'four', 'no']],
  ])('%s: the goodbye says to rest, never that the place is kept', async (_name, said) => {
    const { t } = await inRoutine(1);
    let turn = await t.alexa.say(said[0]);
    for (const words of said.slice(1)) turn = await t.alexa.say(words);
    expect(turn.sessionEnded).toBe(true);
    expect(turn).toSay('stretch:stop.afterPain');
    expect(turn).not.toSay('common.goodbye');
    expect(turn.ssml).not.toContain(en('stretch:stop.saved', { name: '|' }).split('|')[0]);
  });

  it('a mild score is noted and the routine goes on; a rise stops it', async () => {
    const { t } = await inRoutine(1);
    let turn = await t.alexa.say('my pain is a four');
    expect(turn.ssml).toContain(en('stretch:pain.mild'));
    expect(turn.waitingForAnswer).toBe(true);
    expect((await t.alexa.say('yes')).ssml).toContain(RIGHT_AGAIN);
    turn = await t.alexa.say('my pain is a six');
    expect(turn.ssml).toContain(en('stretch:pain.stop'));
  });

  it('a warning sign gets the emergency answer and ends the routine for good', async () => {
    const { t } = await inRoutine(2);
    const turn = await t.alexa.say('i have chest pain');
    expect(turn.sessionEnded).toBe(true);
    expect(turn.ssml).not.toContain(RIGHT);
    expect((await t.stored()).routine).toBeUndefined();
  });
});

describe('a question asked in the middle of a routine', () => {
  it.each([
    ['how long should I use heat', 'HeatingPadIntent'],
    ['how do I get up off the floor', 'GetUpIntent'],
    ['how am I doing', 'ProgressIntent'],
    ['is heat safe for me', 'HeatCautionsIntent'],
  ])('"%s" is answered, then the routine question comes back, not "anything else?"', async (said, intent) => {
    const { t } = await inRoutine(1);
    let turn = await t.alexa.say(said);
    expect(turn.heard?.intent).toBe(intent);
    expect(turn.ssml).toContain(en('stretch:reprompt.next'));
    expect(turn.repromptSsml).toContain(en('stretch:reprompt.next'));
    expect(turn.waitingForAnswer).toBe(true);
    turn = await t.alexa.say('yes');
    expect(turn.ssml).toContain(RIGHT_AGAIN);
  });
});

describe('screens', () => {
  it('shows each hold on a device with APL: name, countdown and progress', async () => {
    const t = await seeded(stretchingPhase(), { conversation: { supportedInterfaces: APL_INTERFACES } });
    await t.alexa.say('open back relief coach');
    await t.alexa.say('guide me through the stretches');
    const turn = await t.alexa.say('yes');
    expect(turn.directives).toEqual(['Alexa.Presentation.APL.RenderDocument']);
    const directive = turn.response.response.directives?.[0] as unknown as { token: string; datasources: { stretchStep: Record<string, unknown> } };
    expect(directive.token).toBe('stretchStep');
    const data = directive.datasources.stretchStep;
    expect(data).toMatchObject({
      stepName: 'The right knee stretch',
      holdSeconds: 25,
      progressText: en('stretch:screen.progress', { count: 2, total: 9 }),
      progressPercent: 22,
    });
    const starts = data.holdStartsMs as number[];
    expect(starts).toHaveLength(1);
    expect(starts[0]).toBeGreaterThan(3000);
    expect((await t.alexa.say('wait')).directives).toEqual([]);
  });

  it('sends nothing extra to a device without a screen', async () => {
    const { turn } = await inRoutine(0);
    expect(turn.directives).toEqual([]);
  });
});

describe('dose', () => {
  it('grows the repetitions from stored completions, one hold a response', async () => {
    const completions = [13, 10, 7, 4, 1].map((days) => ({ routine: 'kneeToChest', at: ago(days * DAYS) }));
    const { t, turn: first } = await inRoutine(0, { ...stretchingPhase(), onsetAt: ago(20 * DAYS), stretch: { completions, pace: 'normal' } });
    expect(first.ssml).toMatch(/Knee to chest: 10 a side/);
    let holds = 0;
    let turn = await t.alexa.say('yes');
    while (!turn.ssml.includes(en('stretch:step.kneeToChest.left.ready'))) {
      holds += times(turn, en('stretch:hold.timed', { seconds: 25 }));
      turn = await t.alexa.say('yes');
    }
    holds += times(turn, en('stretch:hold.timed', { seconds: 25 }));
    expect(holds).toBe(10);
  });
});

describe('"I have osteoporosis"', () => {
  /** OsteoporosisIntent as Alexa sends it (no slots). */
  const osteoporosis = (t: Awaited<ReturnType<typeof seeded>>) =>
    t.alexa.send({ type: 'IntentRequest', dialogState: 'COMPLETED', intent: { name: 'OsteoporosisIntent', confirmationStatus: 'NONE' } });

  it.each([
    ['en-US', en, 'open back relief coach', 'guide me through the stretches'],
    ['es-ES', es, 'abre alivio de espalda', 'guíame en los estiramientos'],
  ] as const)('answering the intro switches to the gentle routine and never ends it (%s)', async (locale, say, open, start) => {
    const t = await seeded(stretchingPhase(), { locale });
    await t.alexa.say(open);
    const intro = await t.alexa.say(start);
    expect(intro.ssml).toContain(say('stretch:safety.osteoporosis'));
    const turn = await osteoporosis(t);
    expect(turn.ssml).toContain(say('stretch:osteoporosis.switch'));
    expect(turn.ssml).toContain(say('stretch:intro.gentle', { minutes: 0 }).split(',')[0]);
    expect(turn.ssml).toContain(say('stretch:step.settle.first'));
    expect(turn.ssml).not.toContain(say('safety.sameDayCare'));
    expect(turn.sessionEnded).toBe(false);
    expectCheckIn(turn, say('stretch:step.pelvicTilt.ready'));
    expect((await t.stored()).stretch).toMatchObject({ routine: 'gentle' });
    expect(JSON.stringify(await t.stored())).not.toMatch(/osteoporosis/i);
    expect((await t.alexa.say(locale === 'en-US' ? 'next' : 'siguiente')).ssml).toContain(say('stretch:step.pelvicTilt.first'));
  });

  it('in the gentle routine, says it is the right one and asks the same question again', async () => {
    const t = await seeded(stretchingPhase());
    await t.alexa.say('open back relief coach');
    const first = await t.alexa.say('start the gentle routine');
    const turn = await osteoporosis(t);
    expect(turn.ssml).toContain(en('stretch:osteoporosis.already'));
    expect(first.speech.endsWith(/[^.]*\?$/.exec(turn.speech)?.[0].trim() ?? 'none')).toBe(true);
    expect(turn.waitingForAnswer).toBe(true);
  });

  it('outside a routine, is noted as the routine to use from then on', async () => {
    const t = await seeded(stretchingPhase());
    await t.alexa.say('open back relief coach');
    const turn = await osteoporosis(t);
    expect(turn.ssml).toContain(en('stretch:osteoporosis.noted'));
    expect(turn.sessionEnded).toBe(false);
    const next = await t.alexa.say('guide me through the stretches');
    expect(next.ssml).toContain(en('stretch:step.settle.first'));
    expectCheckIn(next, en('stretch:step.pelvicTilt.ready'));
  });
});

describe('"stop" mid-routine from a user who keeps no health details', () => {
  it('ends without saying a place is kept', async () => {
    const { t } = await inRoutine(1, { ...stretchingPhase(), healthConsent: { answer: 'no', at: ago(4 * DAYS) } } as Partial<UserState>);
    const turn = await t.alexa.say('stop');
    expect(turn.sessionEnded).toBe(true);
    expect(turn).toSay('common.goodbyeUnkept');
    expect(turn.ssml).not.toContain(en('stretch:stop.saved', { name: '|' }).split('|')[0]);
    expect(turn.speech).not.toContain(linesOf('common.goodbye')[0]);
    expect((await t.stored()).routine).toBeUndefined();
  });
});

describe('"I have osteoporosis" from a user who keeps no health details', () => {
  it('plays the gentle routine for the rest of the conversation, and stores nothing of it', async () => {
    const t = await seeded(
      { ...stretchingPhase(), healthConsent: { answer: 'no', at: ago(4 * DAYS) } } as Partial<UserState>,
      { healthConsent: 'unanswered' },
    );
    await t.alexa.say('open back relief coach');
    await t.alexa.say('my pain is a three');
    const noted = await t.alexa.send({ type: 'IntentRequest', dialogState: 'COMPLETED', intent: { name: 'OsteoporosisIntent', confirmationStatus: 'NONE' } });
    expect(noted.ssml).toContain(en('stretch:osteoporosis.noted'));
    const turn = await t.alexa.say('guide me through the stretches');
    expectCheckIn(turn, en('stretch:step.pelvicTilt.ready'));
    expect(JSON.stringify(await t.stored())).not.toMatch(/gentle/);
  });
});
