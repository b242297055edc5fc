import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { PrismaClient } from "@/generated/prisma/client.ts";
import { DEMO_ACCOUNTS, enableDemoAccounts } from "@/lib/accounts/demo-accounts.ts";
import { createPrismaClient } from "@/lib/platform/db.ts";
import { applyMigrations } from "@/lib/platform/migrations/runner.ts";
import { ensureAppRole } from "@/lib/platform/postgres/app-role.ts";
import { findFreePort, startEmbeddedPostgres, type EmbeddedPostgresServer } from "@/lib/platform/postgres/embedded.ts";
import { ensureDatabase } from "@/lib/platform/postgres/ensure-database.ts";
import { seedDemoData } from "@/prisma/demo-data.ts";
import { productionServerArgs } from "../scripts/build-server.ts";
import { upgradeBenchData, withClient } from "./generate.ts";

/**
 * The database and app servers of the HTTP benchmark (bench/http.ts), prepared as `npm start`
 * (scripts/run.ts) prepares them: migrated by the owner, the app connected as its least-privilege
 * role, the demo editor able to sign in.
 */

export interface BenchDatabase {
  /** What the app connects as. */
  appUrl: string;
  label: string;
  close(): Promise<void>;
}

// As in bench/database.ts, which makes them (`npm run bench`).
const BENCH_DATA_DIR = fileURLToPath(new URL("../.data/bench/postgres", import.meta.url));
const BENCH_DATABASE = "claim_ledger_bench";

const newPassword = () => randomBytes(18).toString("base64url");

/** A throwaway embedded PostgreSQL with the demo data, removed by close(). */
export async function openFreshDatabase(): Promise<BenchDatabase> {
  const dir = await mkdtemp(path.join(tmpdir(), "claim-ledger-bench-http-"));
  // As root, PostgreSQL runs as the `postgres` user, whom mkdtemp's 0700 would lock out.
  await chmod(dir, 0o755);
  const remove = () => rm(dir, { recursive: true, force: true });
  let server: EmbeddedPostgresServer;
  try {
    server = await startEmbeddedPostgres({ dataDir: path.join(dir, "postgres"), persistent: false, fast: true });
  } catch (error) {
    await remove();
    throw error;
  }
  const close = async () => {
    await server.stop();
    await remove();
  };
  try {
    await ensureDatabase(server.url(), "claim_ledger");
    const ownerUrl = server.url("claim_ledger");
    await applyMigrations({ connectionString: ownerUrl });
    const appUrl = await ensureAppRole(ownerUrl, { password: newPassword() });
    await withPrisma(appUrl, async (prisma) => {
      await seedDemoData(prisma);
      await enableDemoAccounts(prisma);
    });
    return { appUrl, label: "fresh embedded PostgreSQL, demo data", close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * The reader benchmark's database (`npm run bench` generates it: 1,000,000 claims), if it exists;
 * it is migrated to the current schema as bench/database.ts does, and gets the demo editor, whose
 * status changes stay in it.
 */
export async function openBenchDatabase(): Promise<BenchDatabase> {
  const missing = () => new Error(`No benchmark database ${BENCH_DATABASE}: run \`npm run bench\` first, which generates it.`);
  let server: EmbeddedPostgresServer | undefined;
  let adminUrl = process.env.BENCH_POSTGRES_ADMIN_URL;
  if (!adminUrl) {
    if (!existsSync(path.join(BENCH_DATA_DIR, "PG_VERSION"))) throw missing();
    server = await startEmbeddedPostgres({ dataDir: BENCH_DATA_DIR, persistent: true, fast: true });
    adminUrl = server.url();
  }
  try {
    const exists = await withClient(adminUrl, async (client) => (await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [BENCH_DATABASE])).rowCount === 1);
    if (!exists) throw missing();
    const ownerUrl = new URL(adminUrl);
    ownerUrl.pathname = `/${BENCH_DATABASE}`;
    await upgradeBenchData(ownerUrl.toString(), (line) => console.log(`  ${line}`));
    const appUrl = await ensureAppRole(ownerUrl.toString(), { password: newPassword() });
    await withPrisma(appUrl, async (prisma) => {
      const { email, name, role } = DEMO_ACCOUNTS.find((account) => account.role === "EDITOR")!;
      await prisma.user.upsert({ where: { email }, create: { email, name, role }, update: {} });
      await enableDemoAccounts(prisma);
    });
    return { appUrl, label: `${BENCH_DATABASE} (npm run bench)`, close: async () => void (await server?.stop()) };
  } catch (error) {
    await server?.stop();
    throw error;
  }
}

/** An existing database, as DATABASE_URL would name it to `npm start`: already migrated. */
export async function openExistingDatabase(url: string): Promise<BenchDatabase> {
  await withPrisma(url, enableDemoAccounts);
  return { appUrl: url, label: "--database-url", close: async () => {} };
}

async function withPrisma(url: string, run: (prisma: PrismaClient) => Promise<void>): Promise<void> {
  const prisma = createPrismaClient(url);
  try {
    await run(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

export interface BenchClaim {
  id: number;
  claimantSlug: string;
  sourceId: number | null;
}

/**
 * The published claim with the lowest id (`place` 0: claim 1 of the demo data, whose pages are
 * measured), or the next ones (`place` 1: the one the freshness run changes, 20 events a run, which
 * would otherwise grow the measured page run after run on the persistent 1M database).
 */
export async function publishedClaim(databaseUrl: string, place = 0): Promise<BenchClaim> {
  const { rows } = await withClient(databaseUrl, (client) =>
    client.query<BenchClaim>(
      `SELECT c."id", cl."slug" AS "claimantSlug", c."sourceId"
         FROM "Claim" c JOIN "Claimant" cl ON cl."id" = c."claimantId"
        WHERE c."visibility" = 'PUBLISHED' ORDER BY c."id" OFFSET $1 LIMIT 1`,
      [place],
    ),
  );
  if (!rows[0]) throw new Error(`The database has fewer than ${place + 1} published claims.`);
  return rows[0];
}

export async function countPublishedClaims(databaseUrl: string): Promise<number> {
  return withClient(databaseUrl, async (client) => (await client.query(`SELECT count(*)::integer AS n FROM "Claim" WHERE "visibility" = 'PUBLISHED'`)).rows[0].n as number);
}

export interface AppServer {
  origin: string;
  workers: number;
  process: ChildProcess;
}

const START_TIMEOUT_MS = 120_000;

/**
 * `scripts/server.ts start`, as `npm start` runs it (the build's bundle), on a free port, SITE_URL being its own origin, once it has said that it
 * serves (with workers: all of them) and /api/health answers 200.
 */
export async function startAppServer(options: { databaseUrl: string; authSecret: string; workers: number; poolSize?: number }): Promise<AppServer> {
  const port = await findFreePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...(await productionServerArgs()), "start", "--port", String(port), "--workers", String(options.workers)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: options.databaseUrl,
      ...(options.poolSize ? { DATABASE_POOL_SIZE: String(options.poolSize) } : {}),
      AUTH_SECRET: options.authSecret,
      SITE_URL: origin,
      NEXTAUTH_URL: origin,
      // The freshness run changes a status as one editor: no second editor's review.
      REVIEW_BEFORE_PUBLISHING: "off",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const server = { origin, workers: options.workers, process: child };
  try {
    await waitForReady(server);
  } catch (error) {
    await stopAppServer(server);
    throw error;
  }
  return server;
}

async function waitForReady({ origin, process: child }: AppServer): Promise<void> {
  let said = false;
  // Read on to the end, so that the server never blocks on a full pipe.
  child.stdout!.on("data", (chunk: Buffer) => (said ||= chunk.toString("utf8").includes("Next.js (production) on ")));
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`The app server for ${origin} exited during start (${child.exitCode ?? child.signalCode}).`);
    if (said && (await fetch(`${origin}/api/health`).then((response) => response.status === 200, () => false))) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The app server for ${origin} was not ready within ${START_TIMEOUT_MS / 1000} s.`);
}

/** SIGTERM, as `npm start` sends it; SIGKILL if it has not exited 15 s later (its workers follow it). */
export async function stopAppServer({ process: child }: AppServer): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
  await exited;
  clearTimeout(timer);
}

/** Peak resident memory (VmHWM, MB) of the server's process and of its cluster workers, on Linux. */
export function peakRssMb({ process: child }: AppServer): { pid: number; mb: number }[] {
  const pids = [child.pid!, ...childProcessIds(child.pid!)];
  return pids.flatMap((pid) => {
    try {
      const kb = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
      return kb ? [{ pid, mb: Number(kb) / 1024 }] : [];
    } catch {
      return [];
    }
  });
}

function childProcessIds(parent: number): number[] {
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  return entries.map(Number).filter((pid) => {
    try {
      // "pid (comm) state ppid …": comm may hold spaces, so read after the last ")".
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === parent;
    } catch {
      return false;
    }
  });
}
