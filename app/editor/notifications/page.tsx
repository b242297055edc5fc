import type { Metadata } from "next";
import Link from "next/link";
import { DateTime } from "@/components/workbench/DateTime.tsx";
import { EditorPage } from "@/components/workbench/EditorPage.tsx";
import { MarkReadForm } from "@/components/workbench/MarkReadForm.tsx";
import type { NotificationKind } from "@/generated/prisma/enums.ts";
import { userForPage } from "@/lib/accounts/page-guard.ts";
import { db } from "@/lib/platform/db.ts";
import { quoteExcerpt } from "@/lib/workbench/claim-list.ts";
import { listNotifications, NOTIFICATIONS_PAGE_SIZE } from "@/lib/workbench/notifications.ts";

export const metadata: Metadata = { title: "Notifications" };

/** What happened, after the name of who did it ("Ann Editor named you in a note"). */
const WHAT: Record<NotificationKind, string> = {
  MENTIONED: "named you in a note on",
  NOTE_ADDED: "wrote a note on",
  ASSIGNED: "assigned you",
  REVIEW_REQUESTED: "asks for your review of a change to",
  REVIEW_APPROVED: "approved your change to",
  REVIEW_RETURNED: "sent back your change to",
  DUE: "is due today:",
  OVERDUE: "is overdue:",
};

/** Where a notification leads: the claim, on the tab it is about. */
const TAB: Partial<Record<NotificationKind, string>> = { MENTIONED: "notes", NOTE_ADDED: "notes" };

export default async function NotificationsPage() {
  const user = await userForPage("EDITOR", "/editor/notifications");
  const notifications = await listNotifications(db, user.id);
  const unread = notifications.filter((notification) => notification.readAt === null).length;
  return (
    <EditorPage title="Notifications" action={unread > 0 ? <MarkReadForm label="Mark all as read" /> : undefined}>
      <p className="text-sm text-stone-700">
        {unread === 0 ? "Nothing unread." : `${unread} unread.`} The latest {NOTIFICATIONS_PAGE_SIZE}, unread first.
      </p>
      {notifications.length === 0 ? (
        <p className="mt-4 text-sm text-stone-700">No notifications yet: you are told here when an editor names you in a note or writes on a claim you follow.</p>
      ) : (
        <ul className="mt-4 space-y-2">
          {notifications.map((notification) => {
            const claim = notification.claim;
            const tab = TAB[notification.kind];
            return (
              <li
                key={notification.id}
                className={`flex flex-wrap items-start justify-between gap-3 rounded-md border p-3 text-sm ${notification.readAt ? "border-stone-200 bg-white" : "border-amber-300 bg-amber-50"}`}
              >
                <div className="min-w-0">
                  <p>
                    {notification.readAt ? null : <span className="font-semibold">New: </span>}
                    {notification.actor ? `${notification.actor.name} ` : "A claim you follow "}
                    {WHAT[notification.kind]}{" "}
                    {claim ? (
                      <Link href={`/editor/claims/${claim.id}${tab ? `?tab=${tab}` : ""}`} className="underline underline-offset-2">
                        claim #{claim.id} “{quoteExcerpt(claim.quote)}”
                      </Link>
                    ) : (
                      "a claim since deleted"
                    )}
                  </p>
                  {notification.note ? <p className="mt-1 line-clamp-2 whitespace-pre-line text-stone-700">{notification.note.body}</p> : null}
                  <p className="mt-1 text-stone-600">
                    <DateTime value={notification.createdAt} />
                  </p>
                </div>
                {notification.readAt ? null : <MarkReadForm id={notification.id} label="Mark as read" />}
              </li>
            );
          })}
        </ul>
      )}
    </EditorPage>
  );
}
