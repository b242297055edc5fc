import type { Role } from "@/generated/prisma/enums.ts";
import { hasRole } from "@/lib/accounts/roles.ts";
import { AuthorizationError } from "@/lib/errors.ts";

/** Who is acting; a Server Action gets it from requireRole("EDITOR"). */
export type Actor = { id: number; role: Role };

// The Server Action already checked the role; this keeps a mistaken caller from bypassing it.
export function assertEditor(actor: Actor): void {
  if (!hasRole(actor, "EDITOR")) throw new AuthorizationError("You do not have permission to do this.", 403);
}
