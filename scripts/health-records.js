/**
 * HEALTH_RECORDS, the deploy's one choice about health details, and what the skill package declares for it.
 *
 *   consent (default)  health details (onset, pain scores, care sessions) are kept only after the user agrees,
 *                      with the time of consent; forgotten after 60 days unused, on "forget me", and on disable
 *   off                no health detail is ever kept; only the disclaimer and safety-check markers
 *
 * The running skill reads the same variable (lambda/config.ts, `healthRecords`); test/deploy/health-records.test.ts
 * holds the two readers to one meaning. Packaging writes the mode into ask-resources.json as the stack's
 * HealthRecords parameter, so the Lambda runs in the mode the package declares.
 */
'use strict';

const MODES = ['off', 'consent'];
const DEFAULT_MODE = 'consent';

/**
 * @param {string | undefined} value the environment variable's text
 * @returns {'off' | 'consent' | undefined} undefined when unset or blank
 */
function parseHealthRecords(value) {
  const text = value?.trim().toLowerCase();
  if (!text) return undefined;
  if (!MODES.includes(text)) throw new Error(`HEALTH_RECORDS must be one of ${MODES.join(', ')}, not "${value}"`);
  return text;
}

/**
 * skill.json's privacyAndCompliance flags (all but the per-locale URLs) that are true of the skill in this mode.
 * Both modes: no purchases, no ads, not for children, export compliant (no encryption of its own beyond TLS and
 * AWS's at-rest encryption). usesHealthInfo stays false: it declares a HIPAA covered entity or business associate
 * that has Amazon process PHI under the Alexa BAA, which a deploy of this repository is not (see README).
 * @param {'off' | 'consent'} mode
 */
function complianceFlags(mode) {
  return {
    allowsPurchases: false,
    // consent: health details about the user, kept under the user's Alexa id once they agree
    usesPersonalInfo: mode === 'consent',
    usesHealthInfo: false,
    isChildDirected: false,
    isExportCompliant: true,
    containsAds: false,
  };
}

module.exports = { MODES, DEFAULT_MODE, parseHealthRecords, complianceFlags };
