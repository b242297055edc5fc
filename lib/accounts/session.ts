import "server-only";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { authOptions } from "@/lib/accounts/auth-options.ts";
import { readSessionToken, reissuedSessionCookie, sessionCookieOptions } from "@/lib/accounts/session-lifetime.ts";

export type SessionClaims = { userId: number; sessionId: string; sessionVersion: number };

/**
 * Who the signed session cookie names, the session's id and the user's session version when it
 * began; null without a session. Says nothing about whether that user may act: the guard decides.
 */
export async function readSession(): Promise<SessionClaims | null> {
  const session = await getServerSession(authOptions);
  const { id, sessionId, sessionVersion } = session?.user ?? {};
  return typeof id === "number" && id > 0 && sessionId && typeof sessionVersion === "number" ? { userId: id, sessionId, sessionVersion } : null;
}

/**
 * Keeps this browser's session going after the user's session version was raised (their own
 * password change, which ends every other session): the cookie is signed again with the new
 * version, same session id and sign-in time. From a Server Action, whose response sets it. The
 * cookie as it was before (a copy elsewhere) carries the old version and is refused from now on.
 */
export async function continueSession(sessionVersion: number): Promise<void> {
  const jar = await cookies();
  const current = await readSessionToken(jar, authOptions.secret);
  const renewed = current && (await reissuedSessionCookie(current, authOptions.secret!, { sv: sessionVersion }));
  if (!renewed) throw new Error("The session cookie could not be re-issued");
  jar.set(renewed.name, renewed.value, sessionCookieOptions(renewed));
}
