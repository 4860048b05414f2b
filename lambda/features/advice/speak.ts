/** Care advice in words, written once: the answer for a topic at the user's stage, with the notes it calls for. */
import { adviceFor, CareTopic } from '../../core/advice';
import { PhaseView, ROUTINE_REVIEW_DAYS } from '../../core/phase';
import { joinSpeech } from '../../speech/ssml';
import { Speech } from '../../speech/i18n';

/**
 * The answer for a topic at the user's stage, with the notes a flare or a long course call for. With no onset
 * known the caller asks for it (onboarding askOnset), so the answer itself does not.
 */
export function speakAdvice(speech: Speech, topic: CareTopic, view: PhaseView): string {
  const advice = adviceFor(topic, view);
  // From day 15, "when should I see a doctor" says that the two weeks have passed.
  const pastReview = topic === 'seeDoctor' && (view.hoursSinceOnset ?? 0) >= ROUTINE_REVIEW_DAYS * 24;
  const keys = pastReview ? ['advice.seeDoctor.twoWeeks'] : [`advice.${topic}.${advice.stage}`, `advice.${topic}.any`];
  return joinSpeech(
    speech.sayFirst(keys, { day: advice.day ?? 1 }),
    // A flare is a rise or one severe score: the note says which, so a first 7 is not called "gone up".
    advice.flare && advice.stage === 'early' && view.phase !== 'ice' ? speech.say(view.pain.trend === 'rising' ? 'advice.flareNote' : 'advice.severeNote') : undefined,
    advice.seeDoctorSoon && topic !== 'seeDoctor' ? speech.say('advice.seeDoctorNote') : undefined,
  );
}
