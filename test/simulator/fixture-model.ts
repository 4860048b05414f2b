/** A small interaction model for the simulator's own tests, independent of the skill's real model. */
import type { InteractionModel } from '../../tools/simulator/model-types';

export const fixtureModel: InteractionModel = {
  interactionModel: {
    languageModel: {
      invocationName: 'back relief coach',
      intents: [
        {
          name: 'PainReportIntent',
          slots: [{ name: 'painScore', type: 'AMAZON.NUMBER' }],
          samples: ['{painScore}', 'a {painScore}', '{painScore} out of ten', 'my pain is {painScore}'],
        },
        {
          name: 'SetOnsetIntent',
          slots: [
            { name: 'onsetDate', type: 'AMAZON.DATE' },
            { name: 'onsetTime', type: 'AMAZON.TIME' },
            { name: 'onsetAgo', type: 'AMAZON.DURATION' },
          ],
          samples: [
            'it started {onsetDate}',
            'it started {onsetAgo} ago',
            'it started at {onsetTime}',
            'it started this {onsetTime}',
            'it started {onsetDate} at {onsetTime}',
          ],
        },
        {
          name: 'IceTimerIntent',
          slots: [{ name: 'length', type: 'AMAZON.DURATION' }],
          samples: ['set an ice timer for {length}', 'ice for {length}'],
        },
        {
          name: 'RedFlagIntent',
          slots: [{ name: 'symptom', type: 'RedFlagSymptom' }],
          samples: ['i have {symptom}', '{symptom}'],
        },
        {
          name: 'PlanIntent',
          slots: [
            { name: 'phase', type: 'CarePhase' },
            { name: 'when', type: 'AMAZON.DATE' },
          ],
          samples: ['what should i do {when}', 'what should i do in the {phase} phase', 'plan for {phase}'],
        },
        { name: 'WhatCanYouDoIntent', samples: ['what can you do', 'continue'] },
        { name: 'AMAZON.HelpIntent', samples: [] },
        { name: 'AMAZON.StopIntent', samples: ["i'm done"] },
        { name: 'AMAZON.CancelIntent', samples: [] },
        { name: 'AMAZON.YesIntent', samples: [] },
        { name: 'AMAZON.NoIntent', samples: [] },
        { name: 'AMAZON.ResumeIntent', samples: [] },
        { name: 'AMAZON.FallbackIntent', samples: [] },
      ],
      types: [
        {
          name: 'RedFlagSymptom',
          values: [
            { id: 'SADDLE_NUMBNESS', name: { value: 'saddle numbness', synonyms: ['numbness between my legs', 'numb groin'] } },
            { id: 'FEVER', name: { value: 'fever', synonyms: ['a temperature', 'high temperature'] } },
            { name: { value: 'chest pain' } },
          ],
        },
        {
          name: 'CarePhase',
          values: [
            { id: 'ACUTE', name: { value: 'acute', synonyms: ['first', 'early'] } },
            { id: 'RECOVERY', name: { value: 'recovery', synonyms: ['later'] } },
          ],
        },
      ],
    },
    dialog: {
      intents: [
        {
          name: 'IceTimerIntent',
          slots: [{ name: 'length', type: 'AMAZON.DURATION', elicitationRequired: false }],
        },
      ],
    },
  },
};

/** Saturday 2026-11-21, 10:00 in New York. */
export const NOW = new Date('2026-11-21T15:00:00Z');
export const ZONE = 'America/New_York';
