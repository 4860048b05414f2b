/** The stretch feature's records in the user's state are read defensively and changed in place. */
import { emptyUserState } from '../../lambda/core/user-state';
import { forgetRoutine, readSavedRoutine, readStretchRecord, recordCompletion, saveRoutine, updateStretchRecord } from '../../lambda/core/stretch-state';
import { ROUTINES } from '../../lambda/features/stretching/routines';

const now = new Date('2026-11-21T15:00:00Z');

describe('stretch records', () => {
  it('reads defaults from nothing or from junk', () => {
    expect(readStretchRecord(emptyUserState())).toEqual({ completions: [], pace: 'normal' });
    const junk = { ...emptyUserState(), stretch: { completions: [{ routine: 'x' }, 'y', { routine: 'kneeToChest', at: 'soon' }], pace: 'warp', safetyHeardAt: 3 } };
    expect(readStretchRecord(junk)).toEqual({ completions: [], pace: 'normal' });
    expect(readStretchRecord({ ...emptyUserState(), stretch: 'fast' })).toEqual({ completions: [], pace: 'normal' });
  });

  it('records completions and the chosen pace, replayable on a fresher copy', () => {
    const user = emptyUserState();
    recordCompletion(user, 'kneeToChest', now);
    updateStretchRecord(user, (record) => ({ ...record, pace: 'slow' }));
    const fresher = { ...emptyUserState(), stretch: { completions: [{ routine: 'gentle', at: '2026-11-20T10:00:00.000Z' }], pace: 'normal' } };
    recordCompletion(fresher, 'kneeToChest', now);
    expect(readStretchRecord(user)).toEqual({ completions: [{ routine: 'kneeToChest', at: now.toISOString() }], pace: 'slow' });
    expect(readStretchRecord(fresher).completions).toHaveLength(2);
  });

  it('keeps the chosen routine by name only, and ignores junk there', () => {
    const user = emptyUserState();
    updateStretchRecord(user, (record) => ({ ...record, routine: 'gentle' }));
    expect(readStretchRecord(user)).toEqual({ completions: [], pace: 'normal', routine: 'gentle' });
    expect(JSON.stringify(user)).not.toMatch(/osteoporosis/i);
    expect(readStretchRecord({ ...emptyUserState(), stretch: { routine: 'two words' } }).routine).toBeUndefined();
    expect(readStretchRecord({ ...emptyUserState(), stretch: { routine: 7 } }).routine).toBeUndefined();
  });

  it('saves, reads back and forgets where a routine stands', () => {
    const user = emptyUserState();
    const run = { routineId: 'kneeToChest', reps: [1, 3, 1, 1], pace: 'normal' as const, step: 1, side: 'left' as const, rep: 1 };
    saveRoutine(user, run, now);
    expect(readSavedRoutine(user, ROUTINES)).toEqual({ ...run, savedAt: now.toISOString() });
    forgetRoutine(user);
    expect(readSavedRoutine(user, ROUTINES)).toBeUndefined();
    expect(readSavedRoutine({ ...emptyUserState(), routine: { ...run } }, ROUTINES)).toBeUndefined();
    expect(readSavedRoutine({ ...emptyUserState(), routine: { ...run, savedAt: now.toISOString(), completed: true } }, ROUTINES)).toBeUndefined();
  });
});
