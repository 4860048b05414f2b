/**
 * The user's feature records, typed: parsed from the stored state once when the turn is loaded, and again only
 * after the turn's update() changed it. Handlers read them here instead of re-parsing the raw feature keys on
 * every access; they change them only through turn.update().
 */
import { SESSION_LOG_KEY, SessionLog, readSessionLog } from '../core/ice-plan';
import { StretchRecord, readStretchRecord } from '../core/stretch-state';
import { UserState } from '../core/user-state';

export interface UserRecord {
  /** The ice and heat care sessions (not the Alexa session), their break and reminders. */
  readonly careSessions: Readonly<SessionLog>;
  /** Stretch routines completed and the pace last chosen. */
  readonly stretch: Readonly<StretchRecord>;
}

export function readUserRecord(user: UserState): UserRecord {
  return { careSessions: readSessionLog(user[SESSION_LOG_KEY]), stretch: readStretchRecord(user) };
}
