import { z } from "zod";
import { Prisma, type PrismaClient } from "@/generated/prisma/client.ts";
import type { ClaimStatus, Visibility } from "@/generated/prisma/enums.ts";
import { idSchema, positiveInteger } from "@/lib/fields.ts";
import { type ClaimSearch, filterCondition, parseClaimSearch, type RawParams, type SearchIssue } from "@/lib/public/search.ts";

/**
 * The editor's claims list: the index's search and filters (lib/public/search.ts, over every claim,
 * drafts and withdrawn ones included) plus the workbench's own: a claim's state and its source.
 * Pages are numbered: editors jump between them, and the list is small next to the public index.
 */

export const CLAIM_STATES = ["draft", "published", "withdrawn"] as const;
export type ClaimState = (typeof CLAIM_STATES)[number];

export const CLAIM_STATE_LABEL: Record<ClaimState, string> = { draft: "Draft", published: "Published", withdrawn: "Withdrawn" };

/** A claim's state: a withdrawn claim stays PUBLISHED (its page shows the notice), so withdrawnAt decides first. */
export function claimState(claim: { visibility: Visibility; withdrawnAt: Date | null }): ClaimState {
  if (claim.withdrawnAt) return "withdrawn";
  return claim.visibility === "DRAFT" ? "draft" : "published";
}

const STATE_CONDITION: Record<ClaimState, Prisma.Sql> = {
  draft: Prisma.sql`c."visibility" = 'DRAFT'`,
  published: Prisma.sql`(c."visibility" = 'PUBLISHED' AND c."withdrawnAt" IS NULL)`,
  withdrawn: Prisma.sql`c."withdrawnAt" IS NOT NULL`,
};

export const CLAIM_LIST_PAGE_SIZE = 50;
const MAX_PAGE = 10_000;

/** The index's parameters the list reads; its sort, cursor and limit are the index's own. */
const SEARCH_PARAMS = ["q", "status", "claimant", "overdue"] as const;

/** Whose claims: the signed-in editor's ("me"), nobody's ("none") or a named editor's (their id). */
export type AssigneeFilter = "me" | "none" | number;

const ASSIGNEE_MESSAGE = "Assignee is me, none or an editor's number.";

const listFieldSchemas = {
  state: z.enum(CLAIM_STATES, { error: `State must be one of ${CLAIM_STATES.join(", ")}.` }),
  assignee: z.union([z.enum(["me", "none"]), idSchema("editor")], { error: ASSIGNEE_MESSAGE }),
  source: idSchema("source"),
  page: positiveInteger(`Page is a whole number from 1 to ${MAX_PAGE}.`).pipe(
    z.number().max(MAX_PAGE, { error: `Page is a whole number from 1 to ${MAX_PAGE}.` }),
  ),
} as const;

export interface ClaimListQuery {
  search: ClaimSearch;
  state?: ClaimState;
  source?: number;
  assignee?: AssigneeFilter;
  page: number;
}

function valuesOf(raw: RawParams, name: string): string[] {
  if (raw instanceof URLSearchParams) return raw.getAll(name);
  const value = raw[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/**
 * Parses the list's URL. As on the index, every problem is an issue naming its parameter, and that
 * parameter falls back to its default: the page shows the issues above a working list.
 */
export function parseClaimListQuery(raw: RawParams): { query: ClaimListQuery; issues: SearchIssue[] } {
  const shared = new URLSearchParams();
  for (const name of SEARCH_PARAMS) for (const value of valuesOf(raw, name)) shared.append(name, value);
  const { search, issues } = parseClaimSearch(shared);

  const value = <F extends keyof typeof listFieldSchemas>(field: F): z.output<(typeof listFieldSchemas)[F]> | undefined => {
    const values = valuesOf(raw, field).filter((v) => v !== "");
    if (values.length === 0) return undefined;
    if (values.length > 1) {
      issues.push({ param: field, message: `Give ${field} once.` });
      return undefined;
    }
    const parsed = listFieldSchemas[field].safeParse(values[0]);
    if (parsed.success) return parsed.data as z.output<(typeof listFieldSchemas)[F]>;
    issues.push({ param: field, message: parsed.error.issues[0]?.message ?? `Invalid ${field}.` });
    return undefined;
  };

  return { query: { search, state: value("state"), source: value("source"), assignee: value("assignee"), page: value("page") ?? 1 }, issues };
}

/** The list's URL query string (defaults left out), for the pages' links. */
export function claimListQueryString(query: ClaimListQuery, change: Partial<Omit<ClaimListQuery, "search">> = {}): string {
  const { search, state, source, assignee, page } = { ...query, ...change };
  const params = new URLSearchParams();
  if (search.q) params.set("q", search.q);
  for (const status of search.statuses) params.append("status", status);
  if (search.claimant) params.set("claimant", search.claimant);
  if (search.overdue) params.set("overdue", "true");
  if (state) params.set("state", state);
  if (source) params.set("source", String(source));
  if (assignee !== undefined) params.set("assignee", String(assignee));
  if (page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

function assigneeCondition(assignee: AssigneeFilter, viewerId: number | null): Prisma.Sql {
  if (assignee === "none") return Prisma.sql`c."assigneeId" IS NULL`;
  const id = assignee === "me" ? viewerId : assignee;
  return id === null ? Prisma.sql`FALSE` : Prisma.sql`c."assigneeId" = ${id}`;
}

function listConditions(query: ClaimListQuery, viewerId: number | null): Prisma.Sql {
  const conditions = [filterCondition(query.search, { includeDrafts: true })];
  if (query.state) conditions.push(STATE_CONDITION[query.state]);
  if (query.source) conditions.push(Prisma.sql`c."sourceId" = ${query.source}`);
  if (query.assignee !== undefined) conditions.push(assigneeCondition(query.assignee, viewerId));
  return Prisma.join(conditions, " AND ");
}

interface ListRow {
  id: number;
  version: number;
  quote: string;
  status: ClaimStatus;
  visibility: Visibility;
  withdrawnAt: Date | null;
  statedAt: Date;
  updatedAt: Date;
  outcomeCount: number;
  claimantName: string;
  assigneeName: string | null;
  /** A change to it waits for another editor's review (lib/workbench/reviews.ts). */
  waitingForReview: boolean;
}

/**
 * One page of the list, most recently changed first, with how many claims match in all. `viewerId`:
 * the signed-in editor, whom the assignee filter "me" names.
 */
export async function listClaimsForEditor(prisma: PrismaClient, query: ClaimListQuery, pageSize = CLAIM_LIST_PAGE_SIZE, viewerId: number | null = null) {
  const where = listConditions(query, viewerId);
  const [rows, [count]] = await Promise.all([
    prisma.$queryRaw<ListRow[]>`
      SELECT c."id", c."version", c."quote", c."status", c."visibility", c."withdrawnAt", c."statedAt", c."updatedAt", c."outcomeCount",
             cl."name" AS "claimantName", u."name" AS "assigneeName",
             EXISTS (SELECT FROM "ReviewRequest" AS r WHERE r."claimId" = c."id" AND r."state" = 'PENDING') AS "waitingForReview"
        FROM "Claim" AS c JOIN "Claimant" AS cl ON cl."id" = c."claimantId"
        LEFT JOIN "User" AS u ON u."id" = c."assigneeId"
       WHERE ${where}
       ORDER BY c."updatedAt" DESC, c."id" DESC
       LIMIT ${pageSize} OFFSET ${(query.page - 1) * pageSize}`,
    prisma.$queryRaw<{ total: number }[]>`SELECT count(*)::integer AS "total" FROM "Claim" AS c WHERE ${where}`,
  ]);
  const total = count?.total ?? 0;
  return {
    claims: rows.map(({ claimantName, ...claim }) => ({ ...claim, claimant: { name: claimantName } })),
    total,
    pages: Math.max(1, Math.ceil(total / pageSize)),
  };
}

/**
 * Every claim the list's query matches, as the batch change takes them (lib/workbench/bulk.ts): its
 * id and current version, most recently changed first, `limit` + 1 at most, so a caller can tell the
 * query matches more than it may change at once.
 */
export function claimListTargets(prisma: PrismaClient, query: ClaimListQuery, limit: number, viewerId: number | null = null) {
  return prisma.$queryRaw<{ id: number; version: number }[]>`
    SELECT c."id", c."version" FROM "Claim" AS c
     WHERE ${listConditions(query, viewerId)}
     ORDER BY c."updatedAt" DESC, c."id" DESC
     LIMIT ${limit + 1}`;
}

/** The choices of the list's claimant and source filters. */
export async function claimListFilterOptions(prisma: PrismaClient) {
  const [claimants, sources] = await Promise.all([
    prisma.claimant.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: { slug: true, name: true } }),
    prisma.source.findMany({ orderBy: [{ title: "asc" }, { id: "asc" }], select: { id: true, title: true } }),
  ]);
  return { claimants, sources };
}

export const QUOTE_EXCERPT_LENGTH = 160;

/**
 * A quote as the workbench's lists show it: whole up to QUOTE_EXCERPT_LENGTH characters, else cut at
 * the last word boundary before it, with an ellipsis (the claim's page shows it whole). Counted in
 * code points, so a character outside the BMP is never split.
 */
export function quoteExcerpt(quote: string, length = QUOTE_EXCERPT_LENGTH): string {
  const characters = Array.from(quote);
  if (characters.length <= length) return quote;
  const cut = characters.slice(0, length).join("");
  const lastSpace = cut.search(/\s\S*$/);
  // A very long word is cut where it stands rather than leaving a few words.
  const excerpt = lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut;
  return `${excerpt.trimEnd()}…`;
}
