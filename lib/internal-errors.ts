import { randomBytes } from "node:crypto";
import { DATABASE_UNAVAILABLE, UNEXPECTED_ERROR } from "@/lib/action-state.ts";

// Unexpected errors: what the server logs and what the client is told. No internal message ever
// reaches a client — no SQL, stack, host, port or connection string. Every unexpected error caught
// on the server is logged here once, with a short random id and the full error, and the client
// gets a generic message carrying that id, so a user's report ("Error id: 7f3a9c") finds the log
// line. A database that cannot be used (down, frozen, refusing connections, timed out) gets a
// message of its own, since trying again later is then the right thing to do.
//
// Callers: `fromError` (lib/action-errors.ts, every Server Action), sign-in's `authorize`
// (lib/accounts/auth-options.ts), route handlers (`internalErrorResponse`). Errors thrown while
// rendering a page are logged by Next.js itself with its `digest`, which app/error.tsx shows as
// the id; an error reported here first keeps our id as its digest (see `reportInternalError`).

/** What a client may see of an unexpected error: a generic message with the id of the log line. */
export interface InternalErrorReport {
  /** Six hex digits, e.g. "7f3a9c": short enough to read out, random enough to find in a log. */
  id: string;
  /** The generic message with the id, e.g. "Something went wrong; nothing was saved. Error id: 7f3a9c." */
  message: string;
  /** Whether the database could not be used (the message then says so). */
  databaseUnavailable: boolean;
}

/** The shape of an error id, for tests and log searches. */
export const ERROR_ID_PATTERN = /^[0-9a-f]{6}$/;

/** A message followed by the id: "… Error id: 7f3a9c." */
export function withErrorId(message: string, id: string): string {
  return `${message} Error id: ${id}.`;
}

// An error reported twice (caught, reported, rethrown and caught again) keeps its first id and is
// logged only the first time.
const reported = new WeakMap<object, string>();

/**
 * Logs an unexpected error once — `[error 7f3a9c] <where>:` and the full error, stack and cause
 * included — and returns the generic message with that id for the client.
 *
 * The id is also set as the error's `digest` when it has none: should the error go on to fail a
 * page render, Next.js keeps an existing digest, so the error page (app/error.tsx) shows this id.
 */
export function reportInternalError(error: unknown, where: string): InternalErrorReport {
  const databaseUnavailable = isDatabaseUnavailable(error);
  const message = databaseUnavailable ? DATABASE_UNAVAILABLE : UNEXPECTED_ERROR;
  const known = isObject(error) ? reported.get(error) : undefined;
  if (known) return { id: known, message: withErrorId(message, known), databaseUnavailable };

  const id = randomBytes(3).toString("hex");
  if (isObject(error)) {
    reported.set(error, id);
    if (!("digest" in error)) {
      try {
        Object.defineProperty(error, "digest", { value: id, configurable: true, writable: true });
      } catch {
        // A frozen object: the id is still in the log line.
      }
    }
  }
  console.error(`[error ${id}] ${where}${databaseUnavailable ? " (database unavailable)" : ""}:`, error);
  return { id, message: withErrorId(message, id), databaseUnavailable };
}

/**
 * A route handler's answer to an unexpected error: logged with an id, 503 when the database is
 * unavailable (with `Retry-After`), else 500; the body is `{"error": <generic message>, "errorId"}`.
 */
export function internalErrorResponse(error: unknown, where: string): Response {
  const report = reportInternalError(error, where);
  return Response.json(
    { error: report.message, errorId: report.id },
    {
      status: report.databaseUnavailable ? 503 : 500,
      headers: { "Cache-Control": "no-store", ...(report.databaseUnavailable ? { "Retry-After": "60" } : {}) },
    },
  );
}

/**
 * A route handler whose unexpected errors become internalErrorResponse (logged with an id, a generic
 * body) rather than Next.js's bare 500: `export const GET = answeringErrors("GET /api/claims", async (request) => …)`.
 */
export function answeringErrors<Args extends unknown[]>(where: string, handler: (...args: Args) => Promise<Response> | Response) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      return internalErrorResponse(error, where);
    }
  };
}

// What "the database cannot be used" looks like, at each layer it may surface from.

/** Prisma's codes for a database it cannot reach, log into or wait for. */
const PRISMA_CODES = new Set([
  "P1000", // authentication failed
  "P1001", // can't reach database server
  "P1002", // reached, but timed out
  "P1003", // database does not exist
  "P1008", // operations timed out
  "P1010", // access denied
  "P1011", // TLS connection error
  "P1017", // server closed the connection
  "P2024", // timed out fetching a connection from the pool
  "P2037", // too many database connections
]);

/** @prisma/adapter-pg's kinds of driver error (`meta.driverAdapterError.cause.kind`) that mean the same. */
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TlsConnectionError",
  "DatabaseDoesNotExist",
  "DatabaseAccessDenied",
  "AuthenticationFailed",
]);

/** Node's socket error codes for a server that is not there or went away. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN", "EPIPE"]);

/**
 * PostgreSQL's SQLSTATEs: 08… connection exceptions, 57014 a statement cancelled (our
 * statement_timeout), 57P01–57P03 the server shutting down or still starting, 53300 too many
 * connections.
 */
function isUnavailableSqlState(code: string): boolean {
  return code.startsWith("08") || code === "57014" || code === "57P01" || code === "57P02" || code === "57P03" || code === "53300";
}

/** What node-postgres rejects a query with once it outlived `query_timeout` (a frozen server). */
export const PG_READ_TIMEOUT = "Query read timeout";

/** node-postgres's own errors, which have no code: a connect or query timeout, a dropped connection. */
const PG_MESSAGES = [
  /^Connection terminated/, // "… due to connection timeout", "… unexpectedly"
  /^timeout exceeded when trying to connect$/, // no free pool connection in time
  new RegExp(`^${PG_READ_TIMEOUT}$`),
  /is not queryable$/, // a client whose connection already failed
  /^Client was closed and is not queryable$/,
  // P2028, when no connection came within the transaction's maxWait (a frozen or saturated server);
  // P2028's other messages (a transaction already closed) are bugs, not outages.
  /Unable to start a transaction in the given time\.?$/,
];

/**
 * Whether `error` means the database could not be used: unreachable, refusing connections, too
 * slow to connect, too busy to take one more search (BusyError), a statement timed out, or the connection dropped — rather than a bug or a
 * broken constraint. Looks through Prisma's wrapping (`meta.driverAdapterError`), `cause` chains
 * and AggregateError's `errors`.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0 && seen.size < 20) {
    const current = pending.pop();
    if (!isObject(current) || seen.has(current)) continue;
    seen.add(current);
    const { name, code, kind, message } = current as { name?: unknown; code?: unknown; kind?: unknown; message?: unknown };
    if (name === "PrismaClientInitializationError" || name === "BusyError") return true;
    if (typeof code === "string" && (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || (/^[0-9A-Z]{5}$/.test(code) && isUnavailableSqlState(code)))) return true;
    if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
    if (typeof message === "string" && PG_MESSAGES.some((pattern) => pattern.test(message))) return true;
    const record = current as { cause?: unknown; meta?: { driverAdapterError?: unknown }; errors?: unknown };
    pending.push(record.cause, record.meta?.driverAdapterError);
    if (Array.isArray(record.errors)) pending.push(...record.errors);
  }
  return false;
}

function isObject(value: unknown): value is object {
  return (typeof value === "object" || typeof value === "function") && value !== null;
}
