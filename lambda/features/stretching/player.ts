/**
 * Plays guided stretch routines turn by turn: the handlers call these, the pure core decides whether stretching
 * may start (lambda/core/stretch-gate) and where to go (lambda/core/routine), the speech layer renders each response
 * of at most a minute (lambda/speech/stretch-cues), and every response ends with a check-in and a reprompt that
 * repeats it, so a person on the floor never has to touch anything.
 *
 * The segment last played lives in the session (for "repeat" and "go back"); the first unfinished one is saved in
 * the user's record (under `routine`), so a later session picks up there and never redoes a finished hold.
 */
import { SpeechKey } from '../../speech/resources';
import { Response } from 'ask-sdk-model';
import { estimateAudioSeconds, wordsPerMinute } from '../../core/audio-time';
import { PainScoreReading } from '../../core/pain';
import { stretchGate, StretchGate } from '../../core/stretch-gate';
import { outOfRangeSpeech, takePainScore } from '../pain/intake';
import { isSetUpStep } from '../../kernel/session-state';
import {
  changePace,
  dose,
  firstUnfinished,
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
} from '../../core/routine';
import { forgetRoutine, readSavedRoutine, SavedRoutine, readStretchRecord, recordCompletion, saveRoutine, updateStretchRecord } from '../../core/stretch-state';
import { atPace, paceRate } from '../../speech/pacing';
import { joinSpeech } from '../../speech/ssml';
import { checkIn, introLines, planFor, questionFor, renderSegment, rotating, segmentName } from '../../speech/stretch-cues';
import { goodbyeKey, reply } from '../../kernel/reply';
import { keepsHealthDetails } from '../../core/health-details';
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

/** The question that closes the response for the segment a run stands at, with its reprompt. */
function questionAt(turn: Turn, run: RoutineRun): { question: string; reprompt: string } {
  const plan = planOf(turn, run);
  return questionFor(turn.speech, plan, segmentIndex(plan, run));
}

/**
 * Speaks one segment (one response of at most a minute), then its check-in; keeps the played segment in the
 * session (for "repeat" and "go back") and the first unfinished one in the user's record (for picking up later).
 */
function playSegment(turn: Turn, run: RoutineRun, index: number, lead: string[] = [], fullInstruction = false): Response {
  const { speech } = turn;
  const plan = planOf(turn, run);
  const routine = plan.routine;
  const segment = plan.segments[index];
  const rendered = renderSegment(speech, routine, segment, run.pace, fullInstruction);
  const last = isLastSegment(plan, index);
  const closing = checkIn(speech, plan, index);
  const leadText = joinSpeech(...lead);
  const speak = atPace(joinSpeech(leadText, rendered.ssml, closing.speak), run.pace);
  const firstFinish = last && !run.completed;
  const played = runAt(run, segment, run.completed || last);
  turn.session.routine = played;
  // A routine running again: an earlier one that pain ended no longer decides the goodbye.
  delete turn.session.routineStoppedForPain;
  const now = turn.now;
  const next = firstUnfinished(plan, index);
  if (firstFinish) {
    turn.update((user) => {
      recordCompletion(user, routine.id, now);
      forgetRoutine(user);
    });
  } else if (next !== undefined && !played.completed) {
    const pickUp = runAt(played, plan.segments[next]);
    turn.update((user) => saveRoutine(user, pickUp, now));
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

/** The routine to play: the one asked for, else the one the user chose before (the gentle one), else the default. */
function routineToPlay(turn: Turn, asked?: string): string {
  if (asked && ROUTINES[asked]) return asked;
  const chosen = readStretchRecord(turn.user).routine;
  return chosen && ROUTINES[chosen] ? chosen : DEFAULT_ROUTINE;
}

function gateOf(turn: Turn): StretchGate {
  return stretchGate({ onsetAt: turn.user.onsetAt ? new Date(turn.user.onsetAt) : undefined, pain: turn.user.pain }, turn.now);
}

/**
 * What to say when the gate is not open: ask when it began, ask for a pain score (then decide), or say why not and
 * offer what helps instead. There is no way around a refusal.
 */
function gateReply(turn: Turn, gate: Exclude<StretchGate, { kind: 'allowed' }>, routineId: string, resume: boolean, lead: string[] = []): Response {
  const { speech } = turn;
  if (gate.kind === 'needOnset') {
    return reply(turn, {
      speak: joinSpeech(...lead, speech.say('stretch:gate.needOnset')),
      ask: { reprompt: speech.say('stretch:gate.needOnsetReprompt'), pending: { kind: 'onset' } },
    });
  }
  if (gate.kind === 'needPain') {
    return reply(turn, {
      speak: joinSpeech(...lead, speech.say('stretch:gate.askPain')),
      ask: { reprompt: speech.say('stretch:gate.askPainReprompt'), pending: { kind: 'stretchPain', routine: routineId, resume } },
    });
  }
  return reply(turn, {
    speak: joinSpeech(
      ...lead,
      speech.say(`stretch:gate.${gate.reason}`, { day: turn.phase().day ?? 1 }),
      speech.say('stretch:gate.instead'),
      speech.say('stretch:gate.offerRest'),
    ),
    ask: { reprompt: speech.say('stretch:gate.offerRestReprompt'), pending: { kind: 'offer', offer: 'restInstead' } },
  });
}

/** "Guide me through the stretches": gated by the care protocol (see core/stretch-gate), then the first step. */
export function requestRoutine(turn: Turn, asked?: string): Response {
  const routineId = routineToPlay(turn, asked);
  // Someone already stretching in this session passed the gate; pain stops a routine on its own.
  if (activeRun(turn)) return beginRoutine(turn, routineId);
  const gate = gateOf(turn);
  if (gate.kind !== 'allowed') return gateReply(turn, gate, routineId, false);
  return beginRoutine(turn, routineId);
}

/** The answer to "how bad is your pain right now?" asked before stretching: stored, then the gate decides. */
export function painBeforeStretching(turn: Turn, question: { routine: string; resume: boolean }, reading: PainScoreReading): Response {
  const { speech } = turn;
  if (reading.kind !== 'ok') {
    const speak =
      reading.kind === 'outOfRange' ? outOfRangeSpeech(turn, reading.value) : speech.say('stretch:gate.askPain');
    return reply(turn, { speak, ask: { reprompt: speech.say('stretch:gate.askPainReprompt'), pending: { kind: 'stretchPain', ...question } } });
  }
  const intake = takePainScore(turn, reading);
  if (intake.kind === 'reasked') return intake.response;
  const recorded = speech.say('pain.recorded', { score: intake.score });
  const gate = gateOf(turn);
  if (gate.kind !== 'allowed') return gateReply(turn, gate, question.routine, question.resume, [recorded]);
  if (question.resume && readSavedRoutine(turn.user, ROUTINES)) return resumeSaved(turn, [recorded]);
  return beginRoutine(turn, routineToPlay(turn, question.routine), [recorded]);
}

function beginRoutine(turn: Turn, routineId: string, lead: string[] = []): Response {
  const routine = ROUTINES[routineId];
  const record = readStretchRecord(turn.user);
  const since = turn.user.onsetAt ? new Date(turn.user.onsetAt) : undefined;
  const reps = dose(routine, record.completions, turn.now, since);
  const run: RoutineRun = { routineId, reps, pace: activeRun(turn)?.pace ?? record.pace, step: 0, rep: 1 };
  const plan = planOf(turn, run);
  const firstTime = !record.safetyHeardAt;
  if (firstTime) {
    const heardAt = turn.now.toISOString();
    turn.update((user) => updateStretchRecord(user, (stretch) => ({ ...stretch, safetyHeardAt: stretch.safetyHeardAt ?? heardAt })));
  }
  const minutes = Math.max(2, minutesOf(totalSeconds(plan), plan.segments.length));
  const intro = introLines(turn.speech, routine, { reps: Math.max(...reps), minutes }, firstTime);
  return playSegment(turn, run, 0, [...lead, intro]);
}

/**
 * "I have osteoporosis": knee hugs are not for thin bones (care protocol), so the gentle routine from here on. The
 * choice of routine is kept, not the condition. Inside a routine it switches at once and never ends the routine.
 */
export function osteoporosisSaid(turn: Turn): Response {
  const { speech } = turn;
  const run = activeRun(turn);
  const current = run ? ROUTINES[run.routineId] : ROUTINES[routineToPlay(turn)];
  const gentle = current.osteoporosisAlternative;
  if (gentle) {
    turn.update((user) => {
      updateStretchRecord(user, (stretch) => ({ ...stretch, routine: gentle }));
      if (readSavedRoutine(user, ROUTINES)?.routineId === current.id) forgetRoutine(user);
    });
  }
  if (!run) return reply(turn, { speak: speech.say('stretch:osteoporosis.noted') });
  if (!gentle) {
    const { question, reprompt } = questionAt(turn, run);
    return reply(turn, { speak: joinSpeech(speech.say('stretch:osteoporosis.already'), question), ask: { reprompt, pending: { kind: 'routine' } } });
  }
  turn.session.routine = undefined;
  return beginRoutine(turn, gentle, [speech.say('stretch:osteoporosis.switch')]);
}

// ---------------------------------------------------------------------------------------------
// Navigating

/** next, back, repeat, start over. "Next" after the last step ends the routine, with how to get up. */
export function navigateRoutine(turn: Turn, run: RoutineRun, command: NavigationCommand): Response {
  const plan = planOf(turn, run);
  const current = segmentIndex(plan, run);
  const move = navigate(plan, current, command);
  if (move.kind === 'end') return finishRoutine(turn);
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

/** "Wait", "hold on", or "no" to "Other knee?": keep the place and the microphone open. */
export function pauseRoutine(turn: Turn): Response {
  const { speech } = turn;
  return reply(turn, {
    speak: speech.say('stretch:nav.paused'),
    ask: { reprompt: speech.say('stretch:nav.pausedReprompt'), pending: { kind: 'routine' } },
  });
}

/**
 * The end of a finished routine ("no" to "go again?", "next", "stop"): a closing that changes from one routine to
 * the next (by how many were done), and how to get up off the floor.
 */
export function finishRoutine(turn: Turn): Response {
  const { speech } = turn;
  turn.session.routine = undefined;
  const done = readStretchRecord(turn.user).completions.length;
  return reply(turn, { speak: joinSpeech(rotating(speech, 'stretch:stop.finished', done), speech.say('stretch:getUp.reminder')), end: true });
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
  // The pace lives in the stretch record; a saved place is picked up at whatever pace was chosen last.
  if (changed) turn.update((user) => updateStretchRecord(user, (stretch) => ({ ...stretch, pace })));
  const said = speech.say(
    direction === 'slower' ? (changed ? 'stretch:nav.slower' : 'stretch:nav.slowest') : changed ? 'stretch:nav.faster' : 'stretch:nav.fastest',
  );
  if (!run) return reply(turn, { speak: joinSpeech(said, changed ? speech.say('stretch:nav.paceSaved') : undefined) });
  const paced: RoutineRun = { ...run, pace };
  turn.session.routine = paced;
  const { question, reprompt } = questionAt(turn, paced);
  return reply(turn, { speak: atPace(joinSpeech(said, question), pace), ask: { reprompt, pending: { kind: 'routine' } } });
}

/** "How many more": sets left and about how long, then the same question again. */
export function tellRemaining(turn: Turn): Response {
  const { speech } = turn;
  const run = activeRun(turn);
  if (!run) return notInRoutine(turn);
  const plan = planOf(turn, run);
  const left = remaining(plan, segmentIndex(plan, run));
  const minutes = minutesOf(left.seconds, left.sets);
  let said: string;
  if (left.sets === 0) said = speech.say('stretch:nav.remainingNone');
  else if (left.sets === 1) said = speech.say('stretch:nav.remainingOne');
  else if (minutes < 2) said = speech.say('stretch:nav.remainingQuick', { count: left.sets });
  else said = speech.say('stretch:nav.remainingMany', { count: left.sets, minutes });
  const { question, reprompt } = questionAt(turn, run);
  return reply(turn, { speak: joinSpeech(said, question), ask: { reprompt, pending: { kind: 'routine' } } });
}

/** Help inside a routine: the commands, then the same question again. */
export function routineHelp(turn: Turn, run: RoutineRun): Response {
  const { question, reprompt } = questionAt(turn, run);
  return reply(turn, { speak: joinSpeech(turn.speech.say('stretch:nav.help'), question), ask: { reprompt, pending: { kind: 'routine' } } });
}

/**
 * Routine words with no routine running. Stretching is offered only where it could start: not after pain ended a
 * routine this session (rest), nor while the gate refuses it (the first 48 hours, severe or rising pain).
 */
export function notInRoutine(turn: Turn): Response {
  let key: SpeechKey = 'stretch:nav.notInRoutine';
  if (turn.session.routineStoppedForPain) key = 'stretch:nav.stoppedForPain';
  else if (gateOf(turn).kind === 'refused') key = 'stretch:nav.nothingToGoOn';
  return reply(turn, { speak: turn.speech.say(key), ask: { reprompt: turn.speech.say('common.reprompt') } });
}

// ---------------------------------------------------------------------------------------------
// Stopping

/** "Stop", "I'm done" inside a routine: end the session, keeping the first unfinished hold for next time. */
export function stopRoutine(turn: Turn, run: RoutineRun): Response {
  const { speech } = turn;
  if (run.completed) return finishRoutine(turn);
  turn.session.routine = undefined;
  // The place is a health detail: read back from this turn's state, it may still be there for a user whose details
  // the store drops at the end of the turn, so "I've saved your place" needs both.
  const saved = keepsHealthDetails(turn.user, turn.healthRecords) ? readSavedRoutine(turn.user, ROUTINES) : undefined;
  if (!saved) return reply(turn, { speak: speech.say(goodbyeKey(turn)), end: true });
  const plan = planOf(turn, saved);
  const name = segmentName(speech, plan.routine, plan.segments[segmentIndex(plan, saved)]);
  return reply(turn, { speak: speech.say('stretch:stop.saved', { name }), end: true });
}

/** Ends any routine without keeping the place (pain, a warning sign): nothing to resume. */
export function endRoutine(turn: Turn): void {
  turn.session.routine = undefined;
  if (turn.user.routine !== undefined) turn.update(forgetRoutine);
}

/** Pain ended the routine: nothing to resume, and this session's goodbye says to rest, not that a place is kept. */
function endRoutineForPain(turn: Turn): void {
  endRoutine(turn);
  turn.session.routineStoppedForPain = true;
}

/** "That hurts" during a routine: stop, rest position, and ask how bad it is. */
export function stopForPainWords(turn: Turn): Response {
  const { speech } = turn;
  const inRoutine = activeRun(turn) !== undefined;
  if (inRoutine) endRoutineForPain(turn);
  else endRoutine(turn);
  // Said while an ice or heat session is being set up: that step comes back once the pain is answered.
  const step = turn.session.pending;
  const reprompt = turn.session.lastReprompt;
  if (!inRoutine && isSetUpStep(step) && reprompt) turn.session.afterPain = { question: step, reprompt };
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
    endRoutineForPain(turn);
    return reply(turn, { speak: joinSpeech(recorded, speech.say('stretch:pain.stop')) });
  }
  let comment: string | undefined;
  if (score === 0) comment = speech.say('pain.zero');
  else if (picture.trend === 'easing') comment = speech.say('pain.easing', { previous: intake.previous ?? 0 });
  const { question, reprompt } = questionAt(turn, run);
  return reply(turn, {
    speak: joinSpeech(recorded, comment, score > 0 ? speech.say('stretch:pain.mild') : undefined, question),
    ask: { reprompt, pending: { kind: 'routine' } },
  });
}

// ---------------------------------------------------------------------------------------------
// Picking up in a later session

/** A routine stopped within the last hours that the gate does not now refuse; a stale or refused one is forgotten. */
function routineToPickUp(turn: Turn): SavedRoutine | undefined {
  const saved = readSavedRoutine(turn.user, ROUTINES);
  if (!saved) return undefined;
  const gate = gateOf(turn);
  if (!resumable(saved.savedAt, turn.now) || gate.kind === 'refused' || gate.kind === 'needOnset') {
    turn.update(forgetRoutine);
    return undefined;
  }
  return saved;
}

/** On launch: a routine stopped within the last hours is offered again, at its first unfinished hold. */
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

/** "Yes" to "Shall we pick up there?": through the gate again (pain may have changed), then the first unfinished hold. */
export function acceptResume(turn: Turn): Response {
  const saved = readSavedRoutine(turn.user, ROUTINES);
  if (!saved) return requestRoutine(turn);
  const gate = gateOf(turn);
  if (gate.kind !== 'allowed') return gateReply(turn, gate, saved.routineId, true);
  return resumeSaved(turn);
}

function resumeSaved(turn: Turn, lead: string[] = []): Response {
  const saved = readSavedRoutine(turn.user, ROUTINES);
  if (!saved) return requestRoutine(turn);
  const { savedAt: _savedAt, ...position } = saved;
  const run: RoutineRun = { ...position, pace: readStretchRecord(turn.user).pace };
  const plan = planOf(turn, run);
  const index = segmentIndex(plan, run);
  const name = segmentName(turn.speech, plan.routine, plan.segments[index]);
  return playSegment(turn, run, index, [...lead, turn.speech.say('stretch:resume.picking', { name })], true);
}

/**
 * Navigation with no routine running in this session ("continue", "next" or "start over" in a new session): a
 * routine stopped recently is picked up at its first unfinished hold, or started over; otherwise there is nothing
 * to navigate.
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

/** Minutes for the spoken estimate: each response as measured, plus about 5 s a set for the user's answer. */
function minutesOf(seconds: number, sets: number): number {
  return Math.round((seconds + sets * 5) / 60);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
