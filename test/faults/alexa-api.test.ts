/**
 * Alexa's own APIs failing: errors and hangs from the loopback Alexa API (tools/local-alexa, fault injection),
 * reached through the skill's real service clients and TimeoutApiClient. Whatever the API does, the user hears
 * an answer, within about 3 s, and Alexa's 8 s limit is never near.
 */
import { LocalAlexa, TIMERS_SCOPE, type Fault } from '../../tools/local-alexa';
import { transcript } from '../support/transcript';

/** Saturday noon in Los Angeles, 3 pm in New York. */
const NOW = new Date('2026-11-21T20:00:00Z');

describe('the Alexa Settings API (time zone) failing while the onset is told', () => {
  let local: LocalAlexa;
  beforeAll(async () => {
    local = await LocalAlexa.start({ now: () => NOW });
  });
  afterAll(() => local.close());

  /** A user in session on a device set to Los Angeles time, whose locale's default zone is New York's. */
  async function inSession() {
    const t = transcript({ now: NOW, userId: `amzn1.ask.account.API-${Math.random()}`, timeZone: 'America/Los_Angeles', conversation: { apiEndpoint: local.endpoint } });
    local.attach(t.alexa);
    await t.alexa.say('open back relief coach');
    await t.alexa.say('no');
    return t;
  }

  it('uses the device\'s zone when the API answers', async () => {
    const t = await inSession();
    expect((await t.alexa.say('it started this morning')).speech).toMatch(/^Got it\. That makes today day 1\./);
    expect(await t.stored()).toMatchObject({ timeZone: 'America/Los_Angeles', onsetAt: '2026-11-21T16:00:00.000Z' });
  });

  it('answers when the API hangs (the call is cut off within the turn budget), counting days in the locale\'s zone', async () => {
    const t = await inSession();
    local.failNext('hang', { path: /timeZone/ });
    const turn = await t.alexa.say('it started this morning');
    expect(turn.speech).toMatch(/^Got it\. That makes today day 1\./);
    expect(await t.stored()).toMatchObject({ timeZone: 'America/New_York', onsetAt: '2026-11-21T13:00:00.000Z' });
  });

  it.each<Fault>([401, 403, 404, 429, 500, 503, 504])('answers when the API answers %s', async (fault) => {
    const t = await inSession();
    local.failNext(fault, { path: /timeZone/ });
    const turn = await t.alexa.say('it started this morning');
    expect(turn.speech).toMatch(/^Got it\. That makes today day 1\./);
    expect((await t.stored()).timeZone).toBe('America/New_York');
  });
});

describe('the Alexa Timers API failing when an ice timer is started', () => {
  let local: LocalAlexa;
  // A fresh fake per case: an injected fault the skill did not use up must not leak into the next case.
  beforeEach(async () => {
    local = await LocalAlexa.start({ now: () => NOW });
  });
  afterEach(() => local.close());

  it.each<[Fault, RegExp]>([
    ['hang', /didn't answer in time/],
    [500, /had a problem/],
    [503, /had a problem/],
    [429, /busy/],
    [504, /offline/],
  ])('%s: answered in speech, with a way to carry on without it', async (fault, says) => {
    const t = transcript({
      now: NOW,
      userId: `amzn1.ask.account.TIMERS-${String(fault)}`,
      conversation: { apiEndpoint: local.endpoint, grantedPermissions: [TIMERS_SCOPE] },
    });
    local.attach(t.alexa);
    for (const said of ['open back relief coach', 'no', 'it started this morning', 'yes', 'yes']) await t.alexa.say(said);
    expect(t.turns[t.turns.length - 1].speech).toMatch(/Shall I start a 20 minute ice timer\?/);
    local.failNext(fault, { path: /^\/v1\/alerts\/timers/, times: 5 });
    const turn = await t.alexa.say('yes');
    expect(turn.speech).toMatch(says);
    expect(turn.speech).toMatch(/Set a 20 minute timer on your phone/);
    // The conversation goes on: the skill keeps count of the session itself.
    expect((await t.alexa.say('how long is left on my ice')).speech).toMatch(/about 20 minutes left/);
  });
});
