/**
 * Runs Next.js in this process behind our own HTTP server (lib/platform/http-server.ts), which
 * sees every request first: it derives the client's address from the socket (and from
 * X-Forwarded-For only as far as TRUST_PROXY trusts proxies), strips forwarding headers nobody
 * trusted, and refuses Server Actions from origins other than SITE_URL's.
 *
 * `npm run dev` / `npm start` (scripts/run.ts) start it after preparing the database:
 *   node --import tsx scripts/server.ts dev [--port 3000]
 *   node .next/claim-ledger-server.mjs start [--port 3000] [--workers 1]   (bundled by `npm run build`)
 * It needs a built app (`next build`) for `start`; NEXT_DIST_DIR chooses the build directory as in
 * next.config.mjs. SIGINT / SIGTERM close the server and Next.js, then exit (130 / 143).
 *
 * `start --workers N` (default $WEB_CONCURRENCY or 1) runs N such servers as node:cluster workers
 * sharing the port, so that every core serves. This process then only supervises them: SIGINT /
 * SIGTERM go to every worker and it exits (130 / 143) once they have; a worker that exits on its
 * own is not restarted but stops the others, and this process exits with 1.
 */
import cluster from "node:cluster";
import { once } from "node:events";
import type { Duplex } from "node:stream";
import { parseArgs } from "node:util";
import nextEnv from "@next/env";
import { parsePublicUrlEnv, type PublicUrlEnv } from "@/lib/platform/env.ts";
import { createAppServer } from "@/lib/platform/http-server.ts";
import { startJobQueue } from "@/lib/platform/jobs/queue.ts";
import { createPrismaClient } from "@/lib/platform/db.ts";
import { startPageCache } from "@/lib/platform/page-cache/server.ts";
import { cachedPageOrigin } from "@/lib/site.ts";

const { positionals, values } = parseArgs({ allowPositionals: true, options: { port: { type: "string" }, workers: { type: "string" } } });
const mode = positionals[0];
if (mode !== "dev" && mode !== "start") {
  console.error("usage: node --import tsx scripts/server.ts dev|start [--port 3000] [--workers 1]");
  process.exit(2);
}
const dev = mode === "dev";
const say = (line: string) => console.log(`[claim-ledger] ${line}`);

// As `next dev` / `next start` do; React and Next.js read NODE_ENV when they are first loaded.
(process.env as Record<string, string>).NODE_ENV = dev ? "development" : "production";
nextEnv.loadEnvConfig(process.cwd(), dev);
const port = Number(values.port ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`[claim-ledger] --port must be a port number, not ${values.port ?? process.env.PORT}`);
  process.exit(2);
}
const workers = Number(values.workers ?? (dev ? 1 : process.env.WEB_CONCURRENCY || 1));
if (!Number.isInteger(workers) || workers < 1) {
  console.error(`[claim-ledger] --workers (or WEB_CONCURRENCY) must be a whole number from 1, not ${values.workers ?? process.env.WEB_CONCURRENCY}`);
  process.exit(2);
}
if (dev && workers > 1) {
  console.error("[claim-ledger] --workers is for start: dev mode runs one process");
  process.exit(2);
}
// Cached pages name the site by its port when no SITE_URL is set (lib/site.ts cachedPageOrigin).
process.env.PORT = String(port);

let config: PublicUrlEnv;
try {
  config = parsePublicUrlEnv();
} catch (error) {
  console.error(`[claim-ledger] ${(error as Error).message}`);
  process.exit(1);
}
// next-auth builds its callback URLs from NEXTAUTH_URL: the configured public origin, when there is one.
if (config.siteOrigin && !process.env.NEXTAUTH_URL?.trim()) process.env.NEXTAUTH_URL = config.siteOrigin;

function banner(listening: number): void {
  say(`Next.js (${dev ? "development" : "production"}) on http://localhost:${listening}${workers > 1 ? ` in ${workers} worker processes` : ""}`);
  say(
    config.siteOrigin
      ? `public URL ${config.siteOrigin}: absolute links use it; Server Actions from any other origin are refused`
      : `no SITE_URL: absolute links use each request's Host header, and http://localhost:${port} in cached pages${dev ? "" : " (set SITE_URL in production)"}`,
  );
  say(config.trustProxy > 0 ? `trusting ${config.trustProxy} proxy hop(s) for X-Forwarded-For/-Host/-Proto` : "no trusted proxy: X-Forwarded-* and Forwarded headers are ignored and removed");
}

/** The cluster's primary (see the top of the file). Exits the process itself; never resolves. */
function superviseWorkers(count: number): Promise<never> {
  let alive = count;
  let listening = 0;
  let exitCode: number | undefined;
  const stopAll = (signal: NodeJS.Signals, code: number) => {
    if (exitCode !== undefined) return;
    exitCode = code;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  cluster.on("listening", (worker, address) => {
    say(`worker ${worker.id}/${count} (pid ${worker.process.pid}) is serving`);
    if (++listening === count) banner(address.port);
  });
  cluster.on("exit", (worker, code, signal) => {
    alive -= 1;
    if (exitCode === undefined) {
      console.error(`[claim-ledger] worker ${worker.id} (pid ${worker.process.pid}) stopped unexpectedly (${signal ? `signal ${signal}` : `exit code ${code}`}); stopping the others`);
      stopAll("SIGTERM", 1);
    }
    if (alive === 0) process.exit(exitCode);
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => stopAll(signal, signal === "SIGINT" ? 130 : 143));
  for (let i = 0; i < count; i++) cluster.fork();
  return new Promise(() => {});
}

// Each worker runs this script again and goes on past this line, as a single server does.
if (workers > 1 && cluster.isPrimary) await superviseWorkers(workers);

const { default: next } = await import("next");
// Public pages are cached in this process and invalidated through PostgreSQL (issue 18); in dev
// mode Next.js renders every page afresh anyway.
const pageCache = dev || !process.env.DATABASE_URL ? undefined : startPageCache({ connectionString: process.env.DATABASE_URL, log: say });
// Mail and due-date notices (lib/platform/jobs/queue.ts), started once Next.js is ready.
let jobs: Awaited<ReturnType<typeof startJobQueue>> | undefined;
const server = createAppServer({ handle: (req, res) => handle(req, res), config, replay: pageCache?.replay });
// Next.js adds its own upgrade listener (dev-mode HMR) to `httpServer` on the first request, after ours.
const app = next({ dev, dir: process.cwd(), port, httpServer: server });
const handle = app.getRequestHandler();

// WebSockets (HMR) leave the HTTP server's own bookkeeping once upgraded: closing must end them itself.
const upgraded = new Set<Duplex>();
server.on("upgrade", (_req, socket: Duplex) => {
  upgraded.add(socket);
  socket.once("close", () => upgraded.delete(socket));
});

let closing = false;
async function close(signal: NodeJS.Signals): Promise<void> {
  if (closing) return;
  closing = true;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  for (const socket of upgraded) socket.destroy();
  if (dev) server.closeAllConnections();
  const force = setTimeout(() => server.closeAllConnections(), 5_000);
  await closed;
  clearTimeout(force);
  await app.close().catch((error: unknown) => console.error(error));
  await pageCache?.stop();
  await jobs?.stop({ graceful: true, timeout: 5_000 }).catch((error: unknown) => console.error(error));
  process.exit(signal === "SIGINT" ? 130 : 143);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void close(signal));

await app.prepare();
// The site works without the job queue: a queue that cannot start is reported, not fatal.
jobs = process.env.DATABASE_URL
  ? await startJobQueue({
      connectionString: process.env.DATABASE_URL,
      prisma: createPrismaClient(process.env.DATABASE_URL),
      origin: cachedPageOrigin(config),
      log: say,
    }).catch((error: unknown) => {
      console.error(`[claim-ledger] the job queue did not start (no e-mail, no due-date notices): ${(error as Error).message}`);
      return undefined;
    })
  : undefined;
server.listen(port);
await once(server, "listening");
const address = server.address();
// A cluster's primary says it for all its workers.
if (cluster.isPrimary) banner(typeof address === "object" && address ? address.port : port);
