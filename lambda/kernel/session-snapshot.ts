/**
 * What the session knows about the user, for a turn on which the store cannot be read.
 *
 * Every response of a session carries, in the session attribute `known`, a snapshot of the facts a turn needs
 * (core/user-state snapshotOf: onset, time zone, the last few pain reports, when the disclaimer and the safety
 * check were heard; a few hundred bytes). Alexa sends it back with the next request. It is used only when the
 * store read fails (down, throttled, too slow) or holds a newer build's record: the turn then answers from it
 * instead of from nothing, and says it can't remember right now. When the store can be read, the stored record
 * wins and the snapshot is ignored. The snapshot is never written to the store: it is a stand-in for one turn,
 * not a source of truth, and writing it could replace newer facts another device stored meanwhile.
 *
 * It comes back from the device, so it is read like any stored record (readUserState): a malformed one is
 * ignored, an older build's one is migrated. It goes away with the session.
 */
import { readUserState, snapshotOf, UserState } from '../core/user-state';

export const SNAPSHOT_ATTRIBUTE = 'known';

export function readSnapshot(attributes: Record<string, unknown> | undefined): UserState | undefined {
  const raw = attributes?.[SNAPSHOT_ATTRIBUTE];
  if (raw === undefined) return undefined;
  const reading = readUserState(raw);
  return reading.kind === 'ok' ? reading.state : undefined;
}

export function snapshotAttribute(user: UserState): Record<string, unknown> {
  return { [SNAPSHOT_ATTRIBUTE]: snapshotOf(user) };
}
