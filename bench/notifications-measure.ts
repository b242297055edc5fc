import type { PrismaClient, User } from "@/generated/prisma/client.ts";
import { createPrismaClient } from "@/lib/platform/db.ts";
import { startJobQueue } from "@/lib/platform/jobs/queue.ts";
import { mailConfig } from "@/lib/platform/mail.ts";
import { assignClaim } from "@/lib/workbench/assignment.ts";
import { createClaim } from "@/lib/workbench/claims.ts";
import { addNote } from "@/lib/workbench/notes.ts";
import { notificationMessageId } from "@/lib/workbench/notification-mail.ts";
import { startSmtpSink, type SmtpSink } from "./smtp-sink.ts";

const ORIGIN = "https://ledger.bench.example";
const MAIL_FROM = "Claim Ledger <ledger@ledger.bench.example>";
export const DELIVERY_PATH = "the app's pg-boss queue (startJobQueue, as scripts/server.ts starts it) → deliverNotificationEmails → nodemailer → smtp-server in this process";

export interface Spread {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface PhaseFigures {
  name: string;
  /** Written by the phase's editor actions (each action tells one editor: one notification). */
  notifications: number;
  /** Notifications whose mail arrived, counted once. */
  delivered: number;
  /** Mails received beyond the first for a notification: must be 0. */
  duplicates: number;
  /** Notifications whose mail had not arrived when the phase's wait ended. */
  missing: number;
  /** Actions per second the phase ran at. */
  producedPerSecond: number;
  /** Delivered mails per second, from the phase's first notification to its last mail. */
  mailsPerSecond: number;
  /** From the notification's createdAt to the SMTP server accepting its mail. */
  delayMs: Spread;
  /** The editor actions themselves (assignClaim, addNote), which write the notifications. */
  actionMs: Spread;
}

export interface FaultFigures extends PhaseFigures {
  refusingSeconds: number;
  /** RCPT TO answered 451 while refusing. */
  refusedAttempts: number;
  /** The actions that started while the server refused. */
  actionMsWhileRefusing: Spread;
  /** Notifications written before the server came back whose mail had not gone out by then. */
  heldBack: number;
  /** From the server coming back to the last held-back mail arriving. */
  recoveredAfterMs: number | null;
}

export interface NotificationFigures {
  path: string;
  pool: boolean;
  editors: number;
  raw: { mails: number; mailsPerSecond: number };
  steady: PhaseFigures;
  burst: PhaseFigures;
  fault: FaultFigures;
  /** Mails whose Message-ID names no notification of the run. */
  unexpected: number;
}

export interface NotificationBenchOptions {
  /** Notifications of the steady phase. */
  notifications?: number;
  /** Editor actions per second in the steady and fault phases. */
  rate?: number;
  /** Notifications of the burst phase (actions as fast as they go). */
  burst?: number;
  /** How long the SMTP server refuses mail in the fault phase. */
  faultSeconds?: number;
  /** Mails of the direct nodemailer loop (the baseline). */
  rawMails?: number;
  editors?: number;
  /** nodemailer keeps its SMTP connections open (`?pool=true` on SMTP_URL), for the baseline and the queue alike. */
  pool?: boolean;
  /** How long to wait for a phase's mail at most. */
  timeoutSeconds?: number;
  log?: (line: string) => void;
}

function spread(samples: number[]): Spread {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
  return { p50: at(50), p95: at(95), p99: at(99), max: sorted.at(-1) ?? NaN };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * Editor actions that each tell exactly one editor: a claim reassigned to another editor (ASSIGNED),
 * or a note by a claim's creator naming the same colleague as before (MENTIONED; the colleague is
 * the claim's only other follower, so no NOTE_ADDED goes to anyone).
 */
async function workload(prisma: PrismaClient, count: number) {
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const editors: User[] = [];
  for (const letter of letters.slice(0, Math.min(Math.max(count, 3), letters.length))) {
    editors.push(await prisma.user.create({ data: { email: `editor-${letter.toLowerCase()}@bench.example`, name: `Editor ${letter}`, role: "EDITOR", emailNotifications: true } }));
  }
  const claimant = await prisma.claimant.create({ data: { slug: "bench-speaker", name: "Bench Speaker" } });
  const newClaim = (author: User, n: number) =>
    createClaim(prisma, author, {
      quote: `We will open ${n} new schools by the end of next year.`,
      summary: "A promise of new schools.",
      claimantId: claimant.id,
      statedAt: "2024-01-01",
      kind: "PROMISE",
    });
  const assigned: { id: number; version: number; assigneeId: number | null }[] = [];
  for (let n = 0; n < 4 * editors.length; n++) {
    const claim = await newClaim(editors[0]!, n);
    assigned.push({ id: claim.id, version: claim.version, assigneeId: null });
  }
  const discussed: { id: number; author: User; named: User }[] = [];
  for (let n = 0; n < editors.length; n++) {
    discussed.push({ id: (await newClaim(editors[n]!, 1_000 + n)).id, author: editors[n]!, named: editors[(n + 1) % editors.length]! });
  }
  let turn = 0;
  return {
    editors: editors.length,
    async act(): Promise<void> {
      const n = turn++;
      if (n % 2 === 0) {
        const claim = assigned[(n / 2) % assigned.length]!;
        const actor = editors[n % editors.length]!;
        let offset = 1;
        while ([actor.id, claim.assigneeId].includes(editors[(n + offset) % editors.length]!.id)) offset++;
        const assignee = editors[(n + offset) % editors.length]!;
        const after = await assignClaim(prisma, actor, claim.id, claim.version, assignee.id);
        Object.assign(claim, { version: after.version, assigneeId: assignee.id });
      } else {
        const { id, author, named } = discussed[((n - 1) / 2) % discussed.length]!;
        await addNote(prisma, author, id, { body: `@${named.name} could you check the figure in the budget annex? (${n})` });
      }
    },
  };
}

interface Produced {
  started: number[];
  actionMs: number[];
  startedAt: number;
  endedAt: number;
}

/** `count` actions, one every 1/rate s (or back to back without a rate), one after another as one editor's clicks would be. */
async function produce(count: number, rate: number | null, act: () => Promise<void>): Promise<Produced> {
  const startedAt = Date.now();
  const started: number[] = [];
  const actionMs: number[] = [];
  for (let i = 0; i < count; i++) {
    if (rate) await sleep(startedAt + (i * 1000) / rate - Date.now());
    started.push(Date.now());
    const t0 = performance.now();
    await act();
    actionMs.push(performance.now() - t0);
  }
  return { started, actionMs, startedAt, endedAt: Date.now() };
}

type Written = Map<string, number>;

/** The notifications written since `afterId`, by Message-ID, with their createdAt. */
async function writtenSince(prisma: PrismaClient, afterId: number): Promise<{ written: Written; lastId: number }> {
  const rows = await prisma.notification.findMany({ where: { id: { gt: afterId } }, orderBy: { id: "asc" }, select: { id: true, createdAt: true } });
  return {
    written: new Map(rows.map((row) => [notificationMessageId(row.id, ORIGIN), row.createdAt.getTime()])),
    lastId: rows.at(-1)?.id ?? afterId,
  };
}

async function awaitMail(sink: SmtpSink, written: Written, timeoutMs: number): Promise<void> {
  const seen = new Set<string>();
  let read = 0;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (; read < sink.received.length; read++) {
      const id = sink.received[read]!.messageId;
      if (id && written.has(id)) seen.add(id);
    }
    if (seen.size === written.size) return;
    await sleep(50);
  }
}

function phaseFigures(name: string, written: Written, produced: Produced, receipts: Map<string, number[]>): PhaseFigures {
  const delays: number[] = [];
  let duplicates = 0;
  let lastReceipt = 0;
  for (const [id, createdAt] of written) {
    const at = receipts.get(id) ?? [];
    if (at.length === 0) continue;
    duplicates += at.length - 1;
    delays.push(at[0]! - createdAt);
    lastReceipt = Math.max(lastReceipt, at[0]!);
  }
  const firstCreated = Math.min(...written.values());
  const productionSeconds = (produced.endedAt - produced.startedAt) / 1000;
  return {
    name,
    notifications: written.size,
    delivered: delays.length,
    duplicates,
    missing: written.size - delays.length,
    producedPerSecond: produced.actionMs.length / productionSeconds,
    mailsPerSecond: delays.length > 0 ? delays.length / ((lastReceipt - firstCreated) / 1000) : 0,
    delayMs: spread(delays),
    actionMs: spread(produced.actionMs),
  };
}

/**
 * Notification e-mail from editor action to the SMTP server (issue 16 item 4), on the database at
 * `url` (migrated; the editors and claims are added to it): a direct nodemailer loop to the same
 * server as the baseline; then the app's job queue sending what editor actions write, at a steady
 * rate, in a burst, and while the SMTP server refuses all mail for `faultSeconds`.
 */
export async function measureNotificationDelivery(url: string, options: NotificationBenchOptions = {}): Promise<NotificationFigures> {
  const { notifications = 150, rate = 3, burst = 150, faultSeconds = 10, rawMails = 100, editors = 8, pool = false, timeoutSeconds = 120, log = () => {} } = options;
  const timeoutMs = timeoutSeconds * 1000;
  const sink = await startSmtpSink();
  const smtpUrl = pool ? `${sink.url}?pool=true` : sink.url;
  const prisma = createPrismaClient(url);
  const queuePrisma = createPrismaClient(url);
  const env = { SMTP_URL: process.env.SMTP_URL, MAIL_FROM: process.env.MAIL_FROM };
  let boss: Awaited<ReturnType<typeof startJobQueue>> | undefined;
  try {
    const work = await workload(prisma, editors);

    log(`baseline: ${rawMails} mails through nodemailer straight to the SMTP server`);
    const { transport, from } = mailConfig({ SMTP_URL: smtpUrl, MAIL_FROM }, ORIGIN)!;
    const rawStarted = performance.now();
    for (let i = 0; i < rawMails; i++) {
      await transport.sendMail({ messageId: `<raw-${i}@bench.example>`, from, to: "editor-a@bench.example", subject: `Editor B assigned you a claim (claim #${i})`, text: "Open it." });
    }
    const raw = { mails: rawMails, mailsPerSecond: rawMails / ((performance.now() - rawStarted) / 1000) };
    transport.close();

    Object.assign(process.env, { SMTP_URL: smtpUrl, MAIL_FROM });
    boss = await startJobQueue({ connectionString: url, prisma: queuePrisma, origin: ORIGIN, log: (line) => log(`  queue: ${line}`) });
    let lastId = (await prisma.notification.aggregate({ _max: { id: true } }))._max.id ?? 0;
    const phase = async (name: string, count: number, perSecond: number | null, during?: (started: number) => void) => {
      log(`${name}: ${count} notifications${perSecond ? ` at ${perSecond}/s` : ", back to back"}`);
      const produced = await produce(count, perSecond, async () => {
        during?.(Date.now());
        await work.act();
      });
      const since = await writtenSince(prisma, lastId);
      lastId = since.lastId;
      await awaitMail(sink, since.written, timeoutMs);
      return { name, written: since.written, produced };
    };

    const steady = await phase(`steady, ${rate} actions/s`, notifications, rate);
    const burstPhase = await phase("burst, actions back to back", burst, null);

    // The server refuses from `lead` s into the phase for faultSeconds, and the actions go on for `lead` s after.
    const lead = Math.min(2, faultSeconds);
    const fault = { from: 0, to: 0 };
    const faultPhase = await phase(`SMTP server refusing for ${faultSeconds} s`, Math.round(rate * (faultSeconds + 2 * lead)), rate, (now) => {
      if (fault.from === 0) {
        fault.from = now + lead * 1000;
        fault.to = fault.from + faultSeconds * 1000;
        setTimeout(() => (sink.refusing = true), fault.from - now);
        setTimeout(() => (sink.refusing = false), fault.to - now);
      }
    });
    // Late duplicates would arrive now.
    await sleep(1_000);

    const receipts = new Map<string, number[]>();
    let unexpected = 0;
    const known = (id: string) => [steady, burstPhase, faultPhase].some((p) => p.written.has(id));
    for (const { messageId, at } of sink.received) {
      if (!messageId || messageId.startsWith("<raw-")) continue;
      if (!known(messageId)) unexpected++;
      receipts.set(messageId, [...(receipts.get(messageId) ?? []), at]);
    }
    const faultBase = phaseFigures(faultPhase.name, faultPhase.written, faultPhase.produced, receipts);
    const heldBack = [...faultPhase.written].filter(([id, createdAt]) => createdAt < fault.to && (receipts.get(id)?.[0] ?? Infinity) >= fault.to).map(([id]) => id);
    const heldBackArrivals = heldBack.map((id) => receipts.get(id)?.[0] ?? Infinity);
    return {
      path: DELIVERY_PATH,
      pool,
      editors: work.editors,
      raw,
      steady: phaseFigures(steady.name, steady.written, steady.produced, receipts),
      burst: phaseFigures(burstPhase.name, burstPhase.written, burstPhase.produced, receipts),
      fault: {
        ...faultBase,
        refusingSeconds: faultSeconds,
        refusedAttempts: sink.refused,
        actionMsWhileRefusing: spread(faultPhase.produced.actionMs.filter((_, i) => faultPhase.produced.started[i]! >= fault.from && faultPhase.produced.started[i]! < fault.to)),
        heldBack: heldBack.length,
        recoveredAfterMs: heldBackArrivals.length > 0 && heldBackArrivals.every(Number.isFinite) ? Math.max(...heldBackArrivals) - fault.to : null,
      },
      unexpected,
    };
  } finally {
    await boss?.stop({ graceful: false, wait: true });
    for (const [name, value] of Object.entries(env)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await prisma.$disconnect();
    await queuePrisma.$disconnect();
    await sink.close();
  }
}
