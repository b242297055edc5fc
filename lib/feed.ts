import type { PrismaClient } from "@/generated/prisma/client.ts";
import { PUBLISHER_NAME } from "@/lib/claim-review.ts";
import { db } from "@/lib/db.ts";
import { STATUS } from "@/lib/status.ts";

export const FEED_SIZE = 50;

/** The latest status changes of published claims, newest first. */
export async function listPublishedStatusChanges(prisma: PrismaClient = db, take = FEED_SIZE) {
  return prisma.claimEvent.findMany({
    where: { type: "STATUS_CHANGED", toStatus: { not: null }, claim: { visibility: "PUBLISHED" } },
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

/** An Atom 1.0 feed (RFC 4287) of status changes; `origin` is the site's absolute origin. */
export function atomFeed(origin: string, changes: StatusChange[]): string {
  const updated = (changes[0]?.at ?? new Date(0)).toISOString();
  const entries = changes.map((change) => {
    const url = `${origin}/claims/${change.claim.id}`;
    const to = STATUS[change.toStatus!].label;
    const from = change.fromStatus ? `${STATUS[change.fromStatus].label} → ` : "";
    const title = `${change.claim.claimant.name}: “${change.claim.quote}” — ${from}${to}`;
    return `  <entry>
    <id>${escapeXml(`${url}#status-change-${change.id}`)}</id>
    <title>${escapeXml(title)}</title>
    <updated>${change.at.toISOString()}</updated>
    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>
    <category term="${escapeXml(change.toStatus!)}" label="${escapeXml(to)}"/>
    <summary>${escapeXml(change.rationale ?? `Status changed to ${to}.`)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(`${origin}/feed.xml`)}</id>
  <title>${escapeXml(`${PUBLISHER_NAME}: status changes`)}</title>
  <subtitle>Every published change of a claim's status, with its rationale.</subtitle>
  <updated>${updated}</updated>
  <author><name>${escapeXml(PUBLISHER_NAME)}</name></author>
  <link rel="self" type="application/atom+xml" href="${escapeXml(`${origin}/feed.xml`)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(`${origin}/`)}"/>
${entries.join("\n")}
</feed>
`;
}
