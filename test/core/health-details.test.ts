/** The one classification of health details, and what may be stored of a state in each mode and consent. */
import {
  MAX_OWN_ALERTS,
  consentUnanswered,
  healthDetailsOf,
  holdsHealthDetails,
  keepsHealthDetails,
  ownAlertsOf,
  storableState,
  withoutHealthDetails,
} from '../../lambda/core/health-details';

const AT = '2026-11-21T15:00:00.000Z';
const FULL = {
  version: 1,
  onsetAt: '2026-11-21T13:00:00.000Z',
  pain: [{ score: 6, at: AT }],
  timeZone: 'America/New_York',
  disclaimerHeardAt: AT,
  safetyCheckAt: AT,
  careSessions: {
    seq: 2,
    sessions: [
      { id: 'ice-1', kind: 'ice', startedAt: AT, plannedMinutes: 20, status: 'ended', mode: 'launchTask', timerId: 'timer-1' },
      { id: 'ice-2', kind: 'ice', startedAt: AT, plannedMinutes: 20, status: 'running', mode: 'launchTask', timerId: 'timer-2' },
    ],
    iceBreak: { id: 'ice-1-break', sessionId: 'ice-1', startedAt: AT, minutes: 20, dueAt: AT, mode: 'launchTask', status: 'ended', timerId: 'timer-b' },
    reminders: { alertToken: 'reminder-1', until: AT },
  },
  routine: { routineId: 'gentle', step: 2, savedAt: AT },
  stretch: { completions: [{ routine: 'gentle', at: AT }], pace: 'slow', safetyHeardAt: AT },
  warningSign: { flag: 'BLADDER', at: AT },
  somethingNew: { said: 'by a later feature' },
};
const YES = { healthConsent: { answer: 'yes', at: AT } };
const NO = { healthConsent: { answer: 'no', at: AT } };

describe('health details', () => {
  it('are everything but the listed markers: onset, pain, care sessions, routine, completions, which warning sign, and any new field', () => {
    expect(Object.keys(healthDetailsOf(FULL)).sort()).toEqual(['careSessions', 'onsetAt', 'pain', 'routine', 'somethingNew', 'stretch', 'warningSign']);
    expect(healthDetailsOf(FULL).stretch).toEqual({ completions: [{ routine: 'gentle', at: AT }] });
    expect(holdsHealthDetails({ version: 1, pain: [], disclaimerHeardAt: AT, ...NO })).toBe(false);
    expect(holdsHealthDetails({ version: 1, pain: [], stretch: { completions: [], pace: 'slow' } })).toBe(false);
  });

  it('without them, a state keeps its markers, the ids of the skill\'s own alerts, and the safety follow-up as a bare marker', () => {
    expect(withoutHealthDetails({ ...FULL, ...NO })).toEqual({
      version: 1,
      pain: [],
      timeZone: 'America/New_York',
      disclaimerHeardAt: AT,
      safetyCheckAt: AT,
      ...NO,
      stretch: { completions: [], pace: 'slow', safetyHeardAt: AT },
      warningSign: { flag: 'UNSPECIFIED', at: AT },
      ownAlerts: { timers: ['timer-1', 'timer-2', 'timer-b'], reminders: ['reminder-1'] },
    });
  });

  it('are stored only with a yes, and only in consent mode', () => {
    expect(storableState({ ...FULL, ...YES }, 'consent')).toEqual({ ...FULL, ...YES });
    expect(storableState({ ...FULL, ...YES }, 'off')).not.toHaveProperty('onsetAt');
    expect(storableState({ ...FULL, ...NO }, 'consent')).not.toHaveProperty('onsetAt');
    expect(storableState(FULL, 'consent')).not.toHaveProperty('onsetAt');
    expect(keepsHealthDetails({ healthConsent: { answer: 'yes', at: 'not a time' } }, 'consent')).toBe(false);
  });

  it('the consent question is due only in consent mode, until answered', () => {
    expect(consentUnanswered(FULL, 'consent')).toBe(true);
    expect(consentUnanswered({ ...FULL, ...NO }, 'consent')).toBe(false);
    expect(consentUnanswered(FULL, 'off')).toBe(false);
  });

  it('own alert ids: the log\'s and those kept aside, each once, the latest last, bounded', () => {
    const kept = { timers: Array.from({ length: 12 }, (_, n) => `old-${n}`), reminders: ['reminder-1', 42] };
    const alerts = ownAlertsOf({ ...FULL, ownAlerts: kept });
    expect(alerts.timers).toHaveLength(MAX_OWN_ALERTS);
    expect(alerts.timers.slice(-3)).toEqual(['timer-1', 'timer-2', 'timer-b']);
    expect(alerts.reminders).toEqual(['reminder-1']);
  });
});
