import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUEUES, startJobQueue } from "@/lib/platform/jobs/queue.ts";
import { mailConfig, type MailConfig } from "@/lib/platform/mail.ts";
import { sendDueNotices } from "@/lib/workbench/due-notices.ts";
import { addNote } from "@/lib/workbench/notes.ts";
import { deliverNotificationEmails } from "@/lib/workbench/notification-mail.ts";
import { changeStatus } from "@/lib/workbench/claims.ts";
import { linkOutcome } from "@/lib/workbench/outcomes.ts";
import { useMigratedDatabase } from "./support/test-database.ts";
import { createTestClaim, createTestOutcome } from "./support/workbench.ts";

/*
 * Issue 16 item 4: notifications e-mailed through a real SMTP server started here (smtp-server),
 * once each, from the job queue (pg-boss on the test database); a failing mail server delays mail
 * and loses none; the daily due-date notices.
 */

const { prisma, database, users } = useMigratedDatabase({
  users: {
    ann: { role: "EDITOR", name: "Ann", emailNotifications: true },
    bob: { role: "EDITOR", name: "Bob" },
  },
});
const { ann, bob } = users;
const ORIGIN = "https://ledger.example";

type Received = { to: string[]; raw: string };

/** An SMTP server on a free port that keeps what it receives, or refuses every recipient with `refuse`. */
async function smtpServer({ refuse }: { refuse?: string } = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuse) return callback(Object.assign(new Error(refuse), { responseCode: 451 }));
      callback();
    },
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as { port: number };
  return { received, url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const configFor = (url: string): MailConfig => mailConfig({ SMTP_URL: url, MAIL_FROM: "Claim Ledger <ledger@ledger.example>" }, ORIGIN)!;
const unsent = () => prisma.notification.count({ where: { emailedAt: null, user: { emailNotifications: true } } });

let smtp: Awaited<ReturnType<typeof smtpServer>>;
beforeAll(async () => {
  smtp = await smtpServer();
});
afterAll(() => smtp.close());

describe("e-mailed notifications", () => {
  it("go to the editors who asked for them, through the SMTP server, once each", async () => {
    const claim = await createTestClaim(prisma, bob);
    await addNote(prisma, bob, claim.id, { body: "@Ann, the date in the letter?" });
    await addNote(prisma, ann, claim.id, { body: "@Bob it is 9 April." });
    expect(await prisma.notification.count({ where: { claimId: claim.id } })).toBe(2);

    const before = smtp.received.length;
    expect(await deliverNotificationEmails(prisma, configFor(smtp.url), { origin: ORIGIN })).toBe(1);
    const mail = smtp.received.slice(before);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.to).toEqual([ann.email]);
    expect(mail[0]!.raw).toMatch(new RegExp(`^Subject: Bob named you in a note \\(claim #${claim.id}\\)`, "m"));
    expect(mail[0]!.raw).toContain(`${ORIGIN}/editor/claims/${claim.id}`);
    // Bob did not ask for e-mail: his notification stays in the app only.
    expect(await prisma.notification.findFirstOrThrow({ where: { userId: bob.id, claimId: claim.id } })).toMatchObject({ emailedAt: null });

    expect(await deliverNotificationEmails(prisma, configFor(smtp.url), { origin: ORIGIN })).toBe(0);
    expect(smtp.received.length).toBe(before + 1);
  });

  it("wait while the mail server fails, and go out once it works again; none older than a week", async () => {
    const claim = await createTestClaim(prisma, bob);
    await addNote(prisma, bob, claim.id, { body: "@Ann, one more." });
    const failing = await smtpServer({ refuse: "Mailbox busy, try later" });
    try {
      await expect(deliverNotificationEmails(prisma, configFor(failing.url), { origin: ORIGIN })).rejects.toThrow(/Mailbox busy/);
    } finally {
      await failing.close();
    }
    expect(await unsent()).toBe(1);

    const old = await prisma.notification.create({ data: { userId: ann.id, kind: "NOTE_ADDED", cause: "old", createdAt: new Date(Date.now() - 8 * 86_400_000) } });
    const before = smtp.received.length;
    expect(await deliverNotificationEmails(prisma, configFor(smtp.url), { origin: ORIGIN })).toBe(1);
    expect(smtp.received.length).toBe(before + 1);
    expect(await prisma.notification.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({ emailedAt: null });
    await prisma.notification.delete({ where: { id: old.id } });
  });

  it("are sent by the job queue (pg-boss on this database) when it runs its job", async () => {
    const claim = await createTestClaim(prisma, bob);
    await addNote(prisma, bob, claim.id, { body: "@Ann, through the queue." });
    const before = smtp.received.length;
    process.env.SMTP_URL = smtp.url;
    const boss = await startJobQueue({ connectionString: database.url, prisma, origin: ORIGIN, log: () => {} });
    try {
      await boss.send(QUEUES.notificationEmails, {});
      await expect.poll(() => smtp.received.length, { timeout: 20_000, interval: 200 }).toBe(before + 1);
      expect(smtp.received.at(-1)!.raw).toContain("through the queue.");
    } finally {
      await boss.stop({ graceful: false, wait: true });
      delete process.env.SMTP_URL;
    }
  });
});

describe("due-date notices", () => {
  const day = (offset: number) => new Date(Date.parse("2030-06-10T00:00:00Z") + offset * 86_400_000).toISOString().slice(0, 10);
  const now = new Date("2030-06-10T06:00:00Z");

  it("tell the creator and the assignee of an open claim due today, or overdue within the week, once", async () => {
    const dueToday = await createTestClaim(prisma, ann, { kind: "PROMISE", statedAt: "2024-01-01", dueAt: day(0) });
    await prisma.claim.update({ where: { id: dueToday.id }, data: { assigneeId: bob.id } });
    const overdue = await createTestClaim(prisma, bob, { kind: "PROMISE", statedAt: "2024-01-01", dueAt: day(-3) });
    const longAgo = await createTestClaim(prisma, bob, { kind: "PROMISE", statedAt: "2024-01-01", dueAt: day(-30) });
    const settled = await createTestClaim(prisma, bob, { kind: "PROMISE", statedAt: "2024-01-01", dueAt: day(0) });
    const outcome = await createTestOutcome(prisma, bob);
    await linkOutcome(prisma, bob, settled.id, settled.version, { outcomeId: outcome.id, relation: "SUPPORTS" });
    await changeStatus(prisma, bob, settled.id, settled.version + 1, { status: "FULFILLED", rationale: "Kept." });

    expect(await sendDueNotices(prisma, now)).toBe(3);
    const notices = await prisma.notification.findMany({ where: { kind: { in: ["DUE", "OVERDUE"] } }, orderBy: { id: "asc" }, select: { userId: true, kind: true, claimId: true } });
    expect(notices).toEqual([
      { userId: ann.id, kind: "DUE", claimId: dueToday.id },
      { userId: bob.id, kind: "DUE", claimId: dueToday.id },
      { userId: bob.id, kind: "OVERDUE", claimId: overdue.id },
    ]);
    expect(notices.map((notice) => notice.claimId)).not.toContain(longAgo.id);
    expect(await sendDueNotices(prisma, now)).toBe(0);
  });
});
