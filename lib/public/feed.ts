import type { PrismaClient } from "@/generated/prisma/client.ts";
import { PUBLISHER_NAME } from "@/lib/public/claim-review.ts";
import { db } from "@/lib/platform/db.ts";
import { correctionKind, type PublicCorrection } from "@/lib/public/corrections.ts";
import { type OverdueClaim, overdueClaims } from "@/lib/public/overdue.ts";
import { listedClaimWhere } from "@/lib/public/published-claims.ts";
import { dueState } from "@/lib/due-dates.ts";
import { STATUS } from "@/lib/status.ts";

export const FEED_SIZE = 50;

/** The latest status changes of listed claims, newest first: a withdrawn claim's leave the feed with it. */
export async function listPublishedStatusChanges(prisma: PrismaClient = db, take = FEED_SIZE) {
  return prisma.claimEvent.findMany({
    where: { type: "STATUS_CHANGED", toStatus: { not: null }, claim: listedClaimWhere },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      at: true,
      fromStatus: true,
      toStatus: true,
      rationale: true,
      claim: { select: { id: true, quote: true, claimant: { select: { name: true } } } },
    },
  });
}

export type StatusChange = Awaited<ReturnType<typeof listPublishedStatusChanges>>[number];

/** Published claims overdue for review, the most recently overdue first. */
export function listPublishedOverdueClaims(prisma: PrismaClient = db, now: Date = new Date(), take = FEED_SIZE): Promise<OverdueClaim[]> {
  return overdueClaims(prisma, { now, publishedOnly: true, newestFirst: true, take });
}

// Characters XML 1.0 does not allow at all, even escaped (lone surrogates included).
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

type FeedEntry = { id: string; title: string; updated: Date; url: string; category: { term: string; label: string }; summary: string };

/** An Atom 1.0 document (RFC 4287); `origin` is the site's absolute origin, `path` the feed's own. */
function atomDocument(origin: string, path: string, title: string, subtitle: string, entries: FeedEntry[]): string {
  const updated = entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), new Date(0));
  const body = entries.map(
    (entry) => `  <entry>
    <id>${escapeXml(entry.id)}</id>
    <title>${escapeXml(entry.title)}</title>
    <updated>${entry.updated.toISOString()}</updated>
    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>
    <category term="${escapeXml(entry.category.term)}" label="${escapeXml(entry.category.label)}"/>
    <summary>${escapeXml(entry.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(`${origin}${path}`)}</id>
  <title>${escapeXml(`${PUBLISHER_NAME}: ${title}`)}</title>
  <subtitle>${escapeXml(subtitle)}</subtitle>
  <updated>${updated.toISOString()}</updated>
  <author><name>${escapeXml(PUBLISHER_NAME)}</name></author>
  <link rel="self" type="application/atom+xml" href="${escapeXml(`${origin}${path}`)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(`${origin}/`)}"/>
${body.join("\n")}
</feed>
`;
}

/** The feed of status changes at /feed.xml. */
export function atomFeed(origin: string, changes: StatusChange[]): string {
  const entries = changes.map((change) => {
    const url = `${origin}/claims/${change.claim.id}`;
    const to = STATUS[change.toStatus!].label;
    const from = change.fromStatus ? `${STATUS[change.fromStatus].label} → ` : "";
    return {
      id: `${url}#status-change-${change.id}`,
      title: `${change.claim.claimant.name}: “${change.claim.quote}” — ${from}${to}`,
      updated: change.at,
      url,
      category: { term: change.toStatus!, label: to },
      summary: change.rationale ?? `Status changed to ${to}.`,
    };
  });
  return atomDocument(origin, "/feed.xml", "status changes", "Every published change of a claim's status, with its rationale.", entries);
}

const longDate = (date: Date) => new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(date);

/** The feed of overdue claims at /feed/overdue.xml: an entry appears on the day a claim becomes overdue. */
export function overdueAtomFeed(origin: string, claims: OverdueClaim[], now: Date = new Date()): string {
  const entries = claims.flatMap((claim) => {
    const due = dueState(claim, now);
    if (due.state !== "overdue") return [];
    const url = `${origin}/claims/${claim.id}`;
    const note = claim.dueNote ? ` (${claim.dueNote})` : "";
    return [
      {
        // A new id if the due date moves, so readers see the claim again when it is overdue again.
        id: `${url}#overdue-${due.dueAt.toISOString().slice(0, 10)}`,
        title: `${claim.claimant.name}: “${claim.quote}” — overdue since ${longDate(due.overdueSince)}`,
        updated: due.overdueSince,
        url,
        category: { term: claim.status, label: STATUS[claim.status].label },
        summary: `Due by ${longDate(due.dueAt)}${note}; no verdict yet (status: ${STATUS[claim.status].label}).`,
      },
    ];
  });
  return atomDocument(
    origin,
    "/feed/overdue.xml",
    "overdue claims",
    "Published promises and predictions whose due date has passed without a verdict.",
    entries,
  );
}

/** The feed of corrections at /feed/corrections.xml: a withdrawn claim is named by its number, not its quote. */
export function correctionsAtomFeed(origin: string, corrections: PublicCorrection[]): string {
  const entries = corrections.map((correction) => {
    const { claim } = correction;
    const url = `${origin}/claims/${claim.id}`;
    const kind = correctionKind(correction);
    const status = correction.type === "STATUS_CHANGED" && correction.fromStatus && correction.toStatus
      ? ` (${STATUS[correction.fromStatus].label} → ${STATUS[correction.toStatus].label})`
      : "";
    return {
      id: `${url}#correction-${correction.id}`,
      title: claim.withdrawnAt ? `${kind}: claim #${claim.id}` : `${kind}${status}: ${claim.claimant.name}, “${claim.quote}”`,
      updated: correction.at,
      url: `${url}#corrections`,
      category: { term: correction.type, label: kind },
      summary: correction.correction,
    };
  });
  return atomDocument(origin, "/feed/corrections.xml", "corrections", "Every correction to a published claim, with what was wrong.", entries);
}
