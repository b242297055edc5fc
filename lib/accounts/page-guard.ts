import { redirect } from "next/navigation";
import type { Role } from "@/generated/prisma/enums.ts";
import { getCurrentUser, type CurrentUser } from "@/lib/accounts/auth.ts";
import { hasRole } from "@/lib/accounts/roles.ts";

/**
 * For layouts and pages: the signed-in user if they have `role`; otherwise the sign-in page
 * (anonymous) or null (signed in without the role, so the page can say so).
 * Convenience only: every action and route still calls requireRole itself.
 */
export async function userForPage(role: Role, returnTo: string): Promise<CurrentUser | null> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return hasRole(user, role) ? user : null;
}
