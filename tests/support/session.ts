import { vi } from "vitest";
import type { SessionClaims } from "@/lib/accounts/session.ts";

/**
 * The tests replace only the cookie-reading layer (lib/accounts/session.ts), which needs a Next.js request;
 * everything after it (the user lookup, disabled, role and session-version checks, the database) is real.
 * Each test file must call `vi.mock("@/lib/accounts/session.ts", () => import("./support/session.ts"))`.
 */
let current: SessionClaims | null = null;

/**
 * Acts as this user, in the session `sessionId` begun at `sessionVersion` (0: a user whose sessions
 * were never ended).
 */
export function actAs(userId: number | null, { sessionVersion = 0, sessionId = "test-session" } = {}): void {
  current = userId === null ? null : { userId, sessionId, sessionVersion };
}

export const readSession = vi.fn(async () => current);

/** As lib/accounts/session.ts re-issues the cookie after a password change: this session goes on at the new version. */
export const continueSession = vi.fn(async (sessionVersion: number) => {
  if (current) current = { ...current, sessionVersion };
});
