/**
 * Name-free and one-shot: Alexa asks the skill (CanFulfillIntentRequest) whether it can answer, say, "how long do
 * I keep ice on my back" before routing it there. The answer is YES for the care questions, NO for the rest, and
 * must have no side effects at all.
 */
import type { RequestEnvelope, Slot } from 'ask-sdk-model';
import { buildSkill } from '../../lambda/kernel/build-skill';
import { CARE_QUESTION_INTENTS } from '../../lambda/features/advice/handlers/care-question';
import { NAME_FREE_INTENTS } from '../../lambda/features/onboarding/handlers/can-fulfill';
import type { SkillStore } from '../../lambda/kernel/user-store';
import { loadModel } from '../support/model';
import { canFulfillRequest } from '../support/raw-requests';

/** A store that fails the test if the skill touches it at all. */
function untouchableStore(): SkillStore & { calls: string[] } {
  const calls: string[] = [];
  const refuse = (name: string) => async () => {
    calls.push(name);
    throw new Error(`CanFulfillIntentRequest must not touch the store (${name})`);
  };
  return {
    calls,
    read: refuse('read'),
    write: refuse('write'),
    quarantine: refuse('quarantine'),
    purge: refuse('purge'),
  };
}

const resolved = (value: string, id: string): Slot => ({
  name: 'symptom',
  value,
  confirmationStatus: 'NONE',
  resolutions: {
    resolutionsPerAuthority: [
      {
        authority: 'amzn1.er-authority.echo-sdk.skill.RedFlagSymptom',
        status: { code: 'ER_SUCCESS_MATCH' },
        values: [{ value: { name: value, id } }],
      },
    ],
  },
});

const unresolved = (value: string): Slot => ({
  name: 'symptom',
  value,
  confirmationStatus: 'NONE',
  resolutions: {
    resolutionsPerAuthority: [
      { authority: 'amzn1.er-authority.echo-sdk.skill.RedFlagSymptom', status: { code: 'ER_SUCCESS_NO_MATCH' }, values: [] },
    ],
  },
});

describe('CanFulfillIntentRequest', () => {
  const store = untouchableStore();
  const skill = buildSkill({ store });
  const ask = (envelope: RequestEnvelope) => skill.invoke(envelope);

  afterEach(() => expect(store.calls).toEqual([]));

  it('covers every care question, and each of them is in the model', () => {
    const model = loadModel('en-US').interactionModel.languageModel.intents.map((intent) => intent.name);
    for (const intent of Object.keys(CARE_QUESTION_INTENTS)) expect(NAME_FREE_INTENTS).toContain(intent);
    for (const intent of NAME_FREE_INTENTS) expect(model).toContain(intent);
    expect(NAME_FREE_INTENTS).toEqual(expect.arrayContaining(['SeeDoctorIntent', 'PhaseStatusIntent', 'SafetyCheckIntent', 'RedFlagIntent']));
  });

  it.each(NAME_FREE_INTENTS.filter((intent) => intent !== 'RedFlagIntent'))('answers YES for %s, silently', async (intent) => {
    const { response, sessionAttributes } = await ask(canFulfillRequest(intent));
    expect(response.canFulfillIntent).toEqual({ canFulfill: 'YES' });
    expect(response.outputSpeech).toBeUndefined();
    expect(response.reprompt).toBeUndefined();
    expect(response.directives ?? []).toEqual([]);
    expect(sessionAttributes ?? {}).toEqual({});
  });

  it.each(['SetOnsetIntent', 'PainReportIntent', 'CapabilitiesIntent', 'AMAZON.StopIntent', 'AMAZON.FallbackIntent', 'SomeOtherSkillsIntent'])(
    'answers NO for %s',
    async (intent) => {
      const { response } = await ask(canFulfillRequest(intent));
      expect(response.canFulfillIntent).toEqual({ canFulfill: 'NO' });
      expect(response.outputSpeech).toBeUndefined();
    },
  );

  it('understands and can act on a recognised warning sign', async () => {
    const { response } = await ask(canFulfillRequest('RedFlagIntent', { symptom: resolved('numbness between my legs', 'SADDLE_NUMBNESS') }));
    expect(response.canFulfillIntent).toEqual({
      canFulfill: 'YES',
      slots: { symptom: { canUnderstand: 'YES', canFulfill: 'YES' } },
    });
  });

  it('answers MAYBE for a warning sign it does not recognise (it would still give the emergency list)', async () => {
    const { response } = await ask(canFulfillRequest('RedFlagIntent', { symptom: unresolved('a funny feeling') }));
    expect(response.canFulfillIntent).toEqual({
      canFulfill: 'MAYBE',
      slots: { symptom: { canUnderstand: 'MAYBE', canFulfill: 'YES' } },
    });
  });

  it('ignores slots Alexa sent without a value', async () => {
    const { response } = await ask(canFulfillRequest('RedFlagIntent', { symptom: { name: 'symptom', confirmationStatus: 'NONE' } }));
    expect(response.canFulfillIntent).toEqual({ canFulfill: 'YES' });
  });
});
