import { vi } from "vitest";

/**
 * The tests replace only the cookie-reading layer (lib/accounts/session.ts), which needs a Next.js request;
 * everything after it (the user lookup, disabled and role checks, the database) is real.
 * Each test file must call `vi.mock("@/lib/accounts/session.ts", () => import("./support/session.ts"))`.
 */
let currentUserId: number | null = null;

export function actAs(userId: number | null): void {
  currentUserId = userId;
}

export const readSessionUserId = vi.fn(async () => currentUserId);
