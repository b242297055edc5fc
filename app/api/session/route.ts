import { getCurrentUser } from "@/lib/accounts/auth.ts";
import { hasRole } from "@/lib/accounts/roles.ts";
import { ROLE_LABELS } from "@/lib/accounts/users.ts";
import { answeringErrors } from "@/lib/internal-errors.ts";
import { db } from "@/lib/platform/db.ts";
import { unreadNotifications } from "@/lib/workbench/notifications.ts";

export const dynamic = "force-dynamic";

/** What the browser's header shows (components/AccountNav.tsx); `{"signedIn":false}` for readers. */
export type SessionSummary = { signedIn: false } | { signedIn: true; name: string; role: string; admin: boolean; unreadNotifications: number };

/**
 * GET /api/session: who is signed in, as the guard sees them (the user re-read from the database,
 * a signed-out or revoked session is nobody). Cached pages are the same for everyone, so the
 * signed-in part of their header comes from here; never cached.
 */
export const GET = answeringErrors("GET /api/session", async () => {
  const user = await getCurrentUser();
  const summary: SessionSummary = user
    ? { signedIn: true, name: user.name, role: ROLE_LABELS[user.role], admin: hasRole(user, "ADMIN"), unreadNotifications: await unreadNotifications(db, user.id) }
    : { signedIn: false };
  return Response.json(summary, { headers: { "Cache-Control": "private, no-store" } });
});
