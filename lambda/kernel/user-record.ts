/**
 * The user's feature records, typed: parsed from the stored state once when the turn is loaded, and again only
 * after the turn's update() changed it. Handlers read them here instead of re-parsing the raw feature keys on
 * every access; they change them only through turn.update().
 */
import { SESSION_LOG_KEY, SessionLog, readSessionLog, withStalePausesEnded } from '../core/ice-plan';
import { StretchRecord, readStretchRecord } from '../core/stretch-state';
import { UserState } from '../core/user-state';

export interface UserRecord {
  /** The ice and heat care sessions (not the Alexa session), their break and reminders. */
  readonly careSessions: Readonly<SessionLog>;
  /** Stretch routines completed and the pace last chosen. */
  readonly stretch: Readonly<StretchRecord>;
}

/** Read as of `now`: a pause left for hours is seen as over (core/ice-plan withStalePausesEnded). */
export function readUserRecord(user: UserState, now: Date): UserRecord {
  return { careSessions: withStalePausesEnded(readSessionLog(user[SESSION_LOG_KEY]), now), stretch: readStretchRecord(user) };
}
