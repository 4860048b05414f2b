/**
 * The skill's own LAUNCH_TASK timer ended and the user said yes: a LaunchRequest carrying the task
 * `<skill id>.IceSessionEnded` with input { sessionId, kind, ... } (alexa/timers SessionTaskInput). The routine goes on:
 * ice off, the skin, rest, and the break timer; or, after a break, the next round. The answer completes the task with
 * Tasks.CompleteTask, as Amazon's custom-task contract asks of the skill that receives a task; the conversation then
 * goes on.
 */
import { RequestHandler } from 'ask-sdk-core';
import { LaunchRequest, interfaces } from 'ask-sdk-model';
import { SESSION_TASK, readSessionTaskInput } from '../../../alexa/timers';
import { taskLaunched } from '../sessions';
import { isRequestType } from '../../../kernel/request';
import { turnOf } from '../../../kernel/turn';

export const SessionTaskHandler: RequestHandler = {
  canHandle: (input) => {
    if (!isRequestType(input, 'LaunchRequest')) return false;
    const task = (input.requestEnvelope.request as LaunchRequest).task;
    const skillId = input.requestEnvelope.context?.System?.application?.applicationId;
    return task?.name === `${skillId}.${SESSION_TASK}`;
  },
  handle(input) {
    const task = (input.requestEnvelope.request as LaunchRequest).task;
    const response = taskLaunched(turnOf(input), readSessionTaskInput(task?.input));
    return { ...response, directives: [...(response.directives ?? []), TASK_COMPLETED] };
  },
};

/** The task definition's 200 response (skill-package/tasks/IceSessionEnded.1.json): the skill followed up. */
const TASK_COMPLETED: interfaces.tasks.CompleteTaskDirective = {
  type: 'Tasks.CompleteTask',
  status: { code: '200', message: 'followed up' },
  result: { followedUp: true },
};
