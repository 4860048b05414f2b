/**
 * The launched task is completed the way Amazon's custom-task documentation asks: the answer to the task's
 * LaunchRequest carries Tasks.CompleteTask with the status of the definition's 200 response
 * (skill-package/tasks/IceSessionEnded.1.json), and the conversation goes on. A plain launch completes no task.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MINUTES } from '../support/transcript';
import { AlexaTranscript, onboard, transcriptWithAlexa } from '../support/local-alexa';

const taskDefinition = JSON.parse(
  readFileSync(path.resolve(__dirname, '..', '..', 'skill-package', 'tasks', 'IceSessionEnded.1.json'), 'utf8'),
) as { paths: Record<string, { post: { responses: Record<string, unknown> } }>; components: { schemas: { SuccessfulResponse: { properties: Record<string, unknown> } } } };

type Directive = { type: string; status?: { code: string; message: string }; result?: Record<string, unknown> };
const directivesOf = (turn: { response: { response: { directives?: unknown[] } } }) => (turn.response.response.directives ?? []) as Directive[];

async function iceTimerRunning(): Promise<AlexaTranscript> {
  const t = await transcriptWithAlexa({ grant: ['timers'] });
  await onboard(t);
  await t.alexa.say('yes');
  await t.alexa.say('yes');
  await t.alexa.say('yes');
  return t;
}

describe('completing the launched task', () => {
  it('answers the ice task with Tasks.CompleteTask, status 200 and the result the definition describes, and goes on', async () => {
    const t = await iceTimerRunning();
    t.clock.advance(20 * MINUTES);
    const [ended] = t.ringDue();
    const turn = await t.acceptTask(ended);

    const completions = directivesOf(turn).filter((directive) => directive.type === 'Tasks.CompleteTask');
    expect(completions).toEqual([{ type: 'Tasks.CompleteTask', status: { code: '200', message: expect.any(String) }, result: { followedUp: true } }]);
    expect(Object.keys(taskDefinition.paths['/IceSessionEnded'].post.responses)).toContain(completions[0].status?.code);
    expect(Object.keys(completions[0].result ?? {})).toEqual(Object.keys(taskDefinition.components.schemas.SuccessfulResponse.properties));
    // The routine carries on in the same answer: the break timer question.
    expect(turn.sessionEnded).toBe(false);
    expect(turn.speech).toMatch(/\?$/);
  });

  it('completes the break task too, and nothing on a plain launch', async () => {
    const t = await iceTimerRunning();
    t.clock.advance(20 * MINUTES);
    await t.acceptTask(t.ringDue()[0]);
    await t.alexa.say('yes');
    await t.alexa.say('no');
    t.clock.advance(20 * MINUTES);
    const breakOver = await t.acceptTask(t.ringDue()[0]);
    expect(directivesOf(breakOver).filter((directive) => directive.type === 'Tasks.CompleteTask')).toHaveLength(1);

    const launch = await t.alexa.say('open back relief coach');
    expect(directivesOf(launch).filter((directive) => directive.type === 'Tasks.CompleteTask')).toEqual([]);
  });
});
