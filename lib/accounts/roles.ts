import type { Role } from "@/generated/prisma/enums.ts";

/** ADMIN can do everything an EDITOR can. Free of the session and the database, so scripts and the seed can use it. */
export function hasRole(user: { role: Role }, role: Role): boolean {
  return user.role === "ADMIN" || user.role === role;
}
