import { redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "@/lib/accounts/auth.ts";
import { hasRole } from "@/lib/accounts/roles.ts";

/**
 * For admin pages (layout and page both ask: a layout does not stop its page from rendering).
 * Anonymous visitors go to sign-in; a signed-in non-admin gets null, and the page says why.
 * Server Actions do not use this: they call requireRole("ADMIN").
 */
export async function adminOrNull(callbackPath = "/admin/users"): Promise<CurrentUser | null> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
  return hasRole(user, "ADMIN") ? user : null;
}
