import type pg from "pg";
import { z } from "zod";
import { requireRole } from "@/lib/accounts/auth.ts";
import { filterCondition, parseClaimSearch, type SearchIssue } from "@/lib/public/search.ts";
import { AuthorizationError } from "@/lib/errors.ts";
import { claimsReport } from "@/lib/reports/claims-report.ts";
import { EXPORT_POOL_SIZE } from "@/lib/reports/export-connection.ts";
import { historyReport } from "@/lib/reports/history-report.ts";
import { internalErrorResponse, reportInternalError } from "@/lib/internal-errors.ts";
import { csvHeaders, openCsvStream } from "@/lib/reports/stream.ts";
import { siteOrigin } from "@/lib/site.ts";

export type ReportKind = "claims" | "history";

const BUSY_RETRY_SECONDS = 60;

/**
 * Every connection of the export pool is sending a download. The download is refused at once, with
 * a status the client can act on, rather than queued: once the response has started, a connection
 * that never comes could only end it as a broken file.
 */
function exportsBusy(pool: pg.Pool): boolean {
  return pool.totalCount >= (pool.options.max ?? EXPORT_POOL_SIZE) && pool.idleCount === 0;
}

/** The export's own switches, `bom=1` and `internal=1`: absent, empty or 0 is off, 1 is on, anything else an issue. */
const switchSchemas = {
  bom: z.enum(["0", "1"], { error: "bom is 1 (a byte-order mark, for Excel) or 0." }),
  internal: z.enum(["0", "1"], { error: "internal is 1 (drafts, notes and internal events, for editors) or 0." }),
} as const;

function readSwitch(params: URLSearchParams, name: keyof typeof switchSchemas, issues: SearchIssue[]): boolean {
  const values = params.getAll(name).filter((value) => value !== "");
  if (values.length === 0) return false;
  if (values.length > 1) {
    issues.push({ param: name, message: `Give ${name} once.` });
    return false;
  }
  const parsed = switchSchemas[name].safeParse(values[0]);
  if (!parsed.success) issues.push({ param: name, message: parsed.error.issues[0]?.message ?? `Invalid ${name}.` });
  return parsed.data === "1";
}

/**
 * Answers GET /api/export/{claims,history}.csv: the index's filters from the query string,
 * `bom=1` for Excel, `internal=1` (editors only) for drafts, notes and internal events.
 * Readers never get drafts, whatever they send: asking for them without the role is refused.
 * The rows are read on `pool` (lib/reports/export-connection.ts), one connection per download.
 * The first batch is read before the 200: if it cannot be, the answer is 503 (database unavailable)
 * or 500 with a generic message; an error after that errors the body, which cuts the response off.
 */
export async function exportReport(request: Request, pool: pg.Pool, kind: ReportKind): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const { search, issues } = parseClaimSearch(params);
  const internal = readSwitch(params, "internal", issues);
  const bom = readSwitch(params, "bom", issues);
  if (issues.length > 0) return Response.json({ error: "Invalid parameters", issues }, { status: 400 });

  if (internal) {
    try {
      await requireRole("EDITOR");
    } catch (error) {
      if (error instanceof AuthorizationError) return Response.json({ error: error.message }, { status: error.status });
      throw error;
    }
  }
  if (exportsBusy(pool)) {
    return Response.json(
      { error: `The server is already sending ${pool.totalCount} downloads, as many as it sends at once. Try again in a minute.` },
      { status: 503, headers: { "Retry-After": String(BUSY_RETRY_SECONDS) } },
    );
  }
  const conditions = filterCondition(search, { includeDrafts: internal });
  const where = `GET /api/export/${kind}.csv`;
  const options = {
    bom,
    signal: request.signal,
    // After the 200 the error can only cut the download off; the log line keeps its cause.
    onError: (error: unknown) => void reportInternalError(error, `${where} (response cut off mid-stream)`),
  };
  // The first batch is read before answering: a database that is down or frozen gets a 503 with
  // Retry-After (internalErrorResponse), never a 200 with a header row and no data.
  let stream: ReadableStream<Uint8Array>;
  try {
    stream =
      kind === "claims"
        ? await openCsvStream(claimsReport(pool, { conditions, origin: siteOrigin(request.headers), withNotes: internal }), options)
        : await openCsvStream(historyReport(pool, { conditions, internal }), options);
  } catch (error) {
    return internalErrorResponse(error, where);
  }
  return new Response(stream, { headers: csvHeaders(kind === "claims" ? "claims" : "claim-history") });
}
