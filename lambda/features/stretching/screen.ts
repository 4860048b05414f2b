/**
 * What a screen shows during a guided stretch: one card per step (content/apl/stretch-step.json) with the step's
 * name, a countdown of each hold (driven by APL handleTick from the estimated start of each hold) and progress.
 * Sent only to devices that support APL; voice-only devices get nothing extra.
 */
import { HandlerInput, getSupportedInterfaces } from 'ask-sdk-core';
import { interfaces } from 'ask-sdk-model';
import stretchStepDocument from '../../../content/apl/stretch-step.json';

export const STRETCH_APL_TOKEN = 'stretchStep';

export interface StretchStepData {
  routineName: string;
  stepName: string;
  holdSeconds: number;
  /** "Hold for 25 seconds", above the countdown. */
  holdWord: string;
  /** When each hold of the step starts, in ms from the start of the response's speech (estimated). */
  holdStartsMs: number[];
  progressText: string;
  progressPercent: number;
}

export function hasScreen(input: HandlerInput): boolean {
  try {
    return getSupportedInterfaces(input.requestEnvelope)['Alexa.Presentation.APL'] !== undefined;
  } catch {
    return false;
  }
}

export function stretchStepDirective(data: StretchStepData): interfaces.alexa.presentation.apl.RenderDocumentDirective {
  return {
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: STRETCH_APL_TOKEN,
    document: stretchStepDocument as unknown as Record<string, unknown>,
    datasources: { stretchStep: { ...data } },
  };
}
