/**
 * Issue 10's user-facing items, asserted through content keys: a warning sign stops the skill's own timers (by
 * id), a lone number is confirmed, progress is spoken and charted, the ice and heat cautions, getting up off the
 * floor, pain 10, and the same in Spanish where the wording matters.
 */
import { onboard, transcriptWithAlexa } from '../support/local-alexa';
import { transcript } from '../support/transcript';
import { linesOf, sayIntent } from '../support/heard';
import { seeded, stretchingPhase, NOW } from '../support/stretch';
import painChart from '../../content/apl/pain-chart.json';
import { APL_INTERFACES } from '../../tools/simulator/envelope';
import { UserState } from '../../lambda/core/user-state';

describe('a warning sign while an ice timer runs', () => {
  it('gives the urgent answer first, cancels the skill\'s own timer by id (not all timers), says so, and stores the sign', async () => {
    const t = await transcriptWithAlexa({ grant: ['timers'] });
    await onboard(t);
    await t.alexa.say('yes');
    await t.alexa.say('yes');
    await t.alexa.say('yes');
    const [timer] = t.api.activeTimers();
    expect(timer).toBeDefined();
    const turn = await t.alexa.say("tell back relief coach i can't control my bladder");
    expect(turn.speech.startsWith(linesOf('safety.emergencySign.BLADDER')[0])).toBe(true);
    expect(turn).toSay('safety.timersStopped');
    expect(t.api.activeTimers()).toEqual([]);
    const deletes = t.api.requests.filter((request) => request.method === 'DELETE');
    expect(deletes.map((request) => request.path)).toEqual([`/v1/alerts/timers/${timer.id}`]);
    const stored = await t.stored();
    expect(stored.warningSign?.flag).toBe('BLADDER');
    expect((stored.careSessions as { sessions: Array<{ status: string }> }).sessions[0].status).toBe('cancelled');
  });

  it('says nothing about timers when none was running', async () => {
    const { alexa } = transcript();
    const turn = await alexa.say("tell back relief coach i can't control my bladder");
    expect(turn).not.toSay('safety.timersStopped');
  });
});

describe('a lone number', () => {
  it('with no question waiting is confirmed, not stored: "Is that your pain, 7 out of 10?"', async () => {
    const { alexa, stored } = transcript();
    await alexa.say('open back relief coach');
    await alexa.say('no');
    await alexa.say('it started this morning');
    await alexa.say('stop');
    let turn = await alexa.say('tell back relief coach seven');
    expect(turn).toSay('pain.confirm.question', { score: 7 });
    expect(turn.waitingForAnswer).toBe(true);
    expect((await stored()).pain).toEqual([]);
    turn = await alexa.say('yes');
    expect(turn).toSay('pain.recorded', { score: 7 });
    expect((await stored()).pain.map((entry) => entry.score)).toEqual([7]);
  });

  it('"no" to the confirmation stores nothing', async () => {
    const { alexa, stored } = transcript();
    await alexa.say('tell back relief coach seven');
    expect(await alexa.say('no')).toSay('pain.confirm.notStored');
    expect((await stored()).pain).toEqual([]);
  });

  it('is a pain score when the pain was asked for', async () => {
    const { alexa, stored } = transcript();
    await alexa.say('open back relief coach');
    await alexa.say('no');
    await alexa.say('it started this morning');
    await alexa.say('my pain is a');
    const turn = await alexa.say('seven');
    expect(turn).toSay('pain.recorded', { score: 7 });
    expect((await stored()).pain.map((entry) => entry.score)).toEqual([7]);
  });
});

describe('pain 10', () => {
  it('is answered with empathy and same-day help, not "noted"', async () => {
    const { alexa } = transcript();
    await alexa.say('open back relief coach');
    await alexa.say('no');
    await alexa.say('it started this morning');
    const turn = await alexa.say('my pain is a ten');
    expect(turn).toSay('pain.worst');
    expect(turn).not.toSay('pain.recorded', { score: 10 });
  });
});

describe('progress', () => {
  it('"how am I doing" gives the first score against the latest, and the sessions', async () => {
    const t = await seeded({ ...stretchingPhase(), pain: [{ score: 7, at: '2026-11-18T15:00:00.000Z' }, { score: 3, at: '2026-11-21T13:00:00.000Z' }] });
    await t.alexa.say('open back relief coach');
    const turn = await sayIntent(t.alexa, 'ProgressIntent');
    expect(turn).toSay('pain.progress.better', { previous: 7, score: 3 });
    expect(turn).toSay('pain.progress.noSessions');
  });

  it('with no scores says so and asks for one', async () => {
    const { alexa } = transcript();
    await alexa.say('open back relief coach');
    expect(await sayIntent(alexa, 'ProgressIntent')).toSay('pain.progress.noScores');
  });

  it('with no scores, to a user whose details are not kept, asks for one without promising to keep track', async () => {
    const t = await seeded({ ...stretchingPhase(), pain: [], healthConsent: { answer: 'no', at: '2026-11-17T15:00:00.000Z' } } as Partial<UserState>);
    await t.alexa.say('open back relief coach');
    const turn = await sayIntent(t.alexa, 'ProgressIntent');
    expect(turn).toSay('pain.progress.noScoresUnkept');
    expect(turn).not.toSay('pain.progress.noScores');
  });

  it('on a screen device shows a chart of pain over the days (content/apl/pain-chart.json)', async () => {
    const t = await seeded(
      { ...stretchingPhase(), pain: [{ score: 7, at: '2026-11-18T15:00:00.000Z' }, { score: 5, at: '2026-11-19T15:00:00.000Z' }, { score: 3, at: '2026-11-21T13:00:00.000Z' }] },
      { conversation: { supportedInterfaces: APL_INTERFACES } },
    );
    await t.alexa.say('open back relief coach');
    const turn = await sayIntent(t.alexa, 'ProgressIntent');
    const directive = turn.response.response.directives?.find((d) => d.type === 'Alexa.Presentation.APL.RenderDocument') as unknown as {
      token: string;
      datasources: { painChart: { days: Array<{ score: number; barPercent: number }> } };
    };
    expect(directive.token).toBe('painChart');
    expect(directive.datasources.painChart.days.map((day) => day.score)).toEqual([7, 5, 3]);
    expect(directive.datasources.painChart.days.map((day) => day.barPercent)).toEqual([70, 50, 30]);
    // The document binds only what the data holds.
    const text = JSON.stringify(painChart);
    const fields = new Set([...text.matchAll(/payload\.painChart\.(\w+)/g)].map((m) => m[1]));
    expect([...fields].sort()).toEqual(Object.keys(directive.datasources.painChart).sort());
    const dayFields = new Set([...text.matchAll(/\bdata\.(\w+)/g)].map((m) => m[1]));
    for (const field of dayFields) expect(Object.keys(directive.datasources.painChart.days[0])).toContain(field);
  });
});

describe('ice and heat cautions', () => {
  it('on request, and then not again when the ice session starts in the same session', async () => {
    const { alexa } = transcript();
    await alexa.say('open back relief coach');
    await alexa.say('no');
    await alexa.say('it started this morning');
    expect(await sayIntent(alexa, 'IceCautionsIntent')).toSay('advice.iceCautions.any');
    const turn = await alexa.say('start an ice session');
    expect(turn).not.toSay('advice.iceCautions.any');
    expect(turn.speech).toMatch(/towel/);
  });

  it('heat cautions on request', async () => {
    const { alexa } = transcript();
    await alexa.say('open back relief coach');
    expect(await sayIntent(alexa, 'HeatCautionsIntent')).toSay('advice.heatCautions.any');
  });

  it('in Spanish, with the names of the conditions', async () => {
    const { alexa } = transcript({ locale: 'es-ES', timeZone: 'Europe/Madrid' });
    await alexa.say('abre alivio de espalda');
    const turn = await sayIntent(alexa, 'IceCautionsIntent');
    expect(turn).toSay('advice.iceCautions.any', {}, 'es-ES');
    expect(turn.speech).toMatch(/Raynaud.*diabetes/);
  });
});

describe('getting up off the floor', () => {
  it('can be asked: roll to the side, hands and knees, a sturdy chair', async () => {
    const { alexa } = transcript();
    await alexa.say('open back relief coach');
    const turn = await sayIntent(alexa, 'GetUpIntent');
    expect(turn).toSay('advice.getUp.any');
    expect(turn.speech).toMatch(/side.*hands and knees.*sturdy chair/);
  });
});

describe('no dead ends in Spanish either', () => {
  it('"sí" to "¿algo más?" asks what they would like', async () => {
    const { alexa } = transcript({ locale: 'es-ES', timeZone: 'Europe/Madrid', now: NOW });
    await alexa.say('abre alivio de espalda');
    await alexa.say('no');
    await alexa.say('empezó esta mañana');
    await alexa.say('no');
    const turn = await alexa.say('sí');
    expect(turn).toSay('common.whatWouldYouLike.early', {}, 'es-ES');
    expect(turn.waitingForAnswer).toBe(true);
  });
});
