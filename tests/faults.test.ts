/**
 * Faults: the database frozen (SIGSTOP) and stopped (fast shutdown) while requests are in flight.
 * On a throwaway embedded PostgreSQL of its own, the JSON API, the CSV export, a Server Action and
 * the health check each answer within their timeouts (lib/platform/db.ts: connect 3 s, statement
 * 10 s, read 12 s; health 2 s; the export's 3 s), with the generic message only, write nothing
 * partially, and work again once the database is back (SIGCONT, restart).
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import { getURLFromRedirectError } from "next/dist/client/components/redirect.js";
import { isRedirectError } from "next/dist/client/components/redirect-error.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client.ts";
import { DATABASE_UNAVAILABLE } from "@/lib/action-state.ts";
import { isDatabaseUnavailable } from "@/lib/internal-errors.ts";
import { createPrismaClient, QUERY_READ_MARGIN_MS, STATEMENT_TIMEOUT_MS } from "@/lib/platform/db.ts";
import { applyMigrations } from "@/lib/platform/migrations/runner.ts";
import { signalPostgres, startEmbeddedPostgres, type EmbeddedPostgresServer } from "@/lib/platform/postgres/embedded.ts";
import { exportPool } from "@/lib/reports/export-connection.ts";
import { actAs } from "./support/session.ts";
import { makeTempDir } from "./support/temp-dir.ts";

vi.mock("@/lib/accounts/session.ts", () => import("./support/session.ts"));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

/** Published claims, more than two export batches of 1,000, so a download is cut off mid-stream. */
const CLAIMS = 2_500;
const ARTICLE = "VIENNA — The minister said the bridge would open in spring. Nobody else said so.";
const QUOTE = "the bridge would open in spring";

/** What must never reach a client. */
const INTERNALS = /prisma|127\.0\.0\.1|ECONNREFUSED/i;
/** Slack for a loaded 2-core machine on top of each timeout. */
const SLACK_MS = 1_500;
const LIMIT_MS = { api: 12_000 + SLACK_MS, action: 12_000 + SLACK_MS, health: 2_000 + SLACK_MS, export: 5_000 } as const;

const appClient = globalThis as { prisma?: PrismaClient };
let dataDir: string;
let server: EmbeddedPostgresServer;
let prisma: PrismaClient;
let editorId: number;
let claimantId: number;
let sourceId: number;
let claimId: number;
let actionCalls = 0;
const figures = { sent: 0, answeredInTime: 0, writtenPartially: 0, timings: [] as string[] };

type Kind = keyof typeof LIMIT_MS;
interface Answer {
  name: string;
  kind: Kind;
  ms: number;
  status?: number;
  body: string;
  /** The action's summary, to find what it wrote. */
  summary?: string;
  redirected?: boolean;
}

async function timed(name: string, kind: Kind, call: () => Promise<Omit<Answer, "name" | "kind" | "ms">>): Promise<Answer> {
  figures.sent++;
  const started = performance.now();
  const answer = await call();
  return { name, kind, ms: Math.round(performance.now() - started), ...answer };
}

const host = { host: "localhost:3000" };

async function listClaims(): Promise<Answer> {
  const { GET } = await import("@/app/api/claims/route.ts");
  return timed("GET /api/claims", "api", async () => {
    const response = await GET(new Request("http://localhost:3000/api/claims?sort=newest", { headers: host }));
    return { status: response.status, body: await response.text() };
  });
}

async function oneClaim(): Promise<Answer> {
  const { GET } = await import("@/app/api/claims/[id]/route.ts");
  return timed("GET /api/claims/{id}", "api", async () => {
    const response = await GET(new Request(`http://localhost:3000/api/claims/${claimId}`, { headers: host }), { params: Promise.resolve({ id: String(claimId) }) });
    return { status: response.status, body: await response.text() };
  });
}

async function exportClaims(): Promise<Answer> {
  const { GET } = await import("@/app/api/export/claims.csv/route.ts");
  return timed("GET /api/export/claims.csv", "export", async () => {
    const response = await GET(new Request("http://localhost:3000/api/export/claims.csv", { headers: host }));
    // A 200 is read to its end; a body that breaks off is recorded as such.
    const body = await response.text().catch((error: unknown) => `[cut off: ${(error as Error).message}]`);
    return { status: response.status, body };
  });
}

async function health(): Promise<Answer> {
  const { GET } = await import("@/app/api/health/route.ts");
  return timed("GET /api/health", "health", async () => {
    const response = await GET();
    return { status: response.status, body: await response.text() };
  });
}

async function createClaim(): Promise<Answer> {
  const { createClaimAction } = await import("@/app/editor/claims/actions.ts");
  const call = ++actionCalls;
  const summary = `Bridge opening, call ${call}.`;
  const form = new FormData();
  const day = String(1 + (call % 28)).padStart(2, "0");
  const fields = { quote: QUOTE, summary, claimantId: String(claimantId), sourceId: String(sourceId), statedAt: `2024-03-${day}`, kind: "PROMISE", tags: "", dueAt: "", quoteOccurrence: "" };
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return timed("createClaimAction", "action", async () => {
    const outcome = await createClaimAction({ status: "idle" }, form).catch((error: unknown) => error);
    if (isRedirectError(outcome)) return { body: getURLFromRedirectError(outcome as never) ?? "", summary, redirected: true };
    return { body: JSON.stringify(outcome), summary, redirected: false };
  });
}

/**
 * One of each request, `times` times over, all at once. Without `withExport` no download: one cut
 * off mid-stream by a frozen server would wait for the export's FETCH timeout (60 s).
 */
const wave = (times = 1, { withExport = true, withHealth = true } = {}) =>
  Array.from({ length: times }, () => [listClaims(), oneClaim(), ...(withExport ? [exportClaims()] : []), ...(withHealth ? [health()] : []), createClaim()]).flat();

/** Every answer within its timeout, and a failure is the generic one: 503 for routes, the unavailable message for the action. */
function expectFailedInTime(answers: Answer[], { allowSuccess }: { allowSuccess: boolean }) {
  for (const answer of answers) {
    figures.timings.push(`${answer.name} ${answer.status ?? (answer.redirected ? "saved" : "error")} ${answer.ms} ms`);
    expect(answer.ms, `${answer.name} took ${answer.ms} ms`).toBeLessThan(LIMIT_MS[answer.kind]);
    expect(answer.body, answer.name).not.toMatch(INTERNALS);
    const succeeded = answer.kind === "action" ? answer.redirected : answer.status === 200 && !answer.body.startsWith("[cut off");
    if (succeeded && allowSuccess) {
      figures.answeredInTime++;
      continue;
    }
    if (answer.kind === "action") {
      expect(JSON.parse(answer.body), answer.name).toMatchObject({ status: "error", message: expect.stringContaining(DATABASE_UNAVAILABLE) });
    } else if (answer.kind === "health") {
      expect(answer.status).toBe(503);
      expect(JSON.parse(answer.body)).toEqual({ status: "error", db: "down" });
    } else {
      expect(answer.status, `${answer.name}: ${answer.body.slice(0, 200)}`).toBe(503);
      expect(JSON.parse(answer.body)).toMatchObject({ error: expect.stringContaining(DATABASE_UNAVAILABLE) });
    }
    figures.answeredInTime++;
  }
}

/** No claim without its CREATED event, and no claim written by an action that said nothing was saved. */
async function expectNoPartialWrites(answers: Answer[]) {
  const orphans = await prisma.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) FROM "Claim" c WHERE NOT EXISTS (SELECT 1 FROM "ClaimEvent" e WHERE e."claimId" = c."id" AND e."type" = 'CREATED')`;
  figures.writtenPartially += Number(orphans[0]!.count);
  for (const answer of answers.filter((a) => a.kind === "action")) {
    const written = await prisma.claim.count({ where: { summary: answer.summary! } });
    if (written !== (answer.redirected ? 1 : 0)) figures.writtenPartially++;
  }
  expect(figures.writtenPartially).toBe(0);
}

/** Everything answers normally. */
async function expectWorking() {
  const answers = await Promise.all(wave());
  for (const answer of answers) {
    if (answer.kind === "action") expect(answer.redirected, answer.body).toBe(true);
    else expect(answer.status, `${answer.name}: ${answer.body.slice(0, 200)}`).toBe(200);
  }
  const csv = answers.find((a) => a.kind === "export")!.body;
  expect(csv.trimEnd().split("\n")).toHaveLength(1 + (await prisma.claim.count({ where: { visibility: "PUBLISHED" } })));
  figures.answeredInTime += answers.length;
  await expectNoPartialWrites(answers);
}

beforeAll(async () => {
  dataDir = path.join(await makeTempDir("claim-ledger-faults"), "pg");
  server = await startEmbeddedPostgres({ dataDir, fast: true });
  await applyMigrations({ connectionString: server.url() });
  process.env.DATABASE_URL = server.url();
  delete appClient.prisma;
  prisma = createPrismaClient(server.url());
  editorId = (await prisma.user.create({ data: { email: "editor@example.org", name: "Editor", role: "EDITOR" } })).id;
  claimantId = (await prisma.claimant.create({ data: { name: "Eva Maier", slug: "eva-maier" } })).id;
  sourceId = (await prisma.source.create({ data: { title: "Vienna bridge", url: "https://news.example/vienna", body: ARTICLE } })).id;
  await prisma.claim.createMany({
    data: Array.from({ length: CLAIMS }, (_, i) => ({
      quote: `Statement number ${i}.`,
      summary: `Summary ${i}.`,
      headline: `Headline ${i}`,
      claimantId,
      statedAt: new Date(Date.UTC(2024, 0, 1 + (i % 300))),
      kind: "ASSERTION" as const,
      visibility: "PUBLISHED" as const,
      publishedAt: new Date(),
    })),
  });
  // Each claim with its CREATED event, as createClaimIn writes them.
  await prisma.$executeRaw`INSERT INTO "ClaimEvent" ("claimId", "type", "actorId") SELECT "id", 'CREATED', ${editorId} FROM "Claim"`;
  claimId = (await prisma.claim.findFirstOrThrow({ select: { id: true } })).id;
  actAs(editorId);
}, 120_000);

afterAll(async () => {
  await appClient.prisma?.$disconnect().catch(() => {});
  await prisma?.$disconnect().catch(() => {});
  await exportPool().end().catch(() => {});
  await server?.stop();
  if (dataDir) await rm(path.dirname(dataDir), { recursive: true, force: true });
  console.log(
    [
      "fault suite figures:",
      `  requests sent: ${figures.sent}`,
      `  answered in time (generic error or success): ${figures.answeredInTime}`,
      `  written partially: ${figures.writtenPartially}`,
      "  timings under faults:",
      ...figures.timings.map((line) => `    ${line}`),
    ].join("\n"),
  );
});

describe("with the database", () => {
  it("works before any fault", async () => {
    await expectWorking();
  });
});

describe("PostgreSQL frozen (SIGSTOP)", () => {
  it("every request in flight or sent while frozen answers within its timeout with the generic error, and works again after SIGCONT", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(console, "warn").mockImplementation(() => {});
    // No health check in flight: concurrent checks share one attempt (lib/platform/health.ts), so a
    // check sent while frozen could take the answer of one that began, and ended, before the freeze.
    const inFlight = wave(1, { withExport: false, withHealth: false });
    await new Promise((resolve) => setTimeout(resolve, 5));
    // The postmaster and every backend: each backend is a process group of its own.
    signalPostgres(server.pid, "SIGSTOP");
    let answers: Answer[];
    try {
      const whileFrozen = wave(2);
      answers = await Promise.all([...inFlight, ...whileFrozen]);
      // Those sent after the freeze must all have failed; those in flight may have finished first.
      expectFailedInTime(answers.slice(0, inFlight.length), { allowSuccess: true });
      expectFailedInTime(answers.slice(inFlight.length), { allowSuccess: false });
    } finally {
      signalPostgres(server.pid, "SIGCONT");
    }
    await expectNoPartialWrites(answers);
    await expectWorking();
    vi.restoreAllMocks();
  }, 60_000);

  it("fails a transaction whose statement the freeze caught within the read timeout, not after a ROLLBACK waited as long again", async () => {
    const client = createPrismaClient(server.url());
    let started = 0;
    const failure = await client
      .$transaction(async (tx) => {
        await tx.claimant.count();
        signalPostgres(server.pid, "SIGSTOP");
        started = performance.now();
        // Past Prisma's 5 s transaction timeout, whose ROLLBACK queues behind this statement.
        await tx.claimant.create({ data: { name: "Frozen Mid-Write", slug: "frozen-mid-write" } });
      })
      .then(
        () => undefined,
        (error: unknown) => error,
      )
      .finally(() => signalPostgres(server.pid, "SIGCONT"));
    const ms = Math.round(performance.now() - started);
    figures.timings.push(`transaction frozen mid-write: failed after ${ms} ms`);
    expect(isDatabaseUnavailable(failure), String(failure)).toBe(true);
    expect(ms).toBeGreaterThanOrEqual(STATEMENT_TIMEOUT_MS);
    expect(ms).toBeLessThan(STATEMENT_TIMEOUT_MS + QUERY_READ_MARGIN_MS + SLACK_MS);
    expect(await prisma.claimant.count({ where: { slug: "frozen-mid-write" } })).toBe(0);
    expect(await client.claimant.count()).toBeGreaterThan(0);
    await client.$disconnect();
  }, 60_000);
});

describe("PostgreSQL stopped (fast shutdown)", () => {
  it("cuts off a download mid-stream, answers every request with the generic error at once, and works again after a restart", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const { GET } = await import("@/app/api/export/claims.csv/route.ts");
    const download = await GET(new Request("http://localhost:3000/api/export/claims.csv", { headers: host }));
    expect(download.status).toBe(200);
    const reader = download.body!.getReader();
    await reader.read(); // the header row; the first batch is read

    const inFlight = wave();
    const stopping = server.stop();
    const started = performance.now();
    await stopping;
    const stopMs = Math.round(performance.now() - started);
    figures.timings.push(`fast shutdown with requests in flight and a download open: ${stopMs} ms`);
    expect(stopMs).toBeLessThan(10_000);
    expect(await server.exited).toMatchObject({ requested: true });

    // The rest of the download breaks off: the stream errors, so the response would end without
    // its terminating chunk and no client takes the part it got for the whole file.
    let received = 0;
    const cutOff = await (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return false;
        received += value.byteLength;
      }
    })().catch(() => true);
    expect(cutOff).toBe(true);
    figures.timings.push(`download cut off mid-stream after ${received} more bytes`);

    const answers = await Promise.all([...inFlight, ...wave(2)]);
    expectFailedInTime(answers.slice(0, inFlight.length), { allowSuccess: true });
    expectFailedInTime(answers.slice(inFlight.length), { allowSuccess: false });

    server = await startEmbeddedPostgres({ dataDir, port: server.port, fast: true });
    await expectNoPartialWrites(answers);
    await expectWorking();
    vi.restoreAllMocks();
  }, 60_000);
});
