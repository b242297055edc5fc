import PgBoss from "pg-boss";
import type { PrismaClient } from "@/generated/prisma/client.ts";
import { mailConfig } from "@/lib/platform/mail.ts";
import { sendDueNotices } from "@/lib/workbench/due-notices.ts";
import { deliverNotificationEmails } from "@/lib/workbench/notification-mail.ts";

/**
 * The job queue: pg-boss on the app's own PostgreSQL (schema "pgboss", created with the queues by
 * the migration job_queue, so pg-boss starts with migrate: false and the app's role only reads and
 * writes rows). Every app server starts one; pg-boss hands each job to one of them and runs each
 * schedule once across them all.
 * - notification-emails, every minute: e-mails the notifications of the editors who asked for it
 *   (only when SMTP_URL is set). A failing mail server fails the job, which pg-boss retries with
 *   backoff; the next minute's run picks up what is left either way.
 * - due-notices, daily at 06:00 UTC: the due and overdue notices (lib/workbench/due-notices.ts).
 */
export const QUEUES = { notificationEmails: "notification-emails", dueNotices: "due-notices" } as const;

export async function startJobQueue({
  connectionString,
  prisma,
  origin,
  log,
}: {
  connectionString: string;
  prisma: PrismaClient;
  origin: string;
  log: (line: string) => void;
}): Promise<PgBoss> {
  const mail = mailConfig({ SMTP_URL: process.env.SMTP_URL, MAIL_FROM: process.env.MAIL_FROM }, origin);
  const boss = new PgBoss({ connectionString, schema: "pgboss", migrate: false, max: 2, application_name: "claim-ledger-jobs" });
  boss.on("error", (error) => log(`job queue: ${error.message}`));
  await boss.start();
  await boss.work(QUEUES.dueNotices, async () => {
    const written = await sendDueNotices(prisma);
    if (written > 0) log(`due-date notices: ${written}`);
  });
  await boss.schedule(QUEUES.dueNotices, "0 6 * * *", {}, { tz: "UTC" });
  if (mail) {
    await boss.work(QUEUES.notificationEmails, async () => {
      await deliverNotificationEmails(prisma, mail, { origin });
    });
    await boss.schedule(QUEUES.notificationEmails, "* * * * *");
  } else {
    await boss.unschedule(QUEUES.notificationEmails);
  }
  log(`job queue started${mail ? "; notifications are e-mailed through SMTP_URL" : "; no SMTP_URL: notifications stay in the app"}`);
  return boss;
}
