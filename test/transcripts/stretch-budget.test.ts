/**
 * Every step of every routine, at every pace, at the first dose and the largest, in every locale, played through
 * the real skill by a first-time user (so the first step carries the disclaimer and the safety line too): each
 * response is valid SSML within Alexa's limits (checked by the transcript harness), has at most 240 s of audio,
 * a reprompt of at most 90 s, and ends with a question.
 */
import { estimateAudioSeconds, MAX_REPROMPT_AUDIO_SECONDS, MAX_RESPONSE_AUDIO_SECONDS, wordsPerMinute } from '../../lambda/core/audio-time';
import { PACES } from '../../lambda/core/routine';
import { SUPPORTED_LOCALES } from '../../lambda/speech/resources';
import { ROUTINES } from '../../lambda/features/stretching/routines';
import { loadModel } from '../support/model';
import { ago, audioSeconds, DAYS, seeded } from '../support/stretch';
import { HOURS } from '../support/transcript';

/** Completions over 16 days, five or more days of practice: every dose at its maximum. */
const PRACTISED = [16, 13, 10, 7, 4, 1];

function startUtterance(locale: string, routineId: string): string {
  const type = loadModel(locale).interactionModel.languageModel.types?.find((t) => t.name === 'StretchRoutine');
  const name = type?.values?.find((value) => value.id === routineId)?.name.value;
  if (!name) throw new Error(`No StretchRoutine value for ${routineId} in ${locale}`);
  return SPOKEN[language(locale)].start(name);
}

/** What the user says, and how the disclaimer reads, in each language of the skill. */
const SPOKEN = {
  en: { start: (name: string) => `ask back relief coach to start the ${name} routine`, next: 'next', disclaimer: /not medical advice/ },
  es: { start: (name: string) => `pide a alivio de espalda que empiece la rutina ${name}`, next: 'siguiente', disclaimer: /No es consejo médico/ },
} as const;

function language(locale: string): keyof typeof SPOKEN {
  return locale.startsWith('es-') ? 'es' : 'en';
}

const cases = SUPPORTED_LOCALES.flatMap((locale) =>
  Object.keys(ROUTINES).flatMap((routineId) =>
    PACES.flatMap((pace) => (['first', 'largest'] as const).map((dose) => [locale, routineId, pace, dose] as const)),
  ),
);

describe.each(cases)('%s %s at %s pace, %s dose', (locale, routineId, pace, dose) => {
  it('keeps every step within Alexa\'s audio limits and ends it with a question', async () => {
    const t = await seeded(
      {
        onsetAt: ago(20 * DAYS),
        timeZone: 'America/New_York',
        pain: [{ score: 3, at: ago(2 * HOURS) }],
        stretch: {
          pace,
          completions: dose === 'largest' ? PRACTISED.map((days) => ({ routine: routineId, at: ago(days * DAYS) })) : [],
        },
      },
      { locale },
    );
    let turn = await t.alexa.say(startUtterance(locale, routineId));
    expect(turn.speech).toMatch(SPOKEN[language(locale)].disclaimer);
    const seconds: number[] = [];
    for (let step = 0; step < 40; step += 1) {
      seconds.push(audioSeconds(turn.ssml, locale));
      expect(audioSeconds(turn.ssml, locale)).toBeLessThanOrEqual(MAX_RESPONSE_AUDIO_SECONDS);
      // Still inside the limit if Alexa's voice is 20% slower than the estimate's words a minute (150 English, 140 Spanish).
      expect(estimateAudioSeconds(turn.ssml, 0.8, wordsPerMinute(locale))).toBeLessThanOrEqual(MAX_RESPONSE_AUDIO_SECONDS);
      expect(audioSeconds(turn.repromptSsml, locale)).toBeLessThanOrEqual(MAX_REPROMPT_AUDIO_SECONDS);
      expect(turn.speech).toMatch(/\?$/);
      expect(turn.waitingForAnswer).toBe(true);
      if ((await t.stored()).routine === undefined) break;
      turn = await t.alexa.say(SPOKEN[language(locale)].next);
    }
    const stored = await t.stored();
    expect(stored.stretch).toMatchObject({ completions: expect.arrayContaining([expect.objectContaining({ routine: routineId, at: expect.any(String) })]) });
    expect(seconds.length).toBeGreaterThanOrEqual(ROUTINES[routineId].steps.length);
  });
});
