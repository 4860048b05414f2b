import type { Directive, IntentRequest, RequestEnvelope, ResponseEnvelope, ui } from 'ask-sdk-model';
import { ConversationOptions, SkillConversation } from '../../tools/simulator/conversation';
import { APL_INTERFACES, FAKE_SKILL_ID } from '../../tools/simulator/envelope';
import { NOW, ZONE, fixtureModel } from './fixture-model';

interface Reply {
  speak?: string;
  reprompt?: string;
  end?: boolean;
  attributes?: Record<string, unknown>;
  directives?: Directive[];
  card?: ui.Card;
  plain?: boolean;
}

/** A fake skill: answers with the queued replies in order and records every envelope it gets. */
function fakeSkill() {
  const received: RequestEnvelope[] = [];
  const replies: Reply[] = [];
  const invoke = async (envelope: RequestEnvelope): Promise<ResponseEnvelope> => {
    received.push(envelope);
    const reply = replies.shift() ?? { speak: 'OK.', end: true };
    const response: ResponseEnvelope['response'] = {};
    if (reply.speak !== undefined) {
      response.outputSpeech = reply.plain ? { type: 'PlainText', text: reply.speak } : { type: 'SSML', ssml: `<speak>${reply.speak}</speak>` };
    }
    if (reply.reprompt) response.reprompt = { outputSpeech: { type: 'SSML', ssml: `<speak>${reply.reprompt}</speak>` } };
    if (reply.end !== undefined) response.shouldEndSession = reply.end;
    if (reply.directives) response.directives = reply.directives;
    if (reply.card) response.card = reply.card;
    const result: ResponseEnvelope = { version: '1.0', response };
    if (reply.attributes) result.sessionAttributes = reply.attributes;
    return result;
  };
  return { received, replies, invoke };
}

function conversation(skill: ReturnType<typeof fakeSkill>, extra: Partial<ConversationOptions> = {}) {
  return new SkillConversation({
    model: fixtureModel,
    locale: 'en-US',
    userId: 'amzn1.ask.account.TEST',
    invoke: skill.invoke,
    now: () => NOW,
    timeZone: ZONE,
    ...extra,
  });
}

const TIMERS = 'alexa::alerts:timers:skill:readwrite';

describe('SkillConversation sessions', () => {
  it('launches with "open <invocation name>", then carries the session and its attributes', async () => {
    const skill = fakeSkill();
    const chat = conversation(skill);
    skill.replies.push(
      { speak: 'Welcome. How bad is the pain?', reprompt: 'From zero to ten?', end: false, attributes: { step: 'ask-pain' } },
      { speak: 'Noted <break time="10s"/><break time="10s"/> a six.', end: false, attributes: { step: 'done', pain: 6 } },
    );

    const launch = await chat.say('Open Back Relief Coach');
    expect(launch.request.request.type).toBe('LaunchRequest');
    expect(launch.request.session).toMatchObject({ new: true, attributes: {}, application: { applicationId: FAKE_SKILL_ID } });
    expect(launch).toMatchObject({ speech: 'Welcome. How bad is the pain?', reprompt: 'From zero to ten?', sessionEnded: false, waitingForAnswer: true });

    const pain = await chat.say('a six');
    const request = pain.request.request as IntentRequest;
    expect(request.intent.name).toBe('PainReportIntent');
    expect(request.intent.slots?.painScore).toMatchObject({ value: '6', confirmationStatus: 'NONE' });
    expect(pain.request.session).toMatchObject({ new: false, sessionId: launch.request.session?.sessionId, attributes: { step: 'ask-pain' } });
    expect(pain.speech).toBe('Noted [pause 20 s] a six.');
    expect(pain.heard?.intent).toBe('PainReportIntent');
    expect(chat.sessionAttributes).toEqual({ step: 'done', pain: 6 });
  });

  it.each(['launch back relief coach', 'start back relief coach', 'alexa, open back relief coach', 'ask back relief coach'])(
    '"%s" is a launch',
    async (utterance) => {
      const skill = fakeSkill();
      const turn = await conversation(skill).say(utterance);
      expect(turn.request.request.type).toBe('LaunchRequest');
    },
  );

  it('starts a new session after the skill ends one', async () => {
    const skill = fakeSkill();
    const chat = conversation(skill);
    skill.replies.push({ speak: 'Hi.', end: false, attributes: { a: 1 } }, { speak: 'Bye.', end: true }, { speak: 'Again.', end: false });
    const first = await chat.say('open back relief coach');
    const bye = await chat.say('stop');
    expect(bye.sessionEnded).toBe(true);
    expect(chat.sessionOpen).toBe(false);
    const next = await chat.say('help');
    expect(next.request.request.type).toBe('IntentRequest');
    expect(next.request.session?.new).toBe(true);
    expect(next.request.session?.attributes).toEqual({});
    expect(next.request.session?.sessionId).not.toBe(first.request.session?.sessionId);
  });

  it.each([
    ['ask back relief coach what can you do', 'WhatCanYouDoIntent'],
    ['my pain is six using back relief coach', 'PainReportIntent'],
    ['tell back relief coach my pain is six', 'PainReportIntent'],
    ['ask back relief coach to help', 'AMAZON.HelpIntent'],
    ['open back relief coach and help', 'AMAZON.HelpIntent'],
  ])('"%s" is a one-shot in a new session', async (utterance, intent) => {
    const skill = fakeSkill();
    const chat = conversation(skill);
    skill.replies.push({ speak: 'Hi.', end: false });
    await chat.say('open back relief coach');
    const turn = await chat.say(utterance);
    expect(turn.request.session?.new).toBe(true);
    expect(turn.request.request.type).toBe('IntentRequest');
    expect((turn.request.request as IntentRequest).intent.name).toBe(intent);
  });

  it('sends plain words outside a session as a one-shot', async () => {
    const skill = fakeSkill();
    const turn = await conversation(skill).say('my pain is four');
    expect(turn.request.session?.new).toBe(true);
    expect((turn.request.request as IntentRequest).intent.slots?.painScore?.value).toBe('4');
  });

  it('sends every declared slot, and AMAZON.FallbackIntent for words the model does not know', async () => {
    const skill = fakeSkill();
    const chat = conversation(skill);
    const onset = await chat.say('it started yesterday');
    expect((onset.request.request as IntentRequest).intent.slots).toEqual({
      onsetDate: expect.objectContaining({ name: 'onsetDate', value: '2026-11-20' }),
      onsetTime: { name: 'onsetTime', confirmationStatus: 'NONE' },
      onsetAgo: { name: 'onsetAgo', confirmationStatus: 'NONE' },
    });
    const fallback = await chat.say('what is the capital of peru');
    expect((fallback.request.request as IntentRequest).intent).toEqual({ name: 'AMAZON.FallbackIntent', confirmationStatus: 'NONE' });
  });

  it('ends a voice-only session when shouldEndSession is left out, but keeps it on a screen device', async () => {
    const voice = fakeSkill();
    voice.replies.push({ speak: 'Here you go.' });
    const spoken = await conversation(voice).say('open back relief coach');
    expect(spoken).toMatchObject({ sessionEnded: true, waitingForAnswer: false });

    const screen = fakeSkill();
    screen.replies.push({ speak: 'Here you go.', directives: [{ type: 'Alexa.Presentation.APL.RenderDocument', token: 't', document: {} }] });
    const chat = conversation(screen, { supportedInterfaces: APL_INTERFACES });
    const shown = await chat.say('open back relief coach');
    expect(shown).toMatchObject({ sessionEnded: false, waitingForAnswer: false, directives: ['Alexa.Presentation.APL.RenderDocument'] });
    expect(shown.request.context.Viewport).toBeDefined();
    expect(chat.sessionOpen).toBe(true);
  });

  it('reads PlainText speech and reports cards', async () => {
    const skill = fakeSkill();
    skill.replies.push({ speak: 'Plain & simple', plain: true, end: true, card: { type: 'Simple', title: 'Ice', content: '15 minutes' } });
    const turn = await conversation(skill).say('open back relief coach');
    expect(turn.speech).toBe('Plain & simple');
    expect(turn.card).toEqual({ type: 'Simple', title: 'Ice', content: '15 minutes' });
  });

  it('treats "exit" in a session as Alexa does: a SessionEndedRequest, nothing spoken', async () => {
    const skill = fakeSkill();
    const chat = conversation(skill);
    skill.replies.push({ speak: 'Hi.', end: false }, { speak: 'ignored' });
    await chat.say('open back relief coach');
    const turn = await chat.say('exit');
    expect(turn.request.request).toMatchObject({ type: 'SessionEndedRequest', reason: 'USER_INITIATED' });
    expect(turn).toMatchObject({ speech: '', sessionEnded: true });
    expect(chat.sessionOpen).toBe(false);
  });

  it('after silence, speaks the reprompt and ends with EXCEEDED_MAX_REPROMPTS', async () => {
    const skill = fakeSkill();
    const chat = conversation(skill);
    skill.replies.push({ speak: 'How bad?', reprompt: 'Zero to ten?', end: false }, {});
    await chat.say('open back relief coach');
    const turn = await chat.silence();
    expect(turn.request.request).toMatchObject({ type: 'SessionEndedRequest', reason: 'EXCEEDED_MAX_REPROMPTS' });
    expect(turn.alexaBefore).toBe('Zero to ten?');
    expect(turn.request.session?.new).toBe(false);
    expect(turn.sessionEnded).toBe(true);
  });

  it('lets the skill fail loudly and closes the session', async () => {
    const chat = conversation({ received: [], replies: [], invoke: async () => Promise.reject(new Error('boom')) });
    await expect(chat.say('open back relief coach')).rejects.toThrow('boom');
    expect(chat.sessionOpen).toBe(false);
  });
});

describe('SkillConversation permission consent by voice', () => {
  const askForTimers: Directive = {
    type: 'Connections.SendRequest',
    name: 'AskFor',
    payload: { '@type': 'AskForPermissionsConsentRequest', '@version': '1', permissionScope: TIMERS },
    token: 'ice-timer',
  };

  it("suspends the session, asks Alexa's question, and sends the answer as a Connections.Response", async () => {
    const skill = fakeSkill();
    const chat = conversation(skill);
    skill.replies.push(
      { speak: 'Hi.', end: false, attributes: { step: 'offer' } },
      { speak: 'I need your permission for timers.', directives: [askForTimers], attributes: { step: 'asked' } },
      { speak: 'Timer set.', end: true },
    );
    await chat.say('open back relief coach');
    const ask = await chat.say('yes');
    expect(ask.directives).toEqual([`Connections.SendRequest AskFor ${TIMERS}`]);
    expect(ask).toMatchObject({ sessionEnded: false, waitingForAnswer: true });
    expect(ask.alexaAfter).toContain('You can allow Back Relief Coach to create timers');

    const answer = await chat.say('yes');
    expect(answer.request.request).toMatchObject({
      type: 'Connections.Response',
      name: 'AskFor',
      status: { code: '200' },
      token: 'ice-timer',
      payload: { status: 'ACCEPTED', permissionScope: TIMERS, isCardThrown: false },
    });
    expect(answer.request.session).toMatchObject({ new: false, sessionId: ask.request.session?.sessionId, attributes: { step: 'asked' } });
    expect(answer.alexaBefore).toContain('you can change this permission');
    expect(chat.grantedPermissions).toEqual([TIMERS]);
  });

  it('sends DENIED for no, NOT_ANSWERED for anything else, and 400 for a scope the manifest lacks', async () => {
    const answers: Array<[string, string, string | undefined]> = [
      ['no', '200', 'DENIED'],
      ['purple', '200', 'NOT_ANSWERED'],
    ];
    for (const [said, code, status] of answers) {
      const skill = fakeSkill();
      const chat = conversation(skill);
      skill.replies.push({ speak: 'Permission?', directives: [askForTimers] });
      await chat.say('open back relief coach');
      const turn = await chat.say(said);
      expect(turn.request.request).toMatchObject({ type: 'Connections.Response', status: { code }, payload: { status } });
      expect(chat.grantedPermissions).toEqual([]);
    }
    const skill = fakeSkill();
    const chat = conversation(skill, { declaredPermissions: ['alexa::alerts:reminders:skill:readwrite'] });
    skill.replies.push({ speak: 'Permission?', directives: [askForTimers] });
    await chat.say('open back relief coach');
    const turn = await chat.say('yes');
    expect(turn.request.request).toMatchObject({ type: 'Connections.Response', status: { code: '400' } });
    expect(chat.grantedPermissions).toEqual([]);
  });
});

describe('SkillConversation raw requests and dialogs', () => {
  it('launches a task in a new session', async () => {
    const skill = fakeSkill();
    const chat = conversation(skill);
    const task = { name: `${FAKE_SKILL_ID}.IceDone`, version: '1', input: { round: 1 } };
    const turn = await chat.launchTask(task);
    expect(turn.request.request).toMatchObject({ type: 'LaunchRequest', task, locale: 'en-US', timestamp: NOW.toISOString() });
    expect(turn.request.session?.new).toBe(true);
  });

  it('sends any request, with a session or without', async () => {
    const skill = fakeSkill();
    const chat = conversation(skill);
    const event = await chat.send(
      { type: 'AlexaSkillEvent.SkillDisabled', eventCreationTime: NOW.toISOString(), eventPublishingTime: NOW.toISOString() },
      'none',
    );
    expect(event.request.session).toBeUndefined();
    expect(event.request.request).toMatchObject({ type: 'AlexaSkillEvent.SkillDisabled', locale: 'en-US' });
    const response = await chat.respond({ name: 'AskFor', status: { code: '200' }, token: 't', payload: { status: 'DENIED' } });
    expect(response.request.session?.new).toBe(true);
    await expect(chat.end('USER_INITIATED')).rejects.toThrow('No session is open');
  });

  it('sends STARTED for an intent with a dialog model, and fills an elicited slot on the next turn', async () => {
    const skill = fakeSkill();
    const chat = conversation(skill);
    skill.replies.push(
      { speak: 'How long?', end: false, directives: [{ type: 'Dialog.ElicitSlot', slotToElicit: 'length' }] },
      { speak: 'Done.', end: true },
    );
    const ask = await chat.say('set an ice timer for a bit');
    expect(ask.request.request).toMatchObject({ dialogState: 'STARTED', intent: { name: 'IceTimerIntent' } });
    expect(ask.directives).toEqual(['Dialog.ElicitSlot length']);
    const answer = await chat.say('twenty minutes');
    expect(answer.request.request).toMatchObject({
      type: 'IntentRequest',
      dialogState: 'IN_PROGRESS',
      intent: { name: 'IceTimerIntent', slots: { length: { value: 'PT20M' } } },
    });
  });

  it('gives each user a stable device id and the configured API endpoint', async () => {
    const skill = fakeSkill();
    const a = await conversation(skill, { apiEndpoint: 'http://127.0.0.1:5000', apiAccessToken: 'tok' }).say('help');
    const b = await conversation(skill).say('help');
    expect(a.request.context.System).toMatchObject({ apiEndpoint: 'http://127.0.0.1:5000', apiAccessToken: 'tok' });
    expect(a.request.context.System.device?.deviceId).toBe(b.request.context.System.device?.deviceId);
    const other = await conversation(skill, { userId: 'amzn1.ask.account.OTHER' }).say('help');
    expect(other.request.context.System.device?.deviceId).not.toBe(a.request.context.System.device?.deviceId);
  });
});
