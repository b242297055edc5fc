/**
 * No internal error reaches a client (lib/internal-errors.ts): an unexpected error is logged once
 * with a short id and the full error, and the client gets a generic message with that id; a
 * database that cannot be used gets "The database is unavailable; …", within seconds.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client.ts";
import { fromError } from "@/lib/action-errors.ts";
import { DATABASE_UNAVAILABLE, UNEXPECTED_ERROR } from "@/lib/action-state.ts";
import { serverAction } from "@/lib/actions.ts";
import { hashPassword } from "@/lib/accounts/passwords.ts";
import { WRONG_CREDENTIALS } from "@/lib/accounts/sign-in.ts";
import { answeringErrors, ERROR_ID_PATTERN, internalErrorResponse, isDatabaseUnavailable } from "@/lib/internal-errors.ts";
import { createPrismaClient } from "@/lib/platform/db.ts";
import { findFreePort } from "@/lib/platform/postgres/embedded.ts";
import { CLIENT_IP_HEADER } from "@/lib/platform/trusted-proxy.ts";
import { actAs } from "./support/session.ts";
import { useMigratedDatabase } from "./support/test-database.ts";
import { silentServer } from "./support/dead-database.ts";

vi.mock("@/lib/accounts/session.ts", () => import("./support/session.ts"));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

const { database, prisma, users } = useMigratedDatabase({ appDatabase: true, users: { admin: { role: "ADMIN" } } });

const idle = { status: "idle" } as const;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** `message` followed by a six-hex-digit error id; the id is the first group. */
const withId = (message: string) => new RegExp(`^${escapeRegExp(message)} Error id: ([0-9a-f]{6})\\.$`);
const idIn = (message: string | undefined, generic: string) => withId(generic).exec(message ?? "")?.[1];

/** What must never reach a client. */
const INTERNALS = /prisma|invocation|127\.0\.0\.1|ECONNREFUSED|secret|postgresql:|\bat \S+\.ts/i;

/** A URL on which nothing listens. */
const closedPortUrl = async () => `postgresql://app:secret@127.0.0.1:${await findFreePort()}/ledger`;


/** An admin-only Server Action whose call into lib/ is `run`. */
function action(run: () => Promise<unknown>) {
  return serverAction({
    role: "ADMIN",
    fields: ["name"],
    schema: z.object({ name: z.string() }),
    run,
    state: () => ({ status: "success" }),
  });
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

afterEach(() => {
  vi.restoreAllMocks();
  actAs(null);
});

describe("an unexpected error in a Server Action", () => {
  it("gives the client the generic message with an id, and logs the original error once under that id", async () => {
    actAs(users.admin.id);
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const error = new Error('relation "Claimant" violates something at postgresql://app:secret@db/ledger');
    const state = await action(async () => {
      throw error;
    })(idle, form({ name: "Ada" }));

    expect(state).toEqual({ status: "error", message: expect.stringMatching(withId(UNEXPECTED_ERROR)), values: { name: "Ada" } });
    expect(JSON.stringify(state)).not.toMatch(INTERNALS);
    const id = idIn(state.message, UNEXPECTED_ERROR)!;
    expect(id).toMatch(ERROR_ID_PATTERN);
    expect(log).toHaveBeenCalledOnce();
    expect(log).toHaveBeenCalledWith(expect.stringContaining(`[error ${id}]`), error);
    // Should the error go on to fail a page, Next.js keeps this digest: the error page shows the same id.
    expect((error as Error & { digest?: string }).digest).toBe(id);
  });
});

describe("a database that cannot be used", () => {
  let outage: PrismaClient | undefined;
  afterEach(async () => {
    await outage?.$disconnect().catch(() => {});
    outage = undefined;
  });

  it("refusing connections: fromError says the database is unavailable, with an id, at once", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    outage = createPrismaClient(await closedPortUrl());
    const started = performance.now();
    const thrown = await outage.claim.findMany().then(
      () => undefined,
      (error: unknown) => error,
    );
    const state = fromError(thrown, { name: "Ada" });
    expect(performance.now() - started).toBeLessThan(5_000);

    expect(state).toEqual({ status: "error", message: expect.stringMatching(withId(DATABASE_UNAVAILABLE)), values: { name: "Ada" } });
    expect(state.message).not.toMatch(INTERNALS);
    const id = idIn(state.message, DATABASE_UNAVAILABLE);
    expect(log).toHaveBeenCalledWith(expect.stringContaining(`[error ${id}]`), thrown);
  });

  it("frozen (accepts connections, never answers): a Server Action fails within the 3 s connect timeout", async () => {
    actAs(users.admin.id);
    vi.spyOn(console, "error").mockImplementation(() => {});
    const server = await silentServer();
    try {
      outage = createPrismaClient(server.url);
      const client = outage;
      const started = performance.now();
      const state = await action(() => client.claimant.create({ data: { name: "Ada", slug: "ada" } }))(idle, form({ name: "Ada" }));
      const elapsed = performance.now() - started;
      expect(state).toMatchObject({ status: "error", message: expect.stringMatching(withId(DATABASE_UNAVAILABLE)), values: { name: "Ada" } });
      expect(state.message).not.toMatch(INTERNALS);
      expect(elapsed).toBeGreaterThan(2_500);
      expect(elapsed).toBeLessThan(5_000);
    } finally {
      server.close();
    }
  });

  it("frozen: a transaction that cannot start within its wait reads as unavailable", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const server = await silentServer();
    try {
      outage = createPrismaClient(server.url);
      const thrown = await outage.$transaction(async (tx) => tx.claimant.count(), { maxWait: 200 }).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect((thrown as { code?: string }).code).toBe("P2028");
      expect(isDatabaseUnavailable(thrown)).toBe(true);
      expect(fromError(thrown).message).toMatch(withId(DATABASE_UNAVAILABLE));
    } finally {
      server.close();
    }
  });

  it("a statement over the statement timeout is cancelled and reads as unavailable", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    outage = createPrismaClient(database.url, { statementTimeoutMs: 200 });
    const thrown = await outage.$queryRaw`SELECT pg_sleep(2)`.then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(isDatabaseUnavailable(thrown)).toBe(true);
    expect(fromError(thrown).message).toMatch(withId(DATABASE_UNAVAILABLE));
  });

  it("is told apart from other database errors, which stay unexpected", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    await prisma.claimant.create({ data: { name: "Taken", slug: "taken" } });
    const duplicate = await prisma.claimant.create({ data: { name: "Taken", slug: "taken" } }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(isDatabaseUnavailable(duplicate)).toBe(false);
    expect(fromError(duplicate).message).toMatch(withId(UNEXPECTED_ERROR));
  });
});

describe("route handlers", () => {
  it("answer an unexpected error with 500, the generic message and the id; an unavailable database with 503", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = internalErrorResponse(new Error("secret internals"), "GET /api/test");
    const body = (await response.json()) as { error: string; errorId: string };
    expect(response.status).toBe(500);
    expect(body.errorId).toMatch(ERROR_ID_PATTERN);
    expect(body.error).toBe(`${UNEXPECTED_ERROR} Error id: ${body.errorId}.`);
    expect(log).toHaveBeenCalledWith(expect.stringContaining(`[error ${body.errorId}] GET /api/test`), expect.any(Error));

    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED", errno: -111, syscall: "connect" });
    const unavailable = internalErrorResponse(refused, "GET /api/test");
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get("retry-after")).toBe("60");
    expect(JSON.stringify(await unavailable.json())).not.toMatch(INTERNALS);
  });

  it("a handler wrapped in answeringErrors gives that answer instead of throwing, and passes its own answers through", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const failing = answeringErrors("GET /api/failing", async () => {
      throw new Error("relation \"Claim\" does not exist at 127.0.0.1:5432");
    });
    const response = await failing();
    expect(response.status).toBe(500);
    expect(await response.text()).not.toMatch(/relation|127\.0\.0\.1/);
    const fine = answeringErrors("GET /api/fine", async (id: number) => Response.json({ id }));
    expect(await (await fine(7)).json()).toEqual({ id: 7 });
  });
});

describe("sign-in's authorize", () => {
  type Authorize = (credentials: Record<string, string>, request: { headers: Record<string, string> }) => Promise<unknown>;
  async function authorize(): Promise<Authorize> {
    const { authOptions } = await import("@/lib/accounts/auth-options.ts");
    return (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
  }
  const appClient = globalThis as { prisma?: PrismaClient };
  /** A sign-in request as the server in front of Next.js passes it on (scripts/server.ts). */
  const request = { headers: { [CLIENT_IP_HEADER]: "203.0.113.7" } };

  it("passes on its deliberate refusal", async () => {
    await prisma.user.create({ data: { email: "ed@example.org", name: "Ed", role: "EDITOR", passwordHash: await hashPassword("the right password") } });
    await expect((await authorize())({ email: "ed@example.org", password: "a wrong password" }, request)).rejects.toThrow(WRONG_CREDENTIALS);
  });

  it("with the database unreachable throws only the generic message with an id", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const saved = { url: process.env.DATABASE_URL, client: appClient.prisma };
    process.env.DATABASE_URL = await closedPortUrl();
    delete appClient.prisma;
    try {
      const started = performance.now();
      const thrown = await (await authorize())({ email: "ed@example.org", password: "whatever it is" }, request).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(thrown).toBeInstanceOf(Error);
      const message = (thrown as Error).message;
      expect(message).toMatch(withId(DATABASE_UNAVAILABLE));
      expect(message).not.toMatch(INTERNALS);
      expect(log).toHaveBeenCalledWith(expect.stringContaining(`[error ${idIn(message, DATABASE_UNAVAILABLE)}]`), expect.anything());
    } finally {
      // The client authorize created on the unreachable URL (TypeScript thinks `delete` left none).
      await (appClient.prisma as PrismaClient | undefined)?.$disconnect().catch(() => {});
      process.env.DATABASE_URL = saved.url;
      appClient.prisma = saved.client;
    }
  });
});
