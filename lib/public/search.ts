import { z } from "zod";
import { Prisma, type PrismaClient } from "@/generated/prisma/client.ts";
import { ClaimKind, ClaimStatus } from "@/generated/prisma/enums.ts";
import { calendarDay, idSchema, MAX_DATABASE_ID, safeText } from "@/lib/fields.ts";
import { listedClaimCondition, publishedClaimCondition, type ClaimListItem } from "@/lib/public/published-claims.ts";
import { concurrencyLimit } from "@/lib/platform/concurrency-limit.ts";
import { db } from "@/lib/platform/db.ts";
import { overdueCondition } from "@/lib/public/overdue.ts";
import { VERDICTS } from "@/lib/status.ts";

/**
 * The claim index: search, filters, sorts and keyset pagination, shared by the home page and
 * GET /api/claims. Parameters are parsed here (zod), the SQL is built from Prisma.sql fragments
 * (user input only ever travels as bound parameters).
 */

export const SORTS = ["relevance", "newest", "updated", "outcomes"] as const;
export type Sort = (typeof SORTS)[number];

export const SORT_LABEL: Record<Sort, string> = {
  relevance: "Best match",
  newest: "Newest statement",
  updated: "Recently updated",
  outcomes: "Most outcomes",
};

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;
/** More words than this are ignored: each one is a separate index lookup. */
export const MAX_TERMS = 8;
/**
 * "Best match" ranks at most this many matches. Ranking reads every match (about 30,000 for a
 * common name prefix at a million claims: a second), so a search that PostgreSQL estimates to have
 * more matches is shown newest first instead — the statement-date index walked until a page of
 * matches is found — with a note saying so (SearchPage.relevanceFallback).
 */
export const RANK_LIMIT = 1_000;
/**
 * The counts per status of a filtered search stop after this many matches (shown as "1,000+"):
 * counting every match of a broad filter over a million claims takes up to seconds, and at a
 * million claims a cap of 10,000 still cost 120 ms for kind=PROMISE against 33 ms for 1,000
 * (README, "Scale benchmark"). Counts without filters are exact, from ClaimStatusCount.
 */
export const COUNT_CAP = 1_000;

/**
 * One field per URL parameter; a parameter may appear once, except status (repeatable). Text and
 * dates go through the shared field schemas (lib/fields.ts): a control character (a NUL byte, an
 * escape) or an impossible day ("There is no 30 February 2025.") is an issue, never a query.
 */
const fieldSchemas = {
  q: safeText("the search text", 200),
  status: z.array(z.enum(ClaimStatus, { error: `Status must be one of ${Object.values(ClaimStatus).join(", ")}.` })),
  claimant: safeText("the claimant", 100).pipe(
    z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "Claimant must be a claimant's slug, like antony-blinken." }),
  ),
  kind: z.enum(ClaimKind, { error: `Kind must be one of ${Object.values(ClaimKind).join(", ")}.` }),
  tag: safeText("the tag", 100),
  from: calendarDay("the start date"),
  to: calendarDay("the end date"),
  verdict: z.enum(["true", "false", "1", "0", "on"], { error: "verdict is true or false." }).transform((v) => v === "true" || v === "1" || v === "on"),
  dueAfter: calendarDay("the due-by start date"),
  dueBefore: calendarDay("the due-by end date"),
  overdue: z.enum(["true", "false", "1", "0", "on"], { error: "overdue is true or false." }).transform((v) => v === "true" || v === "1" || v === "on"),
  sort: z.enum(SORTS, { error: `Sort must be one of ${SORTS.join(", ")}.` }),
  cursor: safeText("the page cursor", 500).pipe(z.string().regex(/^[A-Za-z0-9_-]+$/, { error: "The page cursor is not valid." })),
  limit: z.string().regex(/^\d+$/, { error: `Limit is a whole number from 1 to ${MAX_LIMIT}.` }).transform(Number).pipe(
    z.number().int().min(1, { error: `Limit is a whole number from 1 to ${MAX_LIMIT}.` }).max(MAX_LIMIT, { error: `Limit is a whole number from 1 to ${MAX_LIMIT}.` }),
  ),
} as const;

type Field = keyof typeof fieldSchemas;

const cursorId = idSchema("claim");
const cursorDay = calendarDay("the page cursor's day");
/** A rank, compared as a `real` (ts_rank's type): one a real cannot hold (1e39 overflows, 1e-50 underflows) would fail in PostgreSQL. */
const cursorRank = z.number().refine((rank) => Number.isFinite(Math.fround(rank)) && (Math.fround(rank) !== 0 || rank === 0));

/**
 * The cursor: the sort it belongs to, the sort key of the last row shown, and that row's id. A
 * relevance cursor with `d` (a statement day) instead of `k` (a rank) continues a search that had
 * too many matches to rank, newest first: the order of a search's pages never changes midway.
 */
const cursorSchema = z.union([
  z.object({ s: z.literal("relevance"), k: cursorRank, id: cursorId }),
  z.object({ s: z.literal("relevance"), d: cursorDay, id: cursorId }),
  z.object({ s: z.literal("newest"), k: cursorDay, id: cursorId }),
  z.object({ s: z.literal("updated"), k: z.iso.datetime().refine((time) => cursorDay.safeParse(time.slice(0, 10)).success), id: cursorId }),
  // An outcome count is an `integer` column, bounded like an id.
  z.object({ s: z.literal("outcomes"), k: z.number().int().min(0).max(MAX_DATABASE_ID), id: cursorId }),
]);
export type Cursor = z.infer<typeof cursorSchema>;

export interface ClaimSearch {
  q?: string;
  /** The words of q that are searched for (letters and digits only). */
  terms: string[];
  statuses: ClaimStatus[];
  claimant?: string;
  kind?: ClaimKind;
  tag?: string;
  from?: string;
  to?: string;
  verdict: boolean;
  /** Due on or after / on or before this day. */
  dueAfter?: string;
  dueBefore?: string;
  overdue: boolean;
  sort: Sort;
  cursor?: Cursor;
  limit: number;
}

export interface SearchIssue {
  param: string;
  message: string;
}

export type ParsedSearch = { search: ClaimSearch; issues: SearchIssue[] };

export type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function valuesOf(raw: RawParams, name: string): string[] {
  if (raw instanceof URLSearchParams) return raw.getAll(name);
  const value = raw[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

function decodeCursor(text: string): Cursor | null {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Search words: runs of letters and digits, at most MAX_TERMS, duplicates dropped. */
export function searchTerms(q: string | undefined): string[] {
  const words = (q ?? "").normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.map((word) => word.toLowerCase()))].slice(0, MAX_TERMS);
}

/**
 * Parses index parameters. Every problem is reported as an issue, and the parameter it concerns
 * falls back to its default: the page shows the issues next to a working result, the API
 * answers 400 with them.
 */
export function parseClaimSearch(raw: RawParams): ParsedSearch {
  const issues: SearchIssue[] = [];
  const value = <F extends Field>(field: F): z.output<(typeof fieldSchemas)[F]> | undefined => {
    const values = valuesOf(raw, field).filter((v) => v !== "");
    if (values.length === 0) return undefined;
    if (field !== "status" && values.length > 1) {
      issues.push({ param: field, message: `Give ${field} once.` });
      return undefined;
    }
    const parsed = fieldSchemas[field].safeParse(field === "status" ? values : values[0]);
    if (parsed.success) return parsed.data as z.output<(typeof fieldSchemas)[F]>;
    issues.push({ param: field, message: parsed.error.issues[0]?.message ?? `Invalid ${field}.` });
    return undefined;
  };

  const q = value("q") || undefined;
  const terms = searchTerms(q);
  let from = value("from");
  let to = value("to");
  if (from && to && from > to) {
    issues.push({ param: "to", message: "The end date is before the start date." });
    from = to = undefined;
  }
  let dueAfter = value("dueAfter");
  let dueBefore = value("dueBefore");
  if (dueAfter && dueBefore && dueAfter > dueBefore) {
    issues.push({ param: "dueBefore", message: "The due-by end date is before its start date." });
    dueAfter = dueBefore = undefined;
  }
  const requestedSort = value("sort");
  // Relevance needs search words; without them the index falls back to the newest statements.
  const sort: Sort = requestedSort && (requestedSort !== "relevance" || terms.length > 0) ? requestedSort : terms.length > 0 ? "relevance" : "newest";

  const cursorText = value("cursor");
  let cursor: Cursor | undefined;
  if (cursorText) {
    const decoded = decodeCursor(cursorText);
    if (!decoded) issues.push({ param: "cursor", message: "The page cursor is not valid." });
    else if (decoded.s !== sort) issues.push({ param: "cursor", message: "The page cursor belongs to another sort order." });
    else cursor = decoded;
  }

  return {
    search: {
      q,
      terms,
      statuses: [...new Set(value("status") ?? [])],
      claimant: value("claimant"),
      kind: value("kind"),
      // A tag of spaces only is no tag, as an empty one is.
      tag: value("tag") || undefined,
      from,
      to,
      verdict: value("verdict") ?? false,
      dueAfter,
      dueBefore,
      overdue: value("overdue") ?? false,
      sort,
      cursor,
      limit: value("limit") ?? DEFAULT_LIMIT,
    },
    issues,
  };
}

/**
 * The link to a search's results: /search?… (rendered per request), or the cached index `/` when
 * nothing is asked. Links never point at `/?…`: the client router keeps the cached `/` whatever
 * its query (the proxy still sends a typed or bookmarked `/?q=…` to /search).
 */
export function searchHref(search: ClaimSearch, change: Partial<ClaimSearch> = {}): string {
  const query = searchQueryString(search, change);
  return query ? `/search${query}` : "/";
}

/** The URL query string of a search (defaults left out), e.g. for links and the next page. */
export function searchQueryString(search: ClaimSearch, change: Partial<ClaimSearch> = {}): string {
  const s = { ...search, ...change };
  const params = new URLSearchParams();
  if (s.q) params.set("q", s.q);
  for (const status of s.statuses) params.append("status", status);
  if (s.claimant) params.set("claimant", s.claimant);
  if (s.kind) params.set("kind", s.kind);
  if (s.tag) params.set("tag", s.tag);
  if (s.from) params.set("from", s.from);
  if (s.to) params.set("to", s.to);
  if (s.verdict) params.set("verdict", "true");
  if (s.dueAfter) params.set("dueAfter", s.dueAfter);
  if (s.dueBefore) params.set("dueBefore", s.dueBefore);
  if (s.overdue) params.set("overdue", "true");
  const defaultSort = s.terms.length > 0 ? "relevance" : "newest";
  if (s.sort !== defaultSort) params.set("sort", s.sort);
  if (s.limit !== DEFAULT_LIMIT) params.set("limit", String(s.limit));
  if (s.cursor) params.set("cursor", encodeCursor(s.cursor));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The tsquery: every word must match as a word prefix, accents and case folded as in the index. */
function tsQuery(terms: string[]): Prisma.Sql {
  return Prisma.join(
    terms.map((term) => Prisma.sql`to_tsquery('simple'::regconfig, quote_literal(public.immutable_unaccent(${term})) || ':*')`),
    " && ",
  );
}

/**
 * Which claims a query reads: the listed ones (the index, its searches and counts), every claim
 * with a public page (reports, where a withdrawn claim stays, marked), or every claim (editors).
 */
type Scope = "listed" | "published" | "all";
const SCOPE_CONDITION: Record<Scope, Prisma.Sql | null> = { listed: listedClaimCondition, published: publishedClaimCondition, all: null };

/** Conditions of every filter but status, which the per-status counts leave out. */
function baseConditions(search: ClaimSearch, scope: Scope = "listed"): Prisma.Sql[] {
  const scoped = SCOPE_CONDITION[scope];
  const conditions = scoped ? [scoped] : [];
  if (search.terms.length > 0) conditions.push(Prisma.sql`c."searchVector" @@ (${tsQuery(search.terms)})`);
  if (search.claimant) {
    // A former slug (a renamed or merged claimant) still names the claimant it leads to.
    conditions.push(Prisma.sql`c."claimantId" = coalesce((SELECT "id" FROM "Claimant" WHERE "slug" = ${search.claimant}),
                                                          (SELECT "claimantId" FROM "ClaimantRedirect" WHERE "slug" = ${search.claimant}))`);
  }
  if (search.kind) conditions.push(Prisma.sql`c."kind" = ${search.kind}::"ClaimKind"`);
  if (search.tag) conditions.push(Prisma.sql`c."tags" @> ARRAY[${search.tag}]::text[]`);
  if (search.from) conditions.push(Prisma.sql`c."statedAt" >= ${search.from}::date`);
  if (search.to) conditions.push(Prisma.sql`c."statedAt" <= ${search.to}::date`);
  if (search.verdict) conditions.push(Prisma.sql`c."status" = ANY(${[...VERDICTS]}::"ClaimStatus"[])`);
  if (search.dueAfter) conditions.push(Prisma.sql`c."dueAt" >= ${search.dueAfter}::date`);
  if (search.dueBefore) conditions.push(Prisma.sql`c."dueAt" <= ${search.dueBefore}::date`);
  if (search.overdue) conditions.push(overdueCondition());
  return conditions;
}

function statusCondition(search: ClaimSearch): Prisma.Sql[] {
  return search.statuses.length > 0 ? [Prisma.sql`c."status" = ANY(${search.statuses}::"ClaimStatus"[])`] : [];
}

/** The sort key expression of each sort; rows are ordered by it, then by id, both descending. */
function sortKey(search: ClaimSearch): Prisma.Sql {
  switch (search.sort) {
    case "relevance":
      return Prisma.sql`ts_rank(c."searchVector", ${tsQuery(search.terms)})`;
    case "newest":
      return Prisma.sql`c."statedAt"`;
    case "updated":
      return Prisma.sql`c."updatedAt"`;
    case "outcomes":
      return Prisma.sql`c."outcomeCount"`;
  }
}

function keysetCondition(search: ClaimSearch, key: Prisma.Sql): Prisma.Sql[] {
  const { cursor } = search;
  if (!cursor) return [];
  switch (cursor.s) {
    case "relevance":
      return "d" in cursor
        ? [Prisma.sql`(c."statedAt", c."id") < (${cursor.d}::date, ${cursor.id}::integer)`]
        : [Prisma.sql`(${key}, c."id") < (${cursor.k}::real, ${cursor.id}::integer)`];
    case "newest":
      return [Prisma.sql`(${key}, c."id") < (${cursor.k}::date, ${cursor.id}::integer)`];
    case "updated":
      return [Prisma.sql`(${key}, c."id") < (${cursor.k}::timestamptz AT TIME ZONE 'UTC', ${cursor.id}::integer)`];
    case "outcomes":
      return [Prisma.sql`(${key}, c."id") < (${cursor.k}::integer, ${cursor.id}::integer)`];
  }
}

/**
 * Every filter of the index (search words, status, claimant, …) as one SQL condition over the alias
 * `c`, for the CSV reports: published claims, withdrawn ones included (the report marks them), or
 * with `includeDrafts` every claim. Only editors' reports may include drafts.
 */
export function filterCondition(search: ClaimSearch, { includeDrafts = false }: { includeDrafts?: boolean } = {}): Prisma.Sql {
  const conditions = [...baseConditions(search, includeDrafts ? "all" : "published"), ...statusCondition(search)];
  return conditions.length > 0 ? Prisma.join(conditions, " AND ") : Prisma.sql`true`;
}

const where = (conditions: Prisma.Sql[]) => Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}`;

/**
 * The SQL of one page, with what a claim card shows (ClaimListItem), one row more than the page
 * to know whether more follow. One statement: the page is a single round trip. `newestFirst`
 * orders a relevance search by statement date instead of rank (a search with more than
 * RANK_LIMIT matches; its cursors carry a day, so later pages keep that order by themselves).
 */
export function pageQuery(search: ClaimSearch, { newestFirst = false }: { newestFirst?: boolean } = {}): Prisma.Sql {
  const byDate = search.sort === "relevance" && (search.cursor ? "d" in search.cursor : newestFirst);
  const key = byDate ? Prisma.sql`c."statedAt"` : sortKey(search);
  const conditions = [...baseConditions(search), ...statusCondition(search), ...keysetCondition(search, key)];
  return Prisma.sql`
    SELECT c."id", c."quote", c."summary", c."headline", c."statedAt", c."kind", c."status", c."dueAt", c."outcomeCount",
           cl."name" AS "claimantName", cl."title" AS "claimantTitle", cl."slug" AS "claimantSlug",
           s."id" AS "sourceId", s."title" AS "sourceTitle", s."publisher" AS "sourcePublisher",
           ${key} AS "key"
      FROM "Claim" AS c
      JOIN "Claimant" AS cl ON cl."id" = c."claimantId"
      LEFT JOIN "Source" AS s ON s."id" = c."sourceId"
     ${where(conditions)}
     ORDER BY ${key} DESC, c."id" DESC
     LIMIT ${search.limit + 1}`;
}

/**
 * How many published claims PostgreSQL expects the search (status filter included) to match: the
 * planner's row estimate, from its statistics on the search vector's words (ANALYZE), so no row
 * is read. Asked before the first page of a relevance search: finding out exactly needs every
 * match (tens of milliseconds for a common name even with the GIN index), which is the cost
 * being avoided.
 */
export async function estimatedMatches(search: ClaimSearch, prisma: PrismaClient = db): Promise<number> {
  const conditions = [...baseConditions(search), ...statusCondition(search)];
  const [row] = await prisma.$queryRaw<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }[]>(
    Prisma.sql`EXPLAIN (FORMAT JSON) SELECT FROM "Claim" AS c ${where(conditions)}`,
  );
  return row?.["QUERY PLAN"][0].Plan["Plan Rows"] ?? 0;
}

interface PageRow {
  id: number;
  quote: string;
  summary: string;
  headline: string | null;
  statedAt: Date;
  kind: ClaimKind;
  status: ClaimStatus;
  dueAt: Date | null;
  outcomeCount: number;
  claimantName: string;
  claimantTitle: string | null;
  claimantSlug: string;
  sourceId: number | null;
  sourceTitle: string | null;
  sourcePublisher: string | null;
  key: unknown;
}

function listItem(row: PageRow): ClaimListItem {
  return {
    id: row.id,
    quote: row.quote,
    summary: row.summary,
    headline: row.headline,
    statedAt: row.statedAt,
    kind: row.kind,
    status: row.status,
    dueAt: row.dueAt,
    claimant: { name: row.claimantName, title: row.claimantTitle, slug: row.claimantSlug },
    source: row.sourceId === null ? null : { id: row.sourceId, title: row.sourceTitle ?? "", publisher: row.sourcePublisher },
    outcomeCount: row.outcomeCount,
  };
}

/**
 * The SQL of the per-status counts: every filter applies except the status filter itself. Without
 * other filters they are read from ClaimStatusCount (kept exact by triggers on Claim). With
 * filters, at most COUNT_CAP + 1 matches are counted, in one pass: when there are more, every
 * count is marked `capped` — it is how many of the counted matches have that status, a lower bound.
 * The counted matches are the newest: for a broad search word PostgreSQL then walks the statement-date
 * index until it has them, instead of building the word's whole GIN bitmap first (2–9× faster at a
 * million claims), and the capped counts describe the most recent statements.
 */
export function countsQuery(search: ClaimSearch, countCap: number = COUNT_CAP): Prisma.Sql {
  const conditions = baseConditions(search);
  // Only the listed-claims condition: no filter but (perhaps) status. ClaimStatusCount counts the
  // claims that are not withdrawn, so its PUBLISHED rows are the listed claims.
  if (conditions.length === 1) {
    return Prisma.sql`SELECT "status", "count", false AS "capped" FROM "ClaimStatusCount" WHERE "visibility" = 'PUBLISHED'`;
  }
  return Prisma.sql`
    SELECT m."status", count(*)::integer AS "count", sum(count(*)) OVER () > ${countCap} AS "capped"
      FROM (SELECT c."status" FROM "Claim" AS c ${where(conditions)} ORDER BY c."statedAt" DESC, c."id" DESC LIMIT ${countCap + 1}) AS m
     GROUP BY m."status"`;
}

function cursorFor(search: ClaimSearch, row: PageRow, newestFirst: boolean): Cursor {
  switch (search.sort) {
    case "relevance":
      return newestFirst ? { s: "relevance", d: day(row.statedAt), id: row.id } : { s: "relevance", k: Number(row.key), id: row.id };
    case "newest":
      return { s: "newest", k: day(row.key as Date), id: row.id };
    case "updated":
      return { s: "updated", k: (row.key as Date).toISOString(), id: row.id };
    case "outcomes":
      return { s: "outcomes", k: Number(row.key), id: row.id };
  }
}

const day = (date: Date) => date.toISOString().slice(0, 10);

export interface StatusCount {
  status: ClaimStatus;
  count: number;
  /**
   * The search matches more than COUNT_CAP claims and counting stopped there: `count` is how many
   * of the counted matches have this status, a lower bound.
   */
  capped: boolean;
}

export interface ResultsPage {
  items: ClaimListItem[];
  nextCursor: Cursor | null;
  /**
   * The search asked for the best match, but PostgreSQL estimates more than RANK_LIMIT matches:
   * the items are the newest matches instead (and so are the following pages).
   */
  relevanceFallback: boolean;
}

export interface SearchCounts {
  /** Published claims per status for the search without its status filter, every status listed. */
  statusCounts: StatusCount[];
  /** Claims matching the whole search, status filter included (a lower bound when totalCapped). */
  total: number;
  /** A count in `total` was capped at COUNT_CAP: there are more than `total` matches. */
  totalCapped: boolean;
}

export type SearchPage = ResultsPage & SearchCounts;

/** One page of published claims. `rankLimit` (RANK_LIMIT) is there for tests. */
export async function searchResults(
  search: ClaimSearch,
  { prisma = db, rankLimit = RANK_LIMIT }: { prisma?: PrismaClient; rankLimit?: number } = {},
): Promise<ResultsPage> {
  const relevanceFallback =
    search.sort === "relevance" && (search.cursor ? "d" in search.cursor : (await estimatedMatches(search, prisma)) > rankLimit);
  const rows = await prisma.$queryRaw<PageRow[]>(pageQuery(search, { newestFirst: relevanceFallback }));
  const pageRows = rows.slice(0, search.limit);
  const last = pageRows.at(-1);
  const nextCursor = rows.length > search.limit && last ? cursorFor(search, last, relevanceFallback) : null;
  return { items: pageRows.map(listItem), nextCursor, relevanceFallback };
}

/**
 * The search's per-status counts and total. A broad text search costs its GIN bitmap here (100s of
 * ms at a million claims), so pages load them separately from the results. `countCap` (COUNT_CAP)
 * is there for tests.
 */
export async function searchCounts(
  search: ClaimSearch,
  { prisma = db, countCap = COUNT_CAP, cacheCounts }: { prisma?: PrismaClient; countCap?: number; cacheCounts?: CountsCache } = {},
): Promise<SearchCounts> {
  const query = countsQuery(search, countCap);
  const read = () => prisma.$queryRaw<StatusCount[]>(query);
  const countRows = cacheCounts ? await cacheCounts(JSON.stringify([query.text, query.values]), read) : await read();
  // Capped counts are all lower bounds, those of statuses none of the counted matches had included.
  const capped = countRows.some((row) => row.capped);
  const byStatus = new Map(countRows.map((row) => [row.status, row.count]));
  const statusCounts = Object.values(ClaimStatus).map((status) => ({ status, count: byStatus.get(status) ?? 0, capped }));
  const included = statusCounts.filter(({ status }) => search.statuses.length === 0 || search.statuses.includes(status));
  const total = included.reduce((sum, { count }) => sum + count, 0);
  const totalCapped = included.some(({ capped }) => capped);
  return { statusCounts, total, totalCapped };
}

/**
 * Searches one process runs against the database at once; the others wait in turn. At a million
 * claims a search is a few tens of milliseconds of database CPU, and many at once only slow each
 * other down (measured through the JSON API on one process: 28 searches/s at 4 at a time, 18/s and
 * 503s at 50) and starve the page cache's invalidation listener (README, "HTTP benchmark").
 */
export const SEARCHES_AT_ONCE = 4;
/** A search still waiting for its turn after this long answers 503 (BusyError) rather than run for a reader long gone (browsers and load balancers give up after 10–60 s). */
export const SEARCH_MAX_WAIT_MS = 10_000;
/**
 * Runs a read as one of this process's SEARCHES_AT_ONCE searches, after waiting its turn. What a
 * page reads beside its search (the index's claimant filter) is read in the same turn: reads left
 * outside it ran for every queued request at once, and under load asked the connection pool for
 * more connections than it has (README, "HTTP benchmark").
 */
export const inSearchTurn = concurrencyLimit(SEARCHES_AT_ONCE, { maxWaitMs: SEARCH_MAX_WAIT_MS });

/**
 * Keeps a search's counts between requests, by their SQL (`key`): the app's is
 * lib/public/cached-search-counts.ts. At a million claims the counts are most of a search's database
 * time (about 23 of 25 ms for a common name) and the same for every page of its results, every sort
 * and every status filter.
 */
export type CountsCache = (key: string, read: () => Promise<StatusCount[]>) => Promise<StatusCount[]>;

type SearchOptions = { prisma?: PrismaClient; rankLimit?: number; countCap?: number; cacheCounts?: CountsCache };

/** A page of published claims with the search's counts, read side by side, at once: callers take their turn (inSearchTurn). */
export async function readSearchPage(search: ClaimSearch, options: SearchOptions = {}): Promise<SearchPage> {
  const [results, counts] = await Promise.all([searchResults(search, options), searchCounts(search, options)]);
  return { ...results, ...counts };
}

/** readSearchPage in its turn (the JSON API). */
export function searchClaims(search: ClaimSearch, options: SearchOptions = {}): Promise<SearchPage> {
  return inSearchTurn(() => readSearchPage(search, options));
}
