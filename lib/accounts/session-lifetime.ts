import { decode, encode } from "next-auth/jwt";

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
  if (!secret) return null;
  const name = SESSION_COOKIES.find((candidate) => cookies.get(candidate));
  if (!name) return null;
  const token = await decode({ token: cookies.get(name)!.value, secret }).catch(() => null);
  const seconds = Math.floor(now / 1000);
  if (!token || typeof token.iat !== "number" || typeof token.signedInAt !== "number") return null;
  if (seconds - token.iat < RENEW_AFTER_SECONDS) return null;
  const left = token.signedInAt + MAX_LIFETIME_SECONDS - seconds;
  if (left <= 0) return null;
  const maxAge = Math.min(IDLE_LIFETIME_SECONDS, left);
  const { iat: _iat, exp: _exp, jti: _jti, ...claims } = token;
  return { name, value: await encode({ token: claims, secret, maxAge }), maxAge, secure: name.startsWith("__Secure-") };
}
