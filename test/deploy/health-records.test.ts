/**
 * HEALTH_RECORDS has one meaning: the running skill (lambda/config.ts) and packaging (scripts/health-records.js,
 * which writes skill.json's flags and the stack's parameter) read the same text as the same mode. That the stack
 * hands the packaged mode to the Lambda is checked in cloudformation.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HEALTH_RECORDS_MODES, parseHealthRecords, readConfig } from '../../lambda/config';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const packaging = require('../../scripts/health-records.js') as {
  MODES: string[];
  DEFAULT_MODE: string;
  parseHealthRecords(value: string | undefined): string | undefined;
};

describe('HEALTH_RECORDS in lambda/config.ts', () => {
  it('is consent unless set', () => {
    expect(readConfig({}).healthRecords).toBe('consent');
    expect(readConfig({ HEALTH_RECORDS: '  ' }).healthRecords).toBe('consent');
  });

  it('reads off and consent, in any case and with spaces around', () => {
    expect(readConfig({ HEALTH_RECORDS: 'off' }).healthRecords).toBe('off');
    expect(readConfig({ HEALTH_RECORDS: ' OFF ' }).healthRecords).toBe('off');
    expect(readConfig({ HEALTH_RECORDS: 'Consent' }).healthRecords).toBe('consent');
  });

  it('refuses anything else at start, naming the modes, instead of guessing what to keep', () => {
    expect(() => readConfig({ HEALTH_RECORDS: 'no' })).toThrow('HEALTH_RECORDS must be one of off, consent, not "no"');
    expect(() => readConfig({ HEALTH_RECORDS: 'on' })).toThrow(/HEALTH_RECORDS/);
  });
});

describe('HEALTH_RECORDS read by packaging', () => {
  const inputs = [undefined, '', ' ', 'off', 'OFF', ' off ', 'consent', 'Consent', 'no', 'on', 'false', '0', 'off,consent'];

  it('has the same modes and default as the skill', () => {
    expect(packaging.MODES).toEqual([...HEALTH_RECORDS_MODES]);
    expect(packaging.DEFAULT_MODE).toBe(readConfig({}).healthRecords);
  });

  it.each(inputs)('reads %p as the skill does', (input) => {
    const read = (parse: (value: string | undefined) => string | undefined) => {
      try {
        return { mode: parse(input) };
      } catch (error) {
        return { error: (error as Error).message };
      }
    };
    expect(read(packaging.parseHealthRecords)).toEqual(read(parseHealthRecords));
  });
});

describe('HEALTH_RECORDS in the documents a user and an operator read', () => {
  const root = path.resolve(__dirname, '..', '..');
  const privacy = readFileSync(path.join(root, 'PRIVACY.md'), 'utf8');
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

  it.each(HEALTH_RECORDS_MODES)('PRIVACY.md says what mode "%s" keeps, and the README sets it', (mode) => {
    expect(privacy).toContain(`### Mode "${mode}"`);
    expect(readme).toContain(`HEALTH_RECORDS=${mode}`);
  });

  it('PRIVACY.md gives the expiry and both ways to delete everything', () => {
    expect(privacy).toMatch(/60 days/);
    expect(privacy).toMatch(/"forget me"/);
    expect(privacy).toMatch(/Disabling the skill/);
  });
});
