/** What to offer next, from where the user is: ice early or in a flare, heat later, stretching once eased. */
import { PhaseView } from '../../core/phase';
import { SpeechKey } from '../../speech/resources';
import { Offer } from '../../kernel/session-state';

export interface NextStep {
  offer: Offer;
  question: SpeechKey;
  reprompt: SpeechKey;
}

const STEPS: Record<'ice' | 'heat' | 'stretch' | 'prevention', NextStep> = {
  ice: { offer: 'iceSession', question: 'offer.iceSession', reprompt: 'offer.iceSessionReprompt' },
  heat: { offer: 'heatTips', question: 'offer.heatTips', reprompt: 'offer.heatTipsReprompt' },
  stretch: { offer: 'stretchTips', question: 'offer.stretchTips', reprompt: 'offer.stretchTipsReprompt' },
  prevention: { offer: 'preventionTips', question: 'offer.preventionTips', reprompt: 'offer.preventionTipsReprompt' },
};

/** What this Alexa session has already told the user, so a step heard moments ago is not offered again. */
export interface HeardThisSession {
  /** The heat cautions (how to use heat safely, a heat session's set-up, or "is heat safe for me"). */
  heatSafety: boolean;
}

/** The step to offer for the phase, or none when the user heard it in this session already. */
export function nextStepFor(view: PhaseView, heard: HeardThisSession): NextStep | undefined {
  if (view.pain.flare) return STEPS.ice;
  switch (view.phase) {
    case 'heat':
      return heard.heatSafety ? undefined : STEPS.heat;
    case 'stretching':
      return STEPS.stretch;
    case 'prevention':
      return STEPS.prevention;
    default:
      return STEPS.ice;
  }
}

/** The greeting key for a returning user's phase. */
export function phaseGreetingKey(view: PhaseView): SpeechKey {
  if (view.pain.flare) return 'launch.phaseGreeting.flare';
  switch (view.phase) {
    case 'iceOrHeat':
      return 'launch.phaseGreeting.transition';
    case 'heat':
      return 'launch.phaseGreeting.later';
    case 'stretching':
      return 'launch.phaseGreeting.stretching';
    case 'prevention':
      return 'launch.phaseGreeting.recovered';
    default:
      return 'launch.phaseGreeting.early';
  }
}

export function phaseSummaryKey(view: PhaseView): SpeechKey {
  if (view.pain.flare && view.phase !== 'unknown') return 'phaseSummary.early';
  switch (view.phase) {
    case 'ice':
      return 'phaseSummary.early';
    case 'iceOrHeat':
      return 'phaseSummary.transition';
    case 'heat':
      return 'phaseSummary.later';
    case 'stretching':
      return 'phaseSummary.stretching';
    case 'prevention':
      return 'phaseSummary.recovered';
    default:
      return 'phaseSummary.unknown';
  }
}
