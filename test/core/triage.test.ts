import { EMERGENCY_FLAGS, SAME_DAY_FLAGS, triage } from '../../lambda/core/triage';

describe('red-flag triage', () => {
  it.each(EMERGENCY_FLAGS)('%s is an emergency', (flag) => {
    expect(triage(flag)).toEqual({ urgency: 'emergency', flag });
  });
  it.each(SAME_DAY_FLAGS)('%s needs a doctor today', (flag) => {
    expect(triage(flag)).toEqual({ urgency: 'sameDay', flag });
  });
  it('treats an unrecognised warning sign with the full list', () => {
    expect(triage(undefined)).toEqual({ urgency: 'unrecognised' });
    expect(triage('HEADACHE')).toEqual({ urgency: 'unrecognised' });
  });
});
