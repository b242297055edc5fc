import type { NotificationKind, PrismaClient } from "@/generated/prisma/client.ts";
import type { MailConfig } from "@/lib/platform/mail.ts";

/**
 * E-mails notifications to the editors who asked for it (User.emailNotifications). The
 * notifications are the outbox: each is written in the transaction of the change that caused it, and
 * sent here, from the job queue, one at a time under a row lock (a second server sending at the same
 * time skips it) and marked sent in the same transaction, so each goes out once. A mail server that
 * fails stops the batch with the error (the queue retries later, with backoff); nothing an editor
 * does waits for mail. Notifications older than a week are not sent any more.
 */

const SUBJECT: Record<NotificationKind, string> = {
  MENTIONED: "named you in a note",
  NOTE_ADDED: "wrote a note on a claim you follow",
  ASSIGNED: "assigned you a claim",
  REVIEW_REQUESTED: "asks for your review",
  REVIEW_APPROVED: "approved your change",
  REVIEW_RETURNED: "sent back your change",
  DUE: "a claim you follow is due today",
  OVERDUE: "a claim you follow is overdue",
};

const pendingWhere = (since: Date) => ({ emailedAt: null, createdAt: { gte: since }, user: { emailNotifications: true, disabledAt: null } }) as const;

export const EMAIL_WINDOW_MS = 7 * 86_400_000;

export const notificationMessageId = (id: number, origin: string) => `<notification-${id}@${new URL(origin).hostname}>`;

export async function deliverNotificationEmails(
  prisma: PrismaClient,
  mail: MailConfig,
  { origin, limit = 100, now = new Date() }: { origin: string; limit?: number; now?: Date },
): Promise<number> {
  const since = new Date(now.getTime() - EMAIL_WINDOW_MS);
  const pending = await prisma.notification.findMany({ where: pendingWhere(since), orderBy: { id: "asc" }, take: limit, select: { id: true } });
  let sent = 0;
  for (const { id } of pending) {
    const done = await prisma.$transaction(
      async (tx) => {
        const [locked] = await tx.$queryRaw<{ id: number }[]>`SELECT "id" FROM "Notification" WHERE "id" = ${id} AND "emailedAt" IS NULL FOR UPDATE SKIP LOCKED`;
        if (!locked) return false;
        const notification = await tx.notification.findUniqueOrThrow({
          where: { id },
          select: {
            kind: true,
            user: { select: { email: true, name: true } },
            actor: { select: { name: true } },
            claim: { select: { id: true, quote: true } },
            note: { select: { body: true } },
          },
        });
        const who = notification.actor?.name ?? "Claim Ledger";
        const link = notification.claim ? `${origin}/editor/claims/${notification.claim.id}` : `${origin}/editor/notifications`;
        await mail.transport.sendMail({
          // One notification, one Message-ID: a mail sent again after a failed commit is recognisably the same.
          messageId: notificationMessageId(id, origin),
          from: mail.from,
          to: { name: notification.user.name, address: notification.user.email },
          subject: `${who} ${SUBJECT[notification.kind]}${notification.claim ? ` (claim #${notification.claim.id})` : ""}`,
          text: [
            notification.claim ? `Claim #${notification.claim.id}: “${notification.claim.quote}”` : null,
            notification.note ? `\n${notification.note.body}` : null,
            `\nOpen it: ${link}`,
            `All your notifications: ${origin}/editor/notifications`,
            `\nYou get these e-mails because you asked for them on ${origin}/account.`,
          ]
            .filter((line) => line !== null)
            .join("\n"),
        });
        await tx.notification.update({ where: { id }, data: { emailedAt: new Date() } });
        return true;
      },
      { timeout: 60_000 },
    );
    if (done) sent++;
  }
  return sent;
}
