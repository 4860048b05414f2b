/**
 * Pacing for a person on the floor, measured through the speech layer (lambda/core/audio-time), never a clock:
 * every step of every routine, at every pace, at the first dose and the largest, in every locale, played through the
 * real skill by a user who has not heard the safety line: the intro before the first step is at most 20 s, every
 * response at most 60 s of audio with a reprompt that repeats its question, and "next" after the last step ends
 * the routine with how to get up off the floor.
 */
import { estimateAudioSeconds, MAX_REPROMPT_AUDIO_SECONDS, rateFactor, wordsPerMinute } from '../../lambda/core/audio-time';
import { MAX_INTRO_SECONDS, MAX_STRETCH_RESPONSE_SECONDS, PACES, PROSODY_RATES } from '../../lambda/core/routine';
import { createSpeech } from '../../lambda/speech/i18n';
import { baseLocaleOf, SUPPORTED_LOCALES } from '../../lambda/speech/resources';
import { ROUTINES } from '../../lambda/features/stretching/routines';
import { loadModel } from '../support/model';
import { ago, DAYS, seeded, stretchingPhase } from '../support/stretch';
import { HOURS } from '../support/transcript';

/** Completions over 16 days, five or more days of practice: every dose at its maximum. */
const PRACTISED = [16, 13, 10, 7, 4, 1];

function startUtterance(locale: string, routineId: string): string {
  const type = loadModel(locale).interactionModel.languageModel.types?.find((t) => t.name === 'StretchRoutine');
  const name = type?.values?.find((value) => value.id === routineId)?.name.value;
  if (!name) throw new Error(`No StretchRoutine value for ${routineId} in ${locale}`);
  return SPOKEN[language(locale)].start(name);
}

/** What the user says in each language of the skill. */
const SPOKEN = {
  en: { start: (name: string) => `ask back relief coach to start the ${name} routine`, next: 'next' },
  es: { start: (name: string) => `pide a alivio de espalda que empiece la rutina ${name}`, next: 'siguiente' },
} as const;

function language(locale: string): keyof typeof SPOKEN {
  return locale.startsWith('es-') ? 'es' : 'en';
}

/** Figures for the report: the longest intro and the longest response, by locale. */
const longestIntro: Record<string, number> = {};
const longestResponse: Record<string, number> = {};
afterAll(() => {
  if (process.env.STRETCH_FIGURES) console.log(JSON.stringify({ longestIntro, longestResponse }, null, 1));
});

/**
 * Every pace and dose in the base locales; the slowest pace in each variant (its own wording and model, and the
 * longest responses), which keeps the suite quick.
 */
const cases = SUPPORTED_LOCALES.flatMap((locale) =>
  Object.keys(ROUTINES).flatMap((routineId) =>
    baseLocaleOf(locale) === locale
      ? PACES.flatMap((pace) => (['first', 'largest'] as const).map((dose) => [locale, routineId, pace, dose] as const))
      : [[locale, routineId, 'slow', 'first'] as const],
  ),
);

describe.each(cases)('%s %s at %s pace, %s dose', (locale, routineId, pace, dose) => {
  it('keeps the intro within 20 s, every response within 60 s, and ends with how to get up', async () => {
    const speech = createSpeech(locale, () => 0);
    const routine = ROUTINES[routineId];
    const seconds = (ssml: string) => estimateAudioSeconds(ssml, 1, wordsPerMinute(locale));
    const t = await seeded(
      {
        ...stretchingPhase(),
        onsetAt: ago(20 * DAYS),
        pain: [{ score: 3, at: ago(2 * HOURS) }],
        stretch: {
          pace,
          completions: dose === 'largest' ? PRACTISED.map((days) => ({ routine: routineId, at: ago(days * DAYS) })) : [],
        },
      },
      { locale },
    );
    let turn = await t.alexa.say(startUtterance(locale, routineId));
    // The intro: everything before the first step's instruction, at the pace it is read.
    const firstCue = speech.say('stretch:step.settle.first');
    const at = turn.ssml.indexOf(firstCue);
    expect(at).toBeGreaterThan(0);
    expect(turn.ssml).toContain(speech.say('stretch:safety.first'));
    const intro = estimateAudioSeconds(turn.ssml.slice(0, at), rateFactor(PROSODY_RATES[pace]), wordsPerMinute(locale));
    expect(intro).toBeLessThanOrEqual(MAX_INTRO_SECONDS);
    longestIntro[locale] = Math.max(longestIntro[locale] ?? 0, intro);

    let responses = 0;
    for (; responses < 60; responses += 1) {
      const audio = seconds(turn.ssml);
      longestResponse[locale] = Math.max(longestResponse[locale] ?? 0, audio);
      expect({ response: responses, audio: audio <= MAX_STRETCH_RESPONSE_SECONDS }).toEqual({ response: responses, audio: true });
      expect(seconds(turn.repromptSsml)).toBeLessThanOrEqual(MAX_REPROMPT_AUDIO_SECONDS);
      expect(turn.speech).toMatch(/\?$/);
      expect(turn.waitingForAnswer).toBe(true);
      if ((await t.stored()).routine === undefined) break;
      turn = await t.alexa.say(SPOKEN[language(locale)].next);
    }
    // The last step says that it is the end and how to get up, then asks about going again.
    expect(turn.ssml).toContain(speech.sayFirst([`stretch:done.${routineId}`]));
    expect(turn.ssml).toContain(speech.say('stretch:getUp.steps'));
    expect(turn.ssml).toContain(speech.say('stretch:question.again'));
    expect(responses + 1).toBeGreaterThanOrEqual(routine.steps.length);

    // "next" after the last step: the routine ends, with how to get up, and nothing is left to resume.
    turn = await t.alexa.say(SPOKEN[language(locale)].next);
    expect(turn.ssml).toContain(speech.say('stretch:getUp.reminder'));
    expect(turn.sessionEnded).toBe(true);
    const stored = await t.stored();
    expect(stored.routine).toBeUndefined();
    expect(stored.stretch).toMatchObject({ completions: expect.arrayContaining([expect.objectContaining({ routine: routineId })]) });
  });
});
