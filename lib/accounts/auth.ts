import "server-only";
import { cache } from "react";
import type { Role } from "@/generated/prisma/enums.ts";
import { db } from "@/lib/platform/db.ts";
import { AuthorizationError } from "@/lib/errors.ts";
import { hasRole } from "@/lib/accounts/roles.ts";
import { readSession } from "@/lib/accounts/session.ts";

export type CurrentUser = { id: number; email: string; name: string; role: Role; mustChangePassword: boolean };

/** The refusal of every action while an admin-set password is still in use. */
export const PASSWORD_CHANGE_REQUIRED = "Choose your own password first, on your account page.";

/**
 * The signed-in user, re-read from the database on every request: a disabled user or a changed
 * role takes effect on the next request, whatever the session cookie says.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await readSession();
  if (session === null) return null;
  const user = await db.user.findUnique({
    where: { id: session.userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabledAt: true,
      mustChangePassword: true,
      sessionVersion: true,
      revokedSessions: { where: { sessionId: session.sessionId }, select: { sessionId: true } },
    },
  });
  // Over: a session signed out of, or begun before the user's sessions were ended (role change,
  // disabling, new password).
  if (!user || user.disabledAt || user.sessionVersion !== session.sessionVersion || user.revokedSessions.length > 0) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, mustChangePassword: user.mustChangePassword };
});


/**
 * The one server-side guard: every Server Action and route handler that changes data or reads
 * private data calls this first. Page redirects are a convenience, this is the boundary.
 *
 * A user whose password an admin set (`mustChangePassword`) is refused everything until they chose
 * their own; only changing it (`beforePasswordChange`) is let through.
 */
export async function requireRole(role: Role, { beforePasswordChange = false } = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AuthorizationError("Sign in to do this.", 401);
  if (!hasRole(user, role)) throw new AuthorizationError("You do not have permission to do this.", 403);
  if (user.mustChangePassword && !beforePasswordChange) throw new AuthorizationError(PASSWORD_CHANGE_REQUIRED, 403);
  return user;
}
