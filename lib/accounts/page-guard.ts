import { forbidden, redirect } from "next/navigation";
import type { Role } from "@/generated/prisma/enums.ts";
import { getCurrentUser, type CurrentUser } from "@/lib/accounts/auth.ts";
import { hasRole } from "@/lib/accounts/roles.ts";

/** Where a signed-in user changes their password (app/account). */
export const ACCOUNT_PATH = "/account";

/**
 * For layouts and pages: the signed-in user if they have `role`. Anonymous visitors go to sign in
 * and come back to `returnTo`; a user who must replace an admin-set password goes to the account
 * page first (and on to `returnTo` after); a user without the role gets 403 (app/forbidden.tsx).
 * `beforePasswordChange` is for the account page itself.
 * Convenience only: every action and route still calls requireRole itself.
 */
export async function userForPage(role: Role, returnTo: string, { beforePasswordChange = false } = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (user.mustChangePassword && !beforePasswordChange) redirect(`${ACCOUNT_PATH}?next=${encodeURIComponent(returnTo)}`);
  if (!hasRole(user, role)) forbidden();
  return user;
}
