/**
 * A warning sign the skill misheard can be taken back, and only through the safety check: "you misheard me" asks
 * the warning signs again, and only a "no" to them takes the stored sign off. Before, "no, you misheard me" at "have
 * you been checked?" got the emergency answer again, at every launch.
 */
import { transcript, Transcript } from '../support/transcript';
import '../support/heard';

describe('taking back a misheard warning sign', () => {
  /** A bladder sign told, then at the next launch's "have you been checked?" the words taking it back. */
  async function atMisheardCheck(takeBack: string): Promise<Transcript> {
    const t = transcript();
    await t.alexa.say("tell back relief coach i can't control my bladder");
    await t.alexa.say('open back relief coach');
    await t.alexa.say(takeBack);
    return t;
  }

  it('"no, you misheard me" at "have you been checked?" asks the safety check, and "no" to it clears the sign', async () => {
    const { alexa, stored } = transcript();
    await alexa.say('tell back relief coach i have a fever');
    expect((await stored()).warningSign).toBeDefined();

    let turn = await alexa.say('open back relief coach');
    expect(turn).toSay('safety.gotChecked.question');
    turn = await alexa.say('no you misheard me');
    expect(turn).toSay('safety.misheard.recheck');
    expect(turn).toSay('safety.misheard.question');
    expect(turn).not.toSay('safety.gotChecked.notYet');
    expect(turn.sessionEnded).toBe(false);
    // Nothing is taken off until the check is answered.
    expect((await stored()).warningSign).toBeDefined();

    turn = await alexa.say('no');
    expect(turn).toSay('safety.misheard.cleared');
    expect(turn.sessionEnded).toBe(false);
    const after = await stored();
    expect(after.warningSign).toBeUndefined();
    expect(after.safetyCheckAt).toBeDefined();

    turn = await alexa.say('open back relief coach');
    expect(turn).not.toSay('safety.gotChecked.question');
  });

  it('"yes" to the safety check asked after "you misheard me" is a warning sign: urgent, and the sign stays', async () => {
    const { alexa, stored } = await atMisheardCheck("that's not what i said");
    const turn = await alexa.say('yes');
    expect(turn).toSay('safety.unrecognisedYes');
    expect(turn.sessionEnded).toBe(true);
    expect((await stored()).warningSign).toBeDefined();
  });

  it('"not sure" to that check keeps the sign and the question', async () => {
    const { alexa, stored } = await atMisheardCheck('you misheard me');
    const turn = await alexa.say("i'm not sure");
    expect(turn).toSay('safety.checkUnsure');
    expect(turn.sessionEnded).toBe(false);
    expect((await stored()).warningSign).toBeDefined();
  });

  it('as a one-shot, right after the urgent answer ended the session', async () => {
    const { alexa, stored } = transcript();
    await alexa.say('tell back relief coach i have a fever');
    let turn = await alexa.say('tell back relief coach you misheard me');
    expect(turn).toSay('safety.misheard.recheck');
    expect(turn).toSay('safety.misheard.question');
    turn = await alexa.say('no');
    expect(turn).toSay('safety.misheard.cleared');
    expect((await stored()).warningSign).toBeUndefined();
  });

  it('with no warning sign stored, an apology and the open question again', async () => {
    const { alexa } = transcript();
    await alexa.say('open back relief coach');
    await alexa.say('no');
    let turn = await alexa.say('you misheard me');
    expect(turn).toSay('safety.misheard.sorry');
    expect(turn).toSay('launch.askOnsetReprompt');
    // The onset question is still the one open.
    turn = await alexa.say('it started this morning');
    expect(turn).not.toSay('common.notCaught');
  });

  it('with nothing stored and nothing asked, says what to do', async () => {
    const { alexa } = transcript();
    const turn = await alexa.say('tell back relief coach you misheard me');
    expect(turn).toSay('safety.misheard.nothingToTakeBack');
    expect(turn.sessionEnded).toBe(false);
  });

  it('es-ES: "me has entendido mal" at "¿te han visto?" asks the safety check', async () => {
    const { alexa, stored } = transcript({ locale: 'es-ES', timeZone: 'Europe/Madrid' });
    await alexa.say('abre alivio de espalda');
    await alexa.say('tengo fiebre');
    let turn = await alexa.say('abre alivio de espalda');
    expect(turn).toSay('safety.gotChecked.question', {}, 'es-ES');
    turn = await alexa.say('no me has entendido mal');
    expect(turn).toSay('safety.misheard.recheck', {}, 'es-ES');
    turn = await alexa.say('no');
    expect(turn).toSay('safety.misheard.cleared', {}, 'es-ES');
    expect((await stored()).warningSign).toBeUndefined();
  });
});
