/**
 * Plays guided stretch routines turn by turn: the handlers call these, the pure core decides where to go
 * (lambda/core/routine), the speech layer renders the step (lambda/speech/stretch-cues), and every step ends
 * with a short question and a reprompt, so a person on the floor never has to touch anything.
 *
 * The routine in progress lives in the session (what this conversation is doing); its position is also saved
 * in the user's record (under `routine`), so a later session can offer to pick up at the same step.
 */
import { Response } from 'ask-sdk-model';
import { estimateAudioSeconds, wordsPerMinute } from '../../core/audio-time';
import { stretchingAllowed } from '../../core/advice';
import { PainScoreReading } from '../../core/pain';
import { takePainScore } from '../pain/intake';
import {
  changePace,
  dose,
  isLastSegment,
  NavigationCommand,
  navigate,
  remaining,
  resumable,
  Routine,
  RoutinePlan,
  RoutineRun,
  runAt,
  segmentIndex,
  totalSeconds,
  upcoming,
} from '../../core/routine';
import { forgetRoutine, readSavedRoutine, SavedRoutine, readStretchRecord, recordCompletion, saveRoutine, updateStretchRecord } from '../../core/stretch-state';
import { atPace, paceRate } from '../../speech/pacing';
import { joinSpeech } from '../../speech/ssml';
import { planFor, readyQuestion, renderSegment, segmentName } from '../../speech/stretch-cues';
import { reply } from '../../kernel/reply';
import { DEFAULT_ROUTINE, ROUTINES } from './routines';
import { hasScreen, stretchStepDirective } from './screen';
import { Turn } from '../../kernel/turn';

/** A routine is running in this session (possibly finished, with the "go again?" question open). */
export function activeRun(turn: Turn): RoutineRun | undefined {
  const run = turn.session.routine;
  return run && ROUTINES[run.routineId] ? run : undefined;
}

function routineOf(run: RoutineRun): Routine {
  const routine = ROUTINES[run.routineId];
  if (!routine) throw new Error(`Unknown routine ${run.routineId}`);
  return routine;
}

function planOf(turn: Turn, run: RoutineRun): RoutinePlan {
  return planFor(turn.speech, routineOf(run), run.reps, run.pace);
}

interface Closing {
  question: string;
  reprompt: string;
}

/** The question that ends the response for a segment: what comes next, or "go again?" after the last. */
function closingFor(turn: Turn, plan: RoutinePlan, index: number): Closing {
  const { speech } = turn;
  if (isLastSegment(plan, index)) return { question: speech.say('stretch:question.again'), reprompt: speech.say('stretch:reprompt.again') };
  const next = plan.segments[index + 1];
  const question = upcoming(plan, index) === 'moreReps' ? speech.say('stretch:question.moreReps') : readyQuestion(speech, plan.routine, next);
  return { question, reprompt: speech.say('stretch:reprompt.next') };
}

/** Speaks one segment (one response), saves where the routine stands, and shows the step on a screen. */
function playSegment(turn: Turn, run: RoutineRun, index: number, lead: string[] = []): Response {
  const { speech } = turn;
  const plan = planOf(turn, run);
  const routine = plan.routine;
  const segment = plan.segments[index];
  const rendered = renderSegment(speech, routine, segment, run.pace);
  const last = isLastSegment(plan, index);
  const closing = closingFor(turn, plan, index);
  const leadText = joinSpeech(...lead);
  const speak = atPace(
    joinSpeech(
      leadText,
      rendered.ssml,
      speech.say('stretch:feedback.set'),
      last ? speech.sayFirst([`stretch:done.${routine.id}`]) : undefined,
      closing.question,
    ),
    run.pace,
  );
  const firstFinish = last && !run.completed;
  const played = runAt(run, segment, run.completed || last);
  turn.session.routine = played;
  const now = turn.now;
  if (firstFinish) {
    turn.update((user) => {
      recordCompletion(user, routine.id, now);
      forgetRoutine(user);
    });
  } else if (!played.completed) {
    turn.update((user) => saveRoutine(user, played, now));
  }
  if (hasScreen(turn.input)) {
    const leadSeconds = leadText ? estimateAudioSeconds(leadText, paceRate(run.pace), wordsPerMinute(speech.locale)) : 0;
    turn.input.responseBuilder.addDirective(
      stretchStepDirective({
        routineName: capitalise(speech.sayFirst([`stretch:routine.${routine.id}.name`])),
        stepName: capitalise(segmentName(speech, routine, segment)),
        holdSeconds: rendered.holdSeconds,
        holdWord: speech.say('stretch:hold.timed', { seconds: rendered.holdSeconds }).replace(/\.$/, ''),
        holdStartsMs: rendered.holdStarts.map((start) => Math.round((leadSeconds + start) * 1000)),
        progressText: speech.say('stretch:screen.progress', { count: index + 1, total: plan.segments.length }),
        progressPercent: Math.round(((index + 1) / plan.segments.length) * 100),
      }),
    );
  }
  return reply(turn, { speak, ask: { reprompt: closing.reprompt, pending: { kind: 'routine' } } });
}

// ---------------------------------------------------------------------------------------------
// Starting

/** "Guide me through the stretches": gated by phase and pain, then the safety line the first time, then step one. */
export function requestRoutine(turn: Turn, routineId: string = DEFAULT_ROUTINE, insisted = false): Response {
  const view = turn.phase();
  const gate = stretchingAllowed(view);
  const running = activeRun(turn);
  // Someone already stretching in this session passed the gate; pain stops a routine on its own.
  if (!gate.allowed && !running) {
    const mayGoAhead = gate.reason === 'icePhase';
    if (!(mayGoAhead && insisted)) {
      const { speech } = turn;
      return reply(turn, {
        speak: joinSpeech(
          speech.sayFirst([`stretch:gate.${gate.reason}`], { day: view.day ?? 1 }),
          mayGoAhead ? speech.say('stretch:gate.goAheadHint') : undefined,
          speech.say('stretch:gate.offerRest'),
        ),
        ask: { reprompt: speech.say('stretch:gate.offerRestReprompt'), pending: { kind: 'offer', offer: 'restInstead' } },
      });
    }
  }
  return beginRoutine(turn, ROUTINES[routineId] ? routineId : DEFAULT_ROUTINE);
}

function beginRoutine(turn: Turn, routineId: string): Response {
  const { speech } = turn;
  const routine = ROUTINES[routineId];
  const record = readStretchRecord(turn.user);
  const since = turn.user.onsetAt ? new Date(turn.user.onsetAt) : undefined;
  const reps = dose(routine, record.completions, turn.now, since);
  const run: RoutineRun = { routineId, reps, pace: activeRun(turn)?.pace ?? record.pace, step: 0, rep: 1 };
  const plan = planOf(turn, run);
  const lead: string[] = [];
  if (!record.safetyHeardAt) {
    lead.push(speech.say('stretch:safety.first'));
    if (routine.osteoporosisAlternative) lead.push(speech.say('stretch:safety.osteoporosis'));
    lead.push(speech.say('stretch:safety.controls'));
    const heardAt = turn.now.toISOString();
    turn.update((user) => updateStretchRecord(user, (stretch) => ({ ...stretch, safetyHeardAt: stretch.safetyHeardAt ?? heardAt })));
  }
  lead.push(speech.sayFirst([`stretch:intro.${routine.id}`], { reps: Math.max(...reps), minutes: Math.max(2, minutesOf(totalSeconds(plan), plan.segments.length)) }));
  return playSegment(turn, run, 0, lead);
}

// ---------------------------------------------------------------------------------------------
// Navigating

/** next, back, repeat, start over. "Next" after the last step says so instead. */
export function navigateRoutine(turn: Turn, run: RoutineRun, command: NavigationCommand): Response {
  const plan = planOf(turn, run);
  const current = segmentIndex(plan, run);
  const move = navigate(plan, current, command);
  if (move.kind === 'end') {
    return reply(turn, {
      speak: turn.speech.say('stretch:nav.atEnd'),
      ask: { reprompt: turn.speech.say('stretch:reprompt.again'), pending: { kind: 'routine' } },
    });
  }
  const lead: string[] = [];
  if (move.atFirst) lead.push(turn.speech.say('stretch:nav.firstStep'));
  if (command === 'startOver') lead.push(turn.speech.say('stretch:nav.startOver'));
  // Starting over is a new round: finishing it counts again.
  const from: RoutineRun = { ...run };
  if (command === 'startOver') delete from.completed;
  return playSegment(turn, from, move.index, lead);
}

/** "Yes" to the question that closed a step: the next step, or the routine again after the last one. */
export function answerYes(turn: Turn, run: RoutineRun): Response {
  const plan = planOf(turn, run);
  const command = isLastSegment(plan, segmentIndex(plan, run)) ? 'startOver' : 'next';
  return navigateRoutine(turn, run, command);
}

/** "Wait", "hold on", or "no" to "Ready for the other side?": keep the place and the microphone open. */
export function pauseRoutine(turn: Turn): Response {
  const { speech } = turn;
  return reply(turn, {
    speak: speech.say('stretch:nav.paused'),
    ask: { reprompt: speech.say('stretch:nav.pausedReprompt'), pending: { kind: 'routine' } },
  });
}

/** "No" after the last step ("go again?"): done. */
export function finishRoutine(turn: Turn): Response {
  turn.session.routine = undefined;
  return reply(turn, { speak: turn.speech.say('stretch:stop.finished'), end: true });
}

export function isFinished(turn: Turn, run: RoutineRun): boolean {
  const plan = planOf(turn, run);
  return Boolean(run.completed) && isLastSegment(plan, segmentIndex(plan, run));
}

/** "Slower" / "faster": the pace changes holds and speech rate, is remembered, and the same question is asked again. */
export function changeRoutinePace(turn: Turn, direction: 'slower' | 'faster'): Response {
  const { speech } = turn;
  const run = activeRun(turn);
  const { pace, changed } = changePace(run?.pace ?? readStretchRecord(turn.user).pace, direction);
  if (changed) turn.update((user) => updateStretchRecord(user, (stretch) => ({ ...stretch, pace })));
  const said = speech.say(
    direction === 'slower' ? (changed ? 'stretch:nav.slower' : 'stretch:nav.slowest') : changed ? 'stretch:nav.faster' : 'stretch:nav.fastest',
  );
  if (!run) return reply(turn, { speak: joinSpeech(said, changed ? speech.say('stretch:nav.paceSaved') : undefined) });
  const paced: RoutineRun = { ...run, pace };
  turn.session.routine = paced;
  const now = turn.now;
  if (changed && !paced.completed) turn.update((user) => saveRoutine(user, paced, now));
  const plan = planOf(turn, paced);
  const closing = closingFor(turn, plan, segmentIndex(plan, paced));
  return reply(turn, { speak: atPace(joinSpeech(said, closing.question), pace), ask: { reprompt: closing.reprompt, pending: { kind: 'routine' } } });
}

/** "How many more": sets left and about how long, then the same question again. */
export function tellRemaining(turn: Turn): Response {
  const { speech } = turn;
  const run = activeRun(turn);
  if (!run) return notInRoutine(turn);
  const plan = planOf(turn, run);
  const current = segmentIndex(plan, run);
  const left = remaining(plan, current);
  const minutes = minutesOf(left.seconds, left.sets);
  let said: string;
  if (left.sets === 0) said = speech.say('stretch:nav.remainingNone');
  else if (left.sets === 1) said = speech.say('stretch:nav.remainingOne');
  else if (minutes < 2) said = speech.say('stretch:nav.remainingQuick', { count: left.sets });
  else said = speech.say('stretch:nav.remainingMany', { count: left.sets, minutes });
  const closing = closingFor(turn, plan, current);
  return reply(turn, { speak: joinSpeech(said, closing.question), ask: { reprompt: closing.reprompt, pending: { kind: 'routine' } } });
}

/** Help inside a routine: the commands, then the same question again. */
export function routineHelp(turn: Turn, run: RoutineRun): Response {
  const plan = planOf(turn, run);
  const closing = closingFor(turn, plan, segmentIndex(plan, run));
  return reply(turn, {
    speak: joinSpeech(turn.speech.say('stretch:nav.help'), closing.question),
    ask: { reprompt: closing.reprompt, pending: { kind: 'routine' } },
  });
}

export function notInRoutine(turn: Turn): Response {
  return reply(turn, { speak: turn.speech.say('stretch:nav.notInRoutine'), ask: { reprompt: turn.speech.say('common.reprompt') } });
}

// ---------------------------------------------------------------------------------------------
// Stopping

/** "Stop", "I'm done" inside a routine: end the session; the place is kept for next time. */
export function stopRoutine(turn: Turn, run: RoutineRun): Response {
  const { speech } = turn;
  turn.session.routine = undefined;
  if (run.completed) return reply(turn, { speak: speech.say('stretch:stop.finished'), end: true });
  const plan = planOf(turn, run);
  const name = segmentName(speech, plan.routine, plan.segments[segmentIndex(plan, run)]);
  return reply(turn, { speak: speech.say('stretch:stop.saved', { name }), end: true });
}

/** Ends any routine without keeping the place (pain, a warning sign): nothing to resume. */
export function endRoutine(turn: Turn): void {
  turn.session.routine = undefined;
  if (turn.user.routine !== undefined) turn.update(forgetRoutine);
}

/** "That hurts" during a routine: stop, rest position, and ask how bad it is. */
export function stopForPainWords(turn: Turn): Response {
  const { speech } = turn;
  const inRoutine = activeRun(turn) !== undefined;
  endRoutine(turn);
  return reply(turn, {
    speak: joinSpeech(speech.say(inRoutine ? 'stretch:pain.stop' : 'stretch:pain.outside'), speech.say('stretch:pain.ask')),
    ask: { reprompt: speech.say('pain.askReprompt'), pending: { kind: 'pain' } },
  });
}

/**
 * A pain score during a routine: stored like any report; severe (7+) or rising pain stops the routine with the
 * rest position, anything else is noted and the routine goes on.
 */
export function painScoreInRoutine(turn: Turn, run: RoutineRun, reading: PainScoreReading): Response {
  const { speech } = turn;
  const intake = takePainScore(turn, reading);
  if (intake.kind === 'reasked') return intake.response;
  const { score, picture } = intake;
  const recorded = speech.say('pain.recorded', { score });
  if (picture.severe || picture.trend === 'rising') {
    endRoutine(turn);
    return reply(turn, { speak: joinSpeech(recorded, speech.say('stretch:pain.stop')) });
  }
  let comment: string | undefined;
  if (score === 0) comment = speech.say('pain.zero');
  else if (picture.trend === 'easing') comment = speech.say('pain.easing', { previous: intake.previous ?? 0 });
  const plan = planOf(turn, run);
  const closing = closingFor(turn, plan, segmentIndex(plan, run));
  return reply(turn, {
    speak: joinSpeech(recorded, comment, score > 0 ? speech.say('stretch:pain.mild') : undefined, closing.question),
    ask: { reprompt: closing.reprompt, pending: { kind: 'routine' } },
  });
}

// ---------------------------------------------------------------------------------------------
// Picking up in a later session

/** A routine stopped within the last hours that pain does not now forbid; a stale one is forgotten. */
function routineToPickUp(turn: Turn): SavedRoutine | undefined {
  const saved = readSavedRoutine(turn.user, ROUTINES);
  if (!saved) return undefined;
  const gate = stretchingAllowed(turn.phase());
  const painForbids = !gate.allowed && gate.reason !== 'icePhase';
  if (!resumable(saved.savedAt, turn.now) || painForbids) {
    turn.update(forgetRoutine);
    return undefined;
  }
  return saved;
}

/** On launch: a routine stopped within the last hours is offered again, at the same step, unless pain now forbids it. */
export function offerToResume(turn: Turn): Response | undefined {
  const saved = routineToPickUp(turn);
  if (!saved) return undefined;
  const { speech } = turn;
  const plan = planOf(turn, saved);
  const name = segmentName(speech, plan.routine, plan.segments[segmentIndex(plan, saved)]);
  return reply(turn, {
    speak: joinSpeech(speech.say('launch.welcomeBack'), speech.say('stretch:resume.offer', { name })),
    ask: { reprompt: speech.say('stretch:resume.offerReprompt'), pending: { kind: 'offer', offer: 'resumeRoutine' } },
  });
}

/** "Yes" to "Shall we pick up there?": the same step, at the pace last chosen. */
export function acceptResume(turn: Turn): Response {
  const saved = readSavedRoutine(turn.user, ROUTINES);
  if (!saved) return requestRoutine(turn);
  const { savedAt: _savedAt, ...position } = saved;
  const run: RoutineRun = { ...position, pace: readStretchRecord(turn.user).pace };
  const plan = planOf(turn, run);
  const index = segmentIndex(plan, run);
  const name = segmentName(turn.speech, plan.routine, plan.segments[index]);
  return playSegment(turn, run, index, [turn.speech.say('stretch:resume.picking', { name })]);
}

/**
 * Navigation with no routine running in this session ("continue", "next" or "start over" in a new session): a
 * routine stopped recently is picked up at its step, or started over; otherwise there is nothing to navigate.
 */
export function navigateOutside(turn: Turn, command: NavigationCommand | 'pause'): Response {
  const saved = command === 'next' || command === 'startOver' ? routineToPickUp(turn) : undefined;
  if (!saved) return notInRoutine(turn);
  return command === 'startOver' ? requestRoutine(turn, saved.routineId) : acceptResume(turn);
}

/** "No" to "Shall we pick up there?": forget the place. */
export function declineResume(turn: Turn): Response {
  turn.update(forgetRoutine);
  return reply(turn, { speak: turn.speech.say('stretch:resume.declined') });
}

// ---------------------------------------------------------------------------------------------

/** Minutes for the spoken estimate: the guided audio plus about 8 s a set for feedback, the question and the answer. */
function minutesOf(seconds: number, sets: number): number {
  return Math.round((seconds + sets * 8) / 60);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
