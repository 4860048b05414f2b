/**
 * Guided stretching, as a person lying on the floor hears it: started by voice, paced step by step, navigated by
 * voice anywhere in the routine, stopped by pain or a warning sign, resumed in a later session, gated by phase.
 */
import { APL_INTERFACES } from '../../tools/simulator/envelope';
import { Turn } from '../../tools/simulator/conversation';
import { HOURS } from '../support/transcript';
import { ago, breakSeconds, DAYS, NOW, seeded, stretchingPhase } from '../support/stretch';

const SETTLE = /^Lie on your back on the floor, with your knees bent/;
const RIGHT = /^Slowly bring your right knee up toward your chest/;
const LEFT = /^Now the left side\. Slowly bring your left knee up/;
const BOTH = /^Now bring both knees up toward your chest/;
const REST = /^Now rest\./;
const DONE = /That's the whole routine\..*roll onto your side first, then push up onto your hands and knees\. Would you like to go through it again\?$/;

/** Every step response: guided, then a short question, with a reprompt and an open microphone. */
function expectStepTurn(turn: Turn, question: RegExp): void {
  expect(turn.speech).toMatch(question);
  expect(turn.waitingForAnswer).toBe(true);
  expect(turn.reprompt).toMatch(/\?$|stop to finish\.$/);
}

async function inRoutine(steps = 0, state = stretchingPhase()) {
  const t = await seeded(state);
  await t.alexa.say('open back relief coach');
  let turn = await t.alexa.say('guide me through the stretches');
  for (let i = 0; i < steps; i += 1) turn = await t.alexa.say('next');
  return { t, turn };
}

describe('starting a routine', () => {
  it('"yes" to the stretching offer starts the routine, with the safety line the first time only', async () => {
    const t = await seeded(stretchingPhase());
    let turn = await t.alexa.say('open back relief coach');
    expect(turn.speech).toMatch(/gentle stretching can help now\. Would you like to hear how to start stretching\?$/);
    turn = await t.alexa.say('yes');
    expect(turn.speech).toMatch(
      /^Before we start: move slowly and never bounce\. A gentle pull is fine, but if you feel a sharp pain, stop and tell me\. If you have osteoporosis, skip the knee hugs and say: start the gentle routine\. It uses pelvic tilts instead\. As we go, you can say wait, slower, faster, go back, or stop\. Let's do the knee to chest routine, 3 on each side\. It takes about \d+ minutes\. Lie on your back/,
    );
    expectStepTurn(turn, /Well done\. Ready for the first knee stretch\?$/);
    await t.alexa.say('stop');

    turn = await t.alexa.say('ask back relief coach to help me stretch');
    expect(turn.speech).toMatch(/^Let's do the knee to chest routine, 3 on each side\./);
    expect(turn.speech).not.toMatch(/osteoporosis/);
    expect((await t.stored()).stretch).toMatchObject({ safetyHeardAt: NOW.toISOString() });
  });

  it.each(['guide me through the stretches', 'walk me through the stretching routine', 'help me stretch', 'start the gentle routine'])(
    'understands "%s"',
    async (said) => {
      const t = await seeded(stretchingPhase());
      await t.alexa.say('open back relief coach');
      const turn = await t.alexa.say(said);
      expect(turn.heard?.intent).toBe('StartStretchIntent');
      expect(turn.speech).toMatch(/Lie on your back on the floor/);
    },
  );
});

describe('the whole routine, hands free', () => {
  it('goes from settling in to the rest with "yes", "ready" and "next", records the completion, and ends on "no"', async () => {
    const t = await seeded(stretchingPhase());
    await t.alexa.say('open back relief coach');
    let turn = await t.alexa.say('yes');
    expectStepTurn(turn, /Ready for the first knee stretch\?$/);

    turn = await t.alexa.say('yes');
    expect(turn.speech).toMatch(RIGHT);
    expect(turn.speech.match(/Hold for 25 seconds\./g)).toHaveLength(3);
    expect(turn.speech.match(/Three, \[pause 0\.6 s\] two, \[pause 0\.6 s\] one\./g)).toHaveLength(3);
    expect(turn.speech).toMatch(/Breathe in, \[pause 3 s\] and out\./);
    expectStepTurn(turn, /Well done\. Ready for the other side\?$/);

    turn = await t.alexa.say("i'm ready");
    expect(turn.speech).toMatch(LEFT);
    expectStepTurn(turn, /Ready for both knees together\?$/);

    turn = await t.alexa.say('next');
    expect(turn.speech).toMatch(BOTH);
    expect(turn.speech).toMatch(/Rock gently/);
    expectStepTurn(turn, /Ready to rest\?$/);

    turn = await t.alexa.say('continue');
    expect(turn.speech).toMatch(REST);
    expectStepTurn(turn, DONE);
    const stored = await t.stored();
    expect(stored.stretch).toMatchObject({ completions: [{ routine: 'kneeToChest', at: NOW.toISOString() }] });
    expect(stored.routine).toBeUndefined();

    turn = await t.alexa.say('no');
    expect(turn.speech).toBe('Well done today. Take your time getting up.');
    expect(turn.sessionEnded).toBe(true);
  });

  it('plays the gentle routine from the same player: pelvic tilts, knee rolls side to side, rest', async () => {
    const t = await seeded(stretchingPhase());
    let turn = await t.alexa.say('ask back relief coach to start the gentle routine');
    expect(turn.speech).toMatch(/^Before we start: .*stop and tell me\. As we go, .*Let's do the gentle routine, with pelvic tilts and knee rolls\./);
    expect(turn.speech).not.toMatch(/osteoporosis/);
    expectStepTurn(turn, /Ready for the pelvic tilts\?$/);

    turn = await t.alexa.say('yes');
    expect(turn.speech).toMatch(/^Gently tighten your stomach, and press the small of your back into the floor/);
    expect(turn.speech.match(/Hold\. \[pause [\d.]+ s\] And relax\./g)).toHaveLength(5);
    expectStepTurn(turn, /Ready for the knee rolls\?$/);

    turn = await t.alexa.say('yes');
    expect(turn.speech.match(/over to the right/g)).toHaveLength(5);
    expect(turn.speech.match(/over to the left/g)).toHaveLength(5);
    expectStepTurn(turn, /Ready to rest\?$/);

    turn = await t.alexa.say('yes');
    expectStepTurn(turn, /That's the whole gentle routine\..*Would you like to go through it again\?$/);
    expect((await t.stored()).stretch).toMatchObject({ completions: [{ routine: 'gentle' }] });
  });

  it('grows the repetitions from stored completions, splitting a long side across responses', async () => {
    const completions = [13, 10, 7, 4, 1].map((days) => ({ routine: 'kneeToChest', at: ago(days * DAYS) }));
    const { t, turn: first } = await inRoutine(0, { ...stretchingPhase(), onsetAt: ago(20 * DAYS), stretch: { completions, pace: 'normal' } });
    expect(first.speech).toMatch(/Let's do the knee to chest routine, 10 on each side\./);
    let turn = await t.alexa.say('yes');
    const holds: number[] = [];
    holds.push(turn.speech.match(/Hold for 25 seconds/g)?.length ?? 0);
    while (/Ready for a few more\?$/.test(turn.speech)) {
      turn = await t.alexa.say('yes');
      expect(turn.speech).toMatch(/^Slowly bring your right knee up/);
      holds.push(turn.speech.match(/Hold for 25 seconds/g)?.length ?? 0);
    }
    expect(holds.length).toBeGreaterThan(1);
    expect(holds.reduce((a, b) => a + b, 0)).toBe(10);
    expect(turn.speech).toMatch(/Ready for the other side\?$/);
  });
});

type Position = 'first' | 'middle' | 'last';
/** Steps from the start: settling in (first), the left knee (middle), the rest (last). */
const AT: Record<Position, number> = { first: 0, middle: 2, last: 4 };
const STEP_AT: Record<Position, RegExp> = { first: SETTLE, middle: LEFT, last: REST };

describe.each(['first', 'middle', 'last'] as const)('navigation at the %s step', (position) => {
  const start = () => inRoutine(AT[position]);

  it('"skip" moves on (or says it was the last step)', async () => {
    const { t } = await start();
    const turn = await t.alexa.say('skip');
    const expected: Record<Position, RegExp> = { first: RIGHT, middle: BOTH, last: /^That was the last step\. Say start over to go again, or stop to finish\.$/ };
    expect(turn.speech).toMatch(expected[position]);
    expect(turn.waitingForAnswer).toBe(true);
  });

  it('"go back" plays the step before (the first again, at the first)', async () => {
    const { t } = await start();
    const turn = await t.alexa.say('go back');
    const expected: Record<Position, RegExp> = { first: /^This is the first step\. Lie on your back/, middle: RIGHT, last: BOTH };
    expect(turn.speech).toMatch(expected[position]);
    expect((await t.alexa.say('previous')).heard?.intent).toBe('AMAZON.PreviousIntent');
  });

  it('"say that again" repeats the current step', async () => {
    const { t, turn: step } = await start();
    const turn = await t.alexa.say('say that again');
    expect(turn.speech).toMatch(STEP_AT[position]);
    expect(turn.ssml).toBe(step.ssml.replace(/^<speak>[\s\S]*?(?=Lie on your back|Now rest|Now the left)/, '<speak>'));
    expect(turn.waitingForAnswer).toBe(true);
  });

  it('"start over" goes back to settling in', async () => {
    const { t } = await start();
    const turn = await t.alexa.say('start over');
    expect(turn.speech).toMatch(/^Okay, from the top\. Lie on your back on the floor/);
  });

  it('"hold on" pauses, keeping the place; "continue" goes on', async () => {
    const { t } = await start();
    let turn = await t.alexa.say('hold on');
    expect(turn.speech).toBe("Okay, take your time. Say continue when you're ready, or repeat to do that one again.");
    expect(turn.reprompt).toBe("Say continue when you're ready, or stop to finish.");
    turn = await t.alexa.say('continue');
    const expected: Record<Position, RegExp> = { first: RIGHT, middle: BOTH, last: /^That was the last step\./ };
    expect(turn.speech).toMatch(expected[position]);
  });

  it('"slower" and "faster" acknowledge and ask the same question again', async () => {
    const { t, turn: step } = await start();
    const question = /[^.]*\?$/.exec(step.speech)?.[0].trim() ?? '';
    let turn = await t.alexa.say('slower');
    expect(turn.speech).toBe(`Okay, I'll speak slower and hold a little longer. ${question}`);
    expect(turn.ssml).toContain('<prosody rate="85%">');
    turn = await t.alexa.say('faster');
    expect(turn.speech).toBe(`Okay, I'll go a bit quicker, with shorter holds. ${question}`);
    expect(turn.ssml).not.toContain('<prosody');
  });

  it('"how many more" tells what is left', async () => {
    const { t } = await start();
    const turn = await t.alexa.say('how many more');
    const expected: Record<Position, RegExp> = {
      first: /^4 more to go, about \d+ minutes\. Ready for the first knee stretch\?$/,
      middle: /^2 more to go, (about \d+ minutes|only a couple of minutes)\. Ready for both knees together\?$/,
      last: /^That was the last one\. Would you like to go through it again\?$/,
    };
    expect(turn.speech).toMatch(expected[position]);
  });

  it('"I\'m done" ends, keeping the place (or saying well done after the last step)', async () => {
    const { t } = await start();
    const turn = await t.alexa.say("i'm done");
    const expected: Record<Position, string> = {
      first: "Okay, we'll stop there. I've saved your place, so next time we can pick up at settling in.",
      middle: "Okay, we'll stop there. I've saved your place, so next time we can pick up at the left knee stretch.",
      last: 'Well done today. Take your time getting up.',
    };
    expect(turn.speech).toBe(expected[position]);
    expect(turn.sessionEnded).toBe(true);
    expect(Boolean((await t.stored()).routine)).toBe(position !== 'last');
  });

  it('"help" lists the commands and asks the same question again', async () => {
    const { t } = await start();
    const turn = await t.alexa.say('help');
    expect(turn.speech).toMatch(/^I'll talk you through each stretch\. Say ready to go on, wait to pause, go back, repeat, slower, faster, how many more, or stop\./);
    expect(turn.waitingForAnswer).toBe(true);
  });
});

describe('pace', () => {
  it('slower lengthens holds and breaths and slows the voice; faster shortens them; the choice is remembered', async () => {
    const { t } = await inRoutine(1);
    const normal = await t.alexa.say('say that again');
    await t.alexa.say('slower');
    const slow = await t.alexa.say('say that again');
    await t.alexa.say('faster');
    await t.alexa.say('faster');
    const fast = await t.alexa.say('say that again');

    expect(normal.ssml).toMatch(/^<speak>Slowly bring your right knee/);
    expect(normal.speech.match(/Hold for 25 seconds/g)).toHaveLength(3);
    expect(slow.ssml).toMatch(/^<speak><prosody rate="85%">Slowly bring your right knee[\s\S]*<\/prosody><\/speak>$/);
    expect(slow.speech.match(/Hold for 30 seconds/g)).toHaveLength(3);
    expect(slow.ssml).toContain('Breathe in, <break time="4s"/> and out. <break time="5s"/>');
    expect(fast.ssml).toMatch(/^<speak><prosody rate="115%">/);
    expect(fast.speech.match(/Hold for 20 seconds/g)).toHaveLength(3);
    expect(breakSeconds(slow.ssml)).toBeGreaterThan(breakSeconds(normal.ssml));
    expect(breakSeconds(normal.ssml)).toBeGreaterThan(breakSeconds(fast.ssml));

    await t.alexa.say('slower');
    await t.alexa.say('slower');
    expect((await t.alexa.say('slower')).speech).toMatch(/^That's already my slowest pace\./);
    await t.alexa.say('stop');
    expect((await t.stored()).stretch).toMatchObject({ pace: 'slow' });
    const next = await t.alexa.say('ask back relief coach to guide me through the stretches');
    expect(next.ssml).toMatch(/^<speak><prosody rate="85%">/);
  });

  it('"slower" outside a routine sets the pace for next time', async () => {
    const t = await seeded(stretchingPhase());
    await t.alexa.say('open back relief coach');
    const turn = await t.alexa.say('slow down');
    expect(turn.speech).toMatch(/^Okay, I'll speak slower and hold a little longer\. I'll keep that pace next time we stretch\./);
    expect((await t.stored()).stretch).toMatchObject({ pace: 'slow' });
    expect((await t.alexa.say('how many more')).speech).toMatch(/^We're not in a stretching routine right now\./);
  });
});

describe('picking up in a later session', () => {
  it('after the session ends mid-routine, the next launch offers the same step', async () => {
    const { t } = await inRoutine(2);
    const silent = await t.alexa.silence();
    expect(silent.alexaBefore).toBe('Say ready when you want to go on, or stop to finish.');
    expect(silent.sessionEnded).toBe(true);

    t.clock.advance(2 * HOURS);
    let turn = await t.alexa.say('open back relief coach');
    expect(turn.speech).toBe('Welcome back. Last time you stopped at the left knee stretch. Shall we pick up there?');
    turn = await t.alexa.say('yes');
    expect(turn.speech).toMatch(/^Okay, picking up at the left knee stretch\. Now the left side\./);
    expectStepTurn(turn, /Ready for both knees together\?$/);
    expect((await t.alexa.say('next')).speech).toMatch(BOTH);
  });

  it('"continue" or "start over" in a new session picks a stopped routine up; "wait" with nothing running says so', async () => {
    const { t } = await inRoutine(2);
    await t.alexa.say("i'm done");
    let turn = await t.alexa.say('ask back relief coach to continue');
    expect(turn.speech).toMatch(/^Okay, picking up at the left knee stretch\. Now the left side\./);
    await t.alexa.say('stop');
    turn = await t.alexa.say('ask back relief coach to start over');
    expect(turn.speech).toMatch(/^Let's do the knee to chest routine, 3 on each side\..*Lie on your back/);
    await t.alexa.say('stop');
    t.clock.advance(13 * HOURS);
    expect((await t.alexa.say('ask back relief coach to continue')).speech).toMatch(/^We're not in a stretching routine right now\./);
    expect((await t.alexa.say('wait')).speech).toMatch(/^We're not in a stretching routine right now\./);
  });

  it('forgets the place on "no", and after twelve hours', async () => {
    const { t } = await inRoutine(1);
    await t.alexa.say('stop');
    await t.alexa.say('open back relief coach');
    let turn = await t.alexa.say('no');
    expect(turn.speech).toMatch(/^Okay, we'll start fresh next time\./);
    expect((await t.stored()).routine).toBeUndefined();

    await t.alexa.say('guide me through the stretches');
    await t.alexa.say('stop');
    t.clock.advance(13 * HOURS);
    turn = await t.alexa.say('open back relief coach');
    expect(turn.speech).not.toMatch(/Last time you stopped/);
    expect((await t.stored()).routine).toBeUndefined();
  });
});

describe('pain and warning signs during a routine', () => {
  it.each(['that hurts', 'sharp pain', 'ow'])('"%s" stops the routine with the rest position, and asks how bad it is', async (said) => {
    const { t } = await inRoutine(1);
    let turn = await t.alexa.say(said);
    expect(turn.heard?.intent).toBe('PainFlareIntent');
    expect(turn.speech).toBe(
      'Stop there, and gently let your legs down. Rest on your back with your knees bent, or with your lower legs up on a chair seat, and breathe slowly. No more stretching for now. How bad is the pain now, from zero to ten?',
    );
    expect((await t.stored()).routine).toBeUndefined();
    turn = await t.alexa.say('eight');
    expect(turn.speech).toMatch(/noted a 8\. That's a lot of pain\..*No stretching for now\./);
    expect((await t.alexa.say('next')).speech).toMatch(/^We're not in a stretching routine right now\./);
  });

  it('"my pain is eight" stops the routine with rest-position advice; nothing is offered next time', async () => {
    const { t } = await inRoutine(2);
    const turn = await t.alexa.say('my pain is eight');
    expect(turn.speech).toMatch(/^Thanks, I've noted a 8\. Stop there, and gently let your legs down\. Rest on your back/);
    const stored = await t.stored();
    expect(stored.pain.at(-1)?.score).toBe(8);
    expect(stored.routine).toBeUndefined();
    await t.alexa.say('stop');
    expect((await t.alexa.say('open back relief coach')).speech).not.toMatch(/Last time you stopped/);
  });

  it('a rise in pain stops it too; a mild score is noted and the routine goes on', async () => {
    const { t } = await inRoutine(1);
    let turn = await t.alexa.say('my pain is a four');
    expect(turn.speech).toBe("Thanks, I've noted a 4. A gentle pull is fine, but stop if it turns sharp. Ready for the other side?");
    expect((await t.alexa.say('yes')).speech).toMatch(LEFT);
    turn = await t.alexa.say('my pain is a six');
    expect(turn.speech).toMatch(/^Thanks, I've noted a 6\. Stop there/);
  });

  it('"that hurts" outside a routine gets the rest position and the pain question', async () => {
    const t = await seeded(stretchingPhase());
    await t.alexa.say('open back relief coach');
    const turn = await t.alexa.say('ouch that hurts');
    expect(turn.speech).toMatch(/^I'm sorry it hurts\. Rest in a comfortable position: .*How bad is the pain now, from zero to ten\?$/);
    expect((await t.alexa.say('five')).speech).toMatch(/noted a 5/);
  });

  it('a warning sign gets the emergency answer and ends the routine for good', async () => {
    const { t } = await inRoutine(2);
    const turn = await t.alexa.say('i have chest pain');
    expect(turn.speech).toMatch(/^Chest pain or trouble breathing .*This could be serious\. Please call 911/);
    expect(turn.sessionEnded).toBe(true);
    expect((await t.stored()).routine).toBeUndefined();
    expect((await t.alexa.say('open back relief coach')).speech).not.toMatch(/Last time you stopped/);
  });
});

describe('too early to stretch', () => {
  const icePhase = () => ({ ...stretchingPhase(), onsetAt: ago(5 * HOURS), pain: [{ score: 5, at: ago(HOURS) }] });

  it('in the ice phase, says why, offers the rest position, and lets the user go ahead after hearing why', async () => {
    const t = await seeded(icePhase());
    await t.alexa.say('open back relief coach');
    let turn = await t.alexa.say('guide me through the stretches');
    expect(turn.speech).toBe(
      "It's day 1, and in the first two days stretching can stir up a fresh spasm. Resting in a comfortable position, and ice, help more right now. If you'd still like to stretch, say: go ahead anyway. Would you like me to walk you through the rest position?",
    );
    turn = await t.alexa.say('yes');
    expect(turn.speech).toMatch(/^Lie on your back on the floor, with your knees bent and your lower legs resting on the seat of a chair/);

    await t.alexa.say('help me stretch');
    turn = await t.alexa.say('go ahead anyway');
    expect(turn.speech).toMatch(/^Before we start: move slowly/);
    expect(turn.speech).toMatch(/Ready for the first knee stretch\?$/);
  });

  it('with severe pain, says no and does not let the user go ahead', async () => {
    const t = await seeded({ ...stretchingPhase(), pain: [{ score: 8, at: ago(HOURS) }] });
    await t.alexa.say('open back relief coach');
    let turn = await t.alexa.say('help me stretch');
    expect(turn.speech).toBe(
      "Your pain is too strong for stretching right now. Rest in a comfortable position and use ice, and we'll stretch once it eases. Would you like me to walk you through the rest position?",
    );
    turn = await t.alexa.say('go ahead anyway');
    expect(turn.speech).toMatch(/^Your pain is too strong for stretching right now\./);
    expect((await t.stored()).stretch).toBeUndefined();
  });

  it('with rising pain, holds off', async () => {
    const t = await seeded({ ...stretchingPhase(), pain: [{ score: 2, at: ago(5 * HOURS) }, { score: 4, at: ago(HOURS) }] });
    const turn = await t.alexa.say('ask back relief coach to help me stretch');
    expect(turn.speech).toMatch(/^Your pain has gone up, so let's hold off on stretching\./);
  });
});

describe('screens', () => {
  it('shows each step on a device with APL: name, hold countdown and progress', async () => {
    const t = await seeded(stretchingPhase(), { conversation: { supportedInterfaces: APL_INTERFACES } });
    await t.alexa.say('open back relief coach');
    await t.alexa.say('guide me through the stretches');
    const turn = await t.alexa.say('yes');
    expect(turn.directives).toEqual(['Alexa.Presentation.APL.RenderDocument']);
    const directive = turn.response.response.directives?.[0] as unknown as {
      type: string;
      token: string;
      document: { type: string; version: string; mainTemplate: { parameters: string[]; items: Array<Record<string, unknown>> } };
      datasources: { stretchStep: Record<string, unknown> };
    };
    expect(directive.token).toBe('stretchStep');
    expect(directive.document).toMatchObject({ type: 'APL', mainTemplate: { parameters: ['payload'] } });
    expect(directive.document.mainTemplate.items[0].handleTick).toEqual([expect.objectContaining({ minimumDelay: 1000 })]);
    const data = directive.datasources.stretchStep;
    expect(data).toMatchObject({
      routineName: 'The knee to chest routine',
      stepName: 'The right knee stretch',
      holdSeconds: 25,
      holdWord: 'Hold for 25 seconds',
      progressText: 'Set 2 of 5',
      progressPercent: 40,
    });
    const starts = data.holdStartsMs as number[];
    expect(starts).toHaveLength(3);
    expect(starts[0]).toBeGreaterThan(3000);
    expect(starts[1] - starts[0]).toBeGreaterThan(25_000);
    // Every datasource field the document reads is sent.
    const used = new Set([...JSON.stringify(directive.document).matchAll(/payload\.stretchStep\.(\w+)/g)].map((m) => m[1]));
    for (const field of used) expect(data).toHaveProperty(field);

    expect((await t.alexa.say('wait')).directives).toEqual([]);
  });

  it('sends nothing extra to a device without a screen', async () => {
    const { turn } = await inRoutine(0);
    expect(turn.directives).toEqual([]);
  });
});
