import { hasRole, type CurrentUser } from "@/lib/accounts/auth.ts";
import { AuthorizationError } from "@/lib/errors.ts";

/** Who is acting; a Server Action gets it from requireRole("EDITOR"). */
export type Actor = Pick<CurrentUser, "id" | "role">;

// The Server Action already checked the role; this keeps a mistaken caller from bypassing it.
export function assertEditor(actor: Actor): void {
  if (!hasRole(actor, "EDITOR")) throw new AuthorizationError("You do not have permission to do this.", 403);
}
