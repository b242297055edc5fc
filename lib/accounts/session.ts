import "server-only";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/accounts/auth-options.ts";

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
