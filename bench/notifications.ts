// `npm run bench:notifications -- [--notifications=150] [--rate=3] [--burst=150] [--fault-seconds=10] [--raw=100] [--editors=8] [--pool] [--timeout=120]`
//
// Notification e-mail (issue 16 item 4) from the editor's action to the mail server, on a throwaway
// embedded PostgreSQL (migrated, the app connected as its least-privilege role) and an SMTP server in
// this process: the app's job queue sends what assignments and notes write, at a steady rate, in a
// burst, and while the mail server refuses all mail for a while; a nodemailer loop straight to the
// same server is the baseline (bench/notifications-measure.ts).
import { randomBytes } from "node:crypto";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { applyMigrations } from "@/lib/platform/migrations/runner.ts";
import { ensureAppRole } from "@/lib/platform/postgres/app-role.ts";
import { startEmbeddedPostgres } from "@/lib/platform/postgres/embedded.ts";
import { ensureDatabase } from "@/lib/platform/postgres/ensure-database.ts";
import { option } from "./database.ts";
import { measureNotificationDelivery, type PhaseFigures, type Spread } from "./notifications-measure.ts";

const number = (name: string, fallback: number) => Number(option(name) ?? fallback);
const ms = (value: number) => (Number.isFinite(value) ? Math.round(value).toLocaleString("en") : "–");
const spread = (s: Spread, keys: (keyof Spread)[] = ["p50", "p95", "p99", "max"]) => keys.map((key) => ms(s[key])).join(" / ");

async function main() {
  const dir = await mkdtemp(path.join(tmpdir(), "claim-ledger-bench-notifications-"));
  // As root, PostgreSQL runs as the `postgres` user, whom mkdtemp's 0700 would lock out.
  await chmod(dir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "postgres"), persistent: false, fast: true });
  try {
    await ensureDatabase(server.url(), "claim_ledger");
    await applyMigrations({ connectionString: server.url("claim_ledger") });
    const appUrl = await ensureAppRole(server.url("claim_ledger"), { password: randomBytes(18).toString("base64url") });
    const f = await measureNotificationDelivery(appUrl, {
      notifications: number("notifications", 150),
      rate: number("rate", 3),
      burst: number("burst", 150),
      faultSeconds: number("fault-seconds", 10),
      rawMails: number("raw", 100),
      editors: number("editors", 8),
      pool: process.argv.includes("--pool"),
      timeoutSeconds: number("timeout", 120),
      log: (line) => console.log(line),
    });
    const row = (p: PhaseFigures) =>
      `| ${p.name} | ${p.notifications} | ${p.delivered} | ${p.duplicates} | ${p.missing} | ${p.producedPerSecond.toFixed(1)} | ${p.mailsPerSecond.toFixed(1)} | ${spread(p.delayMs)} | ${spread(p.actionMs, ["p50", "p99"])} |`;
    console.log(`\nDelivery path: ${f.path}; SMTP connections ${f.pool ? "pooled (?pool=true)" : "one per mail (SMTP_URL without ?pool=true)"}; ${f.editors} editors with e-mail on\n`);
    console.log("| phase | notifications | mailed | duplicates | missing | actions/s | mails/s | delay ms p50 / p95 / p99 / max | action ms p50 / p99 |");
    console.log("|---|---|---|---|---|---|---|---|---|");
    console.log(`| baseline: nodemailer straight to the server, one after another | – | ${f.raw.mails} | – | – | – | ${f.raw.mailsPerSecond.toFixed(1)} | – | – |`);
    for (const phase of [f.steady, f.burst, f.fault]) console.log(row(phase));
    const { fault } = f;
    console.log(
      `\nWhile the server refused (${fault.refusingSeconds} s, ${fault.refusedAttempts} refused attempts): actions p50 / p99 ${spread(fault.actionMsWhileRefusing, ["p50", "p99"])} ms ` +
        `(steady phase: ${spread(f.steady.actionMs, ["p50", "p99"])} ms); ${fault.heldBack} mails held back, the last delivered ` +
        `${fault.recoveredAfterMs === null ? "never (missing)" : `${(fault.recoveredAfterMs / 1000).toFixed(1)} s after the server came back`}.`,
    );
    console.log(`Mails naming no notification of the run: ${f.unexpected}.`);
  } finally {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
