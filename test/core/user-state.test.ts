import { emptyUserState, readUserState, USER_STATE_VERSION } from '../../lambda/core/user-state';

describe('stored user state', () => {
  it('starts empty for a new user', () => {
    expect(readUserState({})).toEqual({ kind: 'ok', state: emptyUserState(), migrated: false });
    expect(readUserState(undefined)).toEqual({ kind: 'ok', state: emptyUserState(), migrated: false });
  });

  it('reads a valid record', () => {
    const stored = { version: USER_STATE_VERSION, onsetAt: '2026-11-20T10:00:00.000Z', pain: [{ score: 4, at: '2026-11-20T11:00:00.000Z' }] };
    expect(readUserState(stored)).toEqual({ kind: 'ok', state: stored, migrated: false });
  });

  it.each([
    ['not an object', 'text'],
    ['no version', { onsetAt: '2026-11-20T10:00:00Z' }],
    ['a bad onset', { version: 1, onsetAt: 'tuesday', pain: [] }],
    ['a bad pain entry', { version: 1, pain: [{ score: 42, at: '2026-11-20T10:00:00Z' }] }],
  ])('refuses %s', (_label, raw) => {
    expect(readUserState(raw).kind).toBe('unreadable');
  });

  it('leaves a newer build\'s record alone: neither read nor refused', () => {
    expect(readUserState({ version: USER_STATE_VERSION + 1, pain: [], renamed: true })).toEqual({
      kind: 'newer',
      version: USER_STATE_VERSION + 1,
      reason: `newer schema version ${USER_STATE_VERSION + 1}`,
    });
  });
});
