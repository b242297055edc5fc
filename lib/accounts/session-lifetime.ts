import { decode, encode, type JWT } from "next-auth/jwt";

// How long a session lives. A session cookie expires after IDLE_LIFETIME without a visit to the
// workbench; each visit renews it (at most every RENEW_AFTER, so a busy page does not re-sign the
// cookie on every request), until MAX_LIFETIME after sign-in, when the editor signs in again.

export const IDLE_LIFETIME_SECONDS = 2 * 60 * 60;
export const MAX_LIFETIME_SECONDS = 12 * 60 * 60;
export const RENEW_AFTER_SECONDS = 5 * 60;

export const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"] as const;

/** Whether a raw Cookie header carries a session cookie (the server in front of Next.js reads it so). */
export const hasSessionCookie = (cookieHeader: string | undefined) => SESSION_COOKIES.some((name) => cookieHeader?.includes(`${name}=`));

export type RenewedCookie = { name: string; value: string; maxAge: number; secure: boolean };

/** The attributes next-auth gives its session cookie, for setting a re-issued one. */
export function sessionCookieOptions({ maxAge, secure }: RenewedCookie) {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure, maxAge };
}

/**
 * The session cookie re-issued with a fresh idle lifetime, or null when it needs none (recently
 * renewed, unreadable, or at its maximum lifetime since sign-in). `signedInAt` (seconds) is set at
 * sign-in by the jwt callback in lib/accounts/auth-options.ts.
 */
export async function renewedSessionCookie(
  cookies: { get(name: string): { value: string } | undefined },
  secret: string | undefined,
  now = Date.now(),
): Promise<RenewedCookie | null> {
  const current = await readSessionToken(cookies, secret);
  if (!current || typeof current.token.iat !== "number") return null;
  if (Math.floor(now / 1000) - current.token.iat < RENEW_AFTER_SECONDS) return null;
  return reissuedSessionCookie(current, secret!, {}, now);
}

/** The session cookie a request carries, decoded; null without one or when it cannot be read. */
export async function readSessionToken(
  cookies: { get(name: string): { value: string } | undefined },
  secret: string | undefined,
): Promise<{ name: string; token: JWT } | null> {
  if (!secret) return null;
  const name = SESSION_COOKIES.find((candidate) => cookies.get(candidate));
  if (!name) return null;
  const token = await decode({ token: cookies.get(name)!.value, secret }).catch(() => null);
  return token ? { name, token } : null;
}

/**
 * The same session signed again, with `changes` to its claims (a new session version after a
 * password change) and a fresh idle lifetime, capped at MAX_LIFETIME after sign-in: null once that
 * has passed.
 */
export async function reissuedSessionCookie(
  { name, token }: { name: string; token: JWT },
  secret: string,
  changes: Partial<JWT>,
  now = Date.now(),
): Promise<RenewedCookie | null> {
  if (typeof token.signedInAt !== "number") return null;
  const left = token.signedInAt + MAX_LIFETIME_SECONDS - Math.floor(now / 1000);
  if (left <= 0) return null;
  const maxAge = Math.min(IDLE_LIFETIME_SECONDS, left);
  const { iat: _iat, exp: _exp, jti: _jti, ...claims } = token;
  return { name, value: await encode({ token: { ...claims, ...changes }, secret, maxAge }), maxAge, secure: name.startsWith("__Secure-") };
}
