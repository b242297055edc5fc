import type { PublicAppearance } from "@/lib/public/claim-appearances.ts";
import type { PublicClaimRelations } from "@/lib/public/claim-relations.ts";
import type { ClaimCorrection } from "@/lib/public/corrections.ts";
import type { ClaimListItem, PublishedClaim } from "@/lib/public/published-claims.ts";
import { encodeCursor, type SearchPage } from "@/lib/public/search.ts";
import { isOverdue } from "@/lib/due-dates.ts";
import { STATUS } from "@/lib/status.ts";

/** The public JSON shapes of GET /api/claims and GET /api/claims/{id}. */

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The fields a claim has in both shapes. */
function claimFieldsJson(claim: ClaimListItem | PublishedClaim, origin: string) {
  return {
    id: claim.id,
    url: `${origin}/claims/${claim.id}`,
    headline: claim.headline,
    quote: claim.quote,
    summary: claim.summary,
    statedAt: day(claim.statedAt),
    kind: claim.kind,
    status: claim.status,
    statusLabel: STATUS[claim.status].label,
    dueAt: claim.dueAt && day(claim.dueAt),
    overdue: isOverdue(claim),
  };
}

export function claimListJson(claim: ClaimListItem, origin: string) {
  return {
    ...claimFieldsJson(claim, origin),
    claimant: claim.claimant,
    source: claim.source,
    outcomeCount: claim.outcomeCount,
  };
}

/** `nextUrl(cursor)` builds the URL of the next page from the request's own parameters. */
export function searchPageJson(page: SearchPage, origin: string, nextUrl: (cursor: string) => string) {
  const cursor = page.nextCursor && encodeCursor(page.nextCursor);
  return {
    items: page.items.map((claim) => claimListJson(claim, origin)),
    nextCursor: cursor,
    next: cursor && nextUrl(cursor),
    total: page.total,
    statusCounts: Object.fromEntries(page.statusCounts.map(({ status, count }) => [status, count])),
    /** Counting stopped at COUNT_CAP matches: `total` and `statusCounts` are lower bounds. */
    countsCapped: page.statusCounts.some(({ capped }) => capped),
  };
}

export function claimDetailJson(
  claim: PublishedClaim,
  relations: PublicClaimRelations,
  corrections: ClaimCorrection[],
  origin: string,
  appearances: readonly PublicAppearance[] = [],
) {
  const { source } = claim;
  return {
    ...claimFieldsJson(claim, origin),
    /** Every correction readers were told of, newest first (lib/workbench/corrections.ts). */
    corrections: corrections.map((correction) => ({ at: correction.at.toISOString(), note: correction.note })),
    /** Set when the claim was withdrawn: readers see this notice instead of the claim; it is listed nowhere. */
    withdrawn: claim.withdrawnAt && { at: claim.withdrawnAt.toISOString(), reason: claim.withdrawalReason },
    dueNote: claim.dueNote,
    tags: claim.tags,
    publishedAt: claim.publishedAt?.toISOString() ?? null,
    updatedAt: claim.updatedAt.toISOString(),
    claimant: claim.claimant,
    source: source && {
      id: source.id,
      url: source.url,
      title: source.title,
      publisher: source.publisher,
      author: source.author,
      publishedAt: source.publishedAt && day(source.publishedAt),
    },
    // W3C Web Annotation selectors into the source text (offsets in UTF-16 code units).
    anchor: claim.anchorExact
      ? {
          textQuote: { exact: claim.anchorExact, prefix: claim.anchorPrefix, suffix: claim.anchorSuffix },
          textPosition: claim.anchorStart === null ? null : { start: claim.anchorStart, end: claim.anchorEnd },
        }
      : null,
    /** The other sources the claimant said it in (the claim's own source is the first), oldest first. */
    appearances: appearances.map((appearance) => ({
      statedAt: day(appearance.statedAt),
      quote: appearance.quote,
      source: {
        id: appearance.source.id,
        url: appearance.source.url,
        title: appearance.source.title,
        publisher: appearance.source.publisher,
        publishedAt: appearance.source.publishedAt && day(appearance.source.publishedAt),
      },
    })),
    /** The published claim this one duplicates (its page redirects there), or null. */
    duplicateOf: relations.originalId && { id: relations.originalId, url: `${origin}/claims/${relations.originalId}` },
    alsoSaid: relations.alsoSaid.map((other) => ({
      id: other.id,
      url: `${origin}/claims/${other.id}`,
      quote: other.quote,
      statedAt: day(other.statedAt),
      claimant: other.claimant,
      sameStatement: other.sameStatement,
    })),
    outcomes: claim.outcomes.map(({ relation, note, outcome }) => ({
      relation,
      note,
      id: outcome.id,
      title: outcome.title,
      description: outcome.description,
      occurredAt: day(outcome.occurredAt),
      url: outcome.url,
      source: outcome.source && { id: outcome.source.id, url: outcome.source.url, title: outcome.source.title, publisher: outcome.source.publisher },
    })),
    history: claim.events.map((event) => ({
      type: event.type,
      at: event.at.toISOString(),
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      rationale: event.rationale,
      outcome: event.outcome,
      linkedClaim: event.linkedClaimId && event.linkRole && { id: event.linkedClaimId, role: event.linkRole, url: `${origin}/claims/${event.linkedClaimId}` },
    })),
  };
}
