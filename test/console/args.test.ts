import { parseArgs } from '../../tools/console/args';
import { renderTurn } from '../../tools/console/render';
import { userIdFor } from '../../tools/console/setup';
import type { Turn } from '../../tools/simulator/conversation';

describe('console arguments', () => {
  it('has defaults and reads every option', () => {
    expect(parseArgs([])).toEqual({ locale: 'en-US', user: 'console', speak: false, help: false });
    expect(parseArgs(['--locale', 'en-GB', '--user=bob', '--speak', '--help'])).toEqual({ locale: 'en-GB', user: 'bob', speak: true, help: true });
  });

  it('rejects unknown options, missing values and odd locales', () => {
    expect(() => parseArgs(['--loud'])).toThrow('Unknown option --loud');
    expect(() => parseArgs(['--user'])).toThrow('--user needs a value');
    expect(() => parseArgs(['--locale', 'english'])).toThrow('--locale must look like en-US');
  });

  it('derives a stable, distinct Alexa user id per name', () => {
    expect(userIdFor('alice')).toBe(userIdFor('alice'));
    expect(userIdFor('alice')).not.toBe(userIdFor('bob'));
    expect(userIdFor('alice')).toMatch(/^amzn1\.ask\.account\.[0-9A-F]{64}$/);
  });
});

describe('console rendering', () => {
  const base = {
    request: { version: '1.0', context: { System: { application: { applicationId: 'a' }, user: { userId: 'u' }, apiEndpoint: 'x' } }, request: { type: 'LaunchRequest', requestId: 'r', timestamp: 't' } },
    response: { version: '1.0', response: {} },
    ssml: '',
    reprompt: '',
    repromptSsml: '',
    directives: [],
  } satisfies Partial<Turn>;

  it('prints the speech, a line per card and directive, and whether Alexa listens', () => {
    const turn: Turn = {
      ...base,
      speech: 'Shall I start a timer?',
      sessionEnded: false,
      waitingForAnswer: true,
      card: { type: 'Simple', title: 'Ice', content: 'Twenty\nminutes' },
      directives: ['Connections.SendRequest AskFor alexa::alerts:timers:skill:readwrite'],
      alexaAfter: 'Would you like to allow this?',
    };
    expect(renderTurn(turn)).toEqual([
      'Alexa: Shall I start a timer?',
      '  [card] Ice: Twenty minutes',
      '  [directive] Connections.SendRequest AskFor alexa::alerts:timers:skill:readwrite',
      "Alexa [Alexa's own words]: Would you like to allow this?",
      '  (Alexa is listening for your answer)',
    ]);
  });

  it('shows what was heard and when the session ended', () => {
    const turn: Turn = {
      ...base,
      speech: 'Bye.',
      sessionEnded: true,
      waitingForAnswer: false,
      heard: { intent: 'PainReportIntent', slots: { painScore: { value: '6', spoken: 'six', type: 'AMAZON.NUMBER' } } },
    };
    expect(renderTurn(turn)).toEqual(['  (heard PainReportIntent painScore="6")', 'Alexa: Bye.', '  (session ended)']);
  });
});

describe('pinning the clock', () => {
  it('reads --now as an instant and --time-zone as an IANA zone', () => {
    expect(parseArgs(['--now', '2026-11-21T06:00:00-05:00', '--time-zone', 'America/New_York'])).toMatchObject({
      startAt: Date.parse('2026-11-21T11:00:00Z'),
      timeZone: 'America/New_York',
    });
  });

  it('refuses a --now that is not a time, and a zone that does not exist', () => {
    expect(() => parseArgs(['--now', 'tomorrowish'])).toThrow(/--now must be an ISO date/);
    expect(() => parseArgs(['--time-zone', 'Mars/Olympus'])).toThrow(/--time-zone must be an IANA zone/);
  });
});
