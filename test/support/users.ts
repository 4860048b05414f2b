/** Stored users the fault tests start from. */

/** A user on day 2 (the test clock is Saturday 10:00 in New York), who reported a 6 yesterday, and agreed to keeping it. */
export const RETURNING_USER = {
  version: 1,
  onsetAt: '2026-11-20T14:00:00.000Z',
  timeZone: 'America/New_York',
  pain: [{ score: 6, at: '2026-11-20T15:00:00.000Z' }],
  disclaimerHeardAt: '2026-11-20T14:30:00.000Z',
  safetyCheckAt: '2026-11-20T14:31:00.000Z',
  healthConsent: { answer: 'yes', at: '2026-11-20T14:31:30.000Z' },
};
