import type SQLite from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { SessionState } from '../../../db/schema.ts';
import type { Role as UserRole, UserStatus } from '../../domain/authorization.ts';
import { hashToken, minutesFrom, randomToken } from '../../accounts/tokens.ts';

/**
 * Server-side sessions in SQLite (ASVS V7): the cookie carries a 256-bit random token,
 * the table only its SHA-256, so ending a session (logout, deactivation, password change)
 * takes effect on the next request. Prepared statements: this runs on every request.
 */

export interface StoredSession {
  id: string;
  userId: string;
  state: SessionState;
  csrfToken: string;
  mfaFailures: number;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
}

export interface SessionUserRow {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  enterprise_id: string | null;
  status: UserStatus;
}

export interface SessionLifetimes {
  idleMinutes: number;
  absoluteHours: number;
}

/** Sign-in not yet finished (second factor pending): short-lived. */
const PENDING_MINUTES = 10;
/** last_seen_at is written at most this often, so reads do not each cause a write. */
const TOUCH_EVERY_MS = 60_000;

interface SessionRow {
  id: string;
  user_id: string;
  state: SessionState;
  csrf_token: string;
  mfa_failures: number;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

function fromRow(row: SessionRow): StoredSession {
  return {
    id: row.id,
    userId: row.user_id,
    state: row.state,
    csrfToken: row.csrf_token,
    mfaFailures: row.mfa_failures,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
    ip: row.ip,
    userAgent: row.user_agent,
  };
}

export function createSessionStore(sqlite: SQLite.Database, lifetimes: SessionLifetimes) {
  const insert = sqlite.prepare(`insert into sessions
    (id, token_hash, user_id, state, csrf_token, mfa_failures, ip, user_agent, created_at, last_seen_at, expires_at)
    values (@id, @token_hash, @user_id, @state, @csrf_token, 0, @ip, @user_agent, @now, @now, @expires_at)`);
  const byTokenHash = sqlite.prepare(`select s.id, s.user_id, s.state, s.csrf_token, s.mfa_failures, s.created_at,
      s.last_seen_at, s.expires_at, s.ip, s.user_agent,
      u.email as u_email, u.name as u_name, u.role as u_role, u.enterprise_id as u_enterprise_id, u.status as u_status
    from sessions s join users u on u.id = s.user_id where s.token_hash = ?`);
  const touch = sqlite.prepare('update sessions set last_seen_at = ? where id = ?');
  const deleteById = sqlite.prepare('delete from sessions where id = ?');
  const deleteForUser = sqlite.prepare('delete from sessions where user_id = ?');
  const deleteForUserExcept = sqlite.prepare('delete from sessions where user_id = ? and id <> ?');
  const promote =
    sqlite.prepare(`update sessions set token_hash = @token_hash, csrf_token = @csrf_token, state = @state,
      mfa_failures = 0, last_seen_at = @now, expires_at = @expires_at where id = @id`);
  const countFailure = sqlite
    .prepare('update sessions set mfa_failures = mfa_failures + 1 where id = ? returning mfa_failures')
    .pluck();
  const listForUser =
    sqlite.prepare(`select id, user_id, state, csrf_token, mfa_failures, created_at, last_seen_at, expires_at, ip, user_agent
      from sessions where user_id = ? and state = 'active' order by last_seen_at desc`);
  const purge = sqlite.prepare('delete from sessions where expires_at < ? or last_seen_at < ?');

  function expiresAt(state: SessionState, now: Date): string {
    return state === 'active' ? minutesFrom(now, lifetimes.absoluteHours * 60) : minutesFrom(now, PENDING_MINUTES);
  }

  return {
    /** A new session with a fresh token and CSRF token; returns the token for the cookie (never stored). */
    create(userId: string, state: SessionState, client: { ip: string | null; userAgent: string | null }) {
      const token = randomToken();
      const now = new Date();
      const id = randomUUID();
      insert.run({
        id,
        token_hash: hashToken(token),
        user_id: userId,
        state,
        csrf_token: randomToken(),
        ip: client.ip,
        user_agent: client.userAgent?.slice(0, 300) ?? null,
        now: now.toISOString(),
        expires_at: expiresAt(state, now),
      });
      return { token, session: this.get(token)!.session };
    },

    /**
     * The live session for a cookie token, with its user, or null. Ends (deletes) sessions
     * past the idle or absolute limit and sessions of deactivated users.
     */
    get(token: string, now = new Date()): { session: StoredSession; user: SessionUserRow } | null {
      if (!token || token.length > 100) return null;
      const row = byTokenHash.get(hashToken(token)) as
        | (SessionRow & {
            u_email: string;
            u_name: string;
            u_role: UserRole;
            u_enterprise_id: string | null;
            u_status: UserStatus;
          })
        | undefined;
      if (!row) return null;
      const idleLimit = new Date(row.last_seen_at).getTime() + lifetimes.idleMinutes * 60_000;
      if (row.expires_at <= now.toISOString() || idleLimit <= now.getTime() || row.u_status !== 'active') {
        deleteById.run(row.id);
        return null;
      }
      if (now.getTime() - new Date(row.last_seen_at).getTime() > TOUCH_EVERY_MS) {
        touch.run(now.toISOString(), row.id);
        row.last_seen_at = now.toISOString();
      }
      return {
        session: fromRow(row),
        user: {
          id: row.user_id,
          email: row.u_email,
          name: row.u_name,
          role: row.u_role,
          enterprise_id: row.u_enterprise_id,
          status: row.u_status,
        },
      };
    },

    /**
     * Issues a new token (and CSRF token) for an existing session and moves it to `state`:
     * after the second factor and after a password change, so a token seen before
     * privilege changed is worthless (session fixation, ASVS V7.2.4).
     */
    rotate(sessionId: string, state: SessionState) {
      const token = randomToken();
      const csrfToken = randomToken();
      const now = new Date();
      promote.run({
        id: sessionId,
        token_hash: hashToken(token),
        csrf_token: csrfToken,
        state,
        now: now.toISOString(),
        expires_at: expiresAt(state, now),
      });
      return { token, csrfToken };
    },

    /** Counts a wrong second-factor code on this session; returns the count so far. */
    countMfaFailure(sessionId: string): number {
      return (countFailure.get(sessionId) as number | undefined) ?? 0;
    },

    destroy(sessionId: string): void {
      deleteById.run(sessionId);
    },

    /** Ends every session of a user (deactivation, MFA reset, password reset), or all but one. */
    destroyAllForUser(userId: string, exceptSessionId?: string): number {
      return exceptSessionId
        ? deleteForUserExcept.run(userId, exceptSessionId).changes
        : deleteForUser.run(userId).changes;
    },

    listActive(userId: string): StoredSession[] {
      const now = Date.now();
      return (listForUser.all(userId) as SessionRow[])
        .map(fromRow)
        .filter(
          (s) =>
            new Date(s.lastSeenAt).getTime() + lifetimes.idleMinutes * 60_000 > now &&
            new Date(s.expiresAt).getTime() > now,
        );
    },

    /** Deletes sessions that can no longer be used (housekeeping; expiry is enforced on read anyway). */
    purgeExpired(now = new Date()): number {
      return purge.run(now.toISOString(), new Date(now.getTime() - lifetimes.idleMinutes * 60_000).toISOString())
        .changes;
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
