import PgBoss from "pg-boss";
import type { PrismaClient } from "@/generated/prisma/client.ts";
import { mailConfig } from "@/lib/platform/mail.ts";
import { listenOnChannel } from "@/lib/platform/postgres/channel-listener.ts";
import { sendDueNotices } from "@/lib/workbench/due-notices.ts";
import { deliverNotificationEmails } from "@/lib/workbench/notification-mail.ts";
import { NOTIFICATIONS_CHANNEL } from "@/lib/workbench/notifications.ts";

/**
 * The job queue: pg-boss on the app's own PostgreSQL (schema "pgboss", created with the queues by
 * the migration job_queue, so pg-boss starts with migrate: false and the app's role only reads and
 * writes rows). Every app server starts one; pg-boss hands each job to one of them and runs each
 * schedule once across them all.
 * - notification-emails: e-mails the notifications of the editors who asked for it (only when
 *   SMTP_URL is set), as soon as they are written: a transaction that notifies someone NOTIFYs
 *   (lib/workbench/notifications.ts) and each server, LISTENing, sends a job, debounced to one a
 *   second across the servers (pg-boss's singletonNextSlot: a job started in this second may have
 *   looked before the commit, so the next second gets one); a job that sent a full batch sends the
 *   next at once. The same job also runs every minute, which catches what a lost wake-up missed
 *   and is the one that retries: a failing mail server fails it, pg-boss retries it with backoff,
 *   the next minute's run picks up what is left either way; a failed wake-up is not retried.
 * - due-notices, daily at 06:00 UTC: the due and overdue notices (lib/workbench/due-notices.ts).
 */
export const QUEUES = { notificationEmails: "notification-emails", dueNotices: "due-notices" } as const;

const MAIL_BATCH = 100;
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
    const worker = await boss.work(QUEUES.notificationEmails, async () => {
      const sent = await deliverNotificationEmails(prisma, mail, { origin, limit: MAIL_BATCH });
      if (sent === MAIL_BATCH) {
        await boss.send(QUEUES.notificationEmails, {}, { retryLimit: 0 });
        boss.notifyWorker(worker);
      }
    });
    await boss.schedule(QUEUES.notificationEmails, "* * * * *");
    // One wake-up at a time from this server; what is heard meanwhile asks for one more after it.
    let waking = false;
    let again = false;
    const wake = async () => {
      if (waking) {
        again = true;
        return;
      }
      waking = true;
      try {
        do {
          again = false;
          await boss.send(QUEUES.notificationEmails, {}, { singletonKey: "wake", singletonSeconds: 1, singletonNextSlot: true, retryLimit: 0 });
          boss.notifyWorker(worker);
        } while (again);
      } catch (error) {
        log(`job queue: ${(error as Error).message}`);
      } finally {
        waking = false;
      }
    };
    const listener = listenOnChannel({
      connectionString,
      channel: NOTIFICATIONS_CHANNEL,
      applicationName: "claim-ledger-jobs",
      onNotification: () => void wake(),
      // What was written while nobody listened.
      onListening: () => void wake(),
      onLost: (reason) => log(`job queue: stopped listening for notifications (${reason}); mail waits for the minute's run until it listens again`),
      retryMs: 5_000,
    });
    boss.once("stopped", () => {
      void listener.stop();
      mail.transport.close();
    });
  } else {
    await boss.unschedule(QUEUES.notificationEmails);
  }
  log(`job queue started${mail ? "; notifications are e-mailed through SMTP_URL" : "; no SMTP_URL: notifications stay in the app"}`);
  return boss;
}
