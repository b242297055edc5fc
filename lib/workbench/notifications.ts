import type { NotificationKind, PrismaClient } from "@/generated/prisma/client.ts";
import type { Transaction } from "@/lib/workbench/events.ts";

/** Notified (PostgreSQL NOTIFY, delivered when the transaction commits) by every transaction that writes notifications. */
export const NOTIFICATIONS_CHANNEL = "claim_ledger_notifications";
const announced = new WeakSet<Transaction>();

/**
 * What an editor should know of, in the workbench's bell (app/editor/notifications). Written in the
 * transaction of the change that causes it, so a change that rolls back notifies nobody; `cause`
 * names the change ("note:12", "assignment:7:4": claim 7 at version 4) and a recipient is told of a cause once per kind (the
 * unique index), however often the code that notifies runs. The actor is never told of their own act.
 */
export async function notify(
  tx: Transaction,
  { userIds, kind, cause, claimId = null, noteId = null, actorId = null }: {
    userIds: Iterable<number>;
    kind: NotificationKind;
    cause: string;
    claimId?: number | null;
    noteId?: number | null;
    actorId?: number | null;
  },
): Promise<number> {
  const recipients = [...new Set(userIds)].filter((id) => id !== actorId);
  if (recipients.length === 0) return 0;
  const { count } = await tx.notification.createMany({
    data: recipients.map((userId) => ({ userId, kind, cause, claimId, noteId, actorId })),
    skipDuplicates: true,
  });
  // Heard at commit by the job queue, which sends the e-mails then (lib/platform/jobs/queue.ts); once
  // per transaction, which a batch change of 1,000 assignments would otherwise pay 1,000 times.
  if (count > 0 && !announced.has(tx)) {
    announced.add(tx);
    await tx.$executeRaw`SELECT pg_notify(${NOTIFICATIONS_CHANNEL}, '')`;
  }
  return count;
}

export const NOTIFICATIONS_PAGE_SIZE = 50;

/** An editor's notifications, unread first, newest first within each; what the bell lists. */
export function listNotifications(prisma: PrismaClient, userId: number) {
  return prisma.notification.findMany({
    where: { userId },
    orderBy: [{ readAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }, { id: "desc" }],
    take: NOTIFICATIONS_PAGE_SIZE,
    select: {
      id: true,
      kind: true,
      createdAt: true,
      readAt: true,
      actor: { select: { name: true } },
      claim: { select: { id: true, quote: true } },
      note: { select: { body: true } },
    },
  });
}

export function unreadNotifications(prisma: PrismaClient, userId: number): Promise<number> {
  return prisma.notification.count({ where: { userId, readAt: null } });
}

/** Marks the user's own notifications read: these (ids), or all. Another user's ids change nothing. */
export async function markNotificationsRead(prisma: PrismaClient, userId: number, ids: number[] | "all"): Promise<number> {
  const { count } = await prisma.notification.updateMany({
    where: { userId, readAt: null, ...(ids === "all" ? {} : { id: { in: ids } }) },
    data: { readAt: new Date() },
  });
  return count;
}

/** Whether the user also gets their notifications by e-mail (sent by lib/workbench/notification-mail.ts). */
export async function setEmailNotifications(prisma: PrismaClient, userId: number, on: boolean): Promise<boolean> {
  const { emailNotifications } = await prisma.user.update({ where: { id: userId }, data: { emailNotifications: on }, select: { emailNotifications: true } });
  return emailNotifications;
}

export async function wantsEmailNotifications(prisma: PrismaClient, userId: number): Promise<boolean> {
  return (await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { emailNotifications: true } })).emailNotifications;
}
