import type { PrismaClient } from "@/generated/prisma/client.ts";
import { db } from "@/lib/platform/db.ts";
import { PUBLISHER_NAME } from "@/lib/public/claim-review.ts";
import { listedClaimWhere } from "@/lib/public/published-claims.ts";
import { publicSourceWhere, sourceVersionPath } from "@/lib/public/public-sources.ts";
import { STATUS } from "@/lib/status.ts";

/**
 * Each listed claim's anchor as a W3C Web Annotation (https://www.w3.org/TR/annotation-model/), so
 * annotation tools (Hypothesis and others) can show the ledger's claims on the article itself. Two
 * targets: the version of the text the claim is anchored in, on this site (a TextPositionSelector
 * counts characters of exactly that text, a TextQuoteSelector finds the words), and the article at
 * its own address, where only the quote selector can work (its markup is not our text).
 */

export const ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
export const ANNOTATION_CONTENT_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

export const claimAnnotationPath = (claimId: number) => `/api/claims/${claimId}/annotation`;
export const sourceAnnotationsPath = (sourceId: number) => `/api/sources/${sourceId}/annotations`;

/** Listed claims whose words are found in their source's current text: the ones that can be annotations. */
const anchoredWhere = { ...listedClaimWhere, anchorStart: { not: null }, anchorEnd: { not: null }, sourceVersionId: { not: null } } as const;

const annotationSelect = {
  id: true,
  summary: true,
  status: true,
  publishedAt: true,
  updatedAt: true,
  anchorExact: true,
  anchorPrefix: true,
  anchorSuffix: true,
  anchorStart: true,
  anchorEnd: true,
  claimant: { select: { name: true } },
  source: { select: { id: true, url: true } },
  sourceVersion: { select: { number: true } },
} as const;

type AnnotatedClaim = NonNullable<Awaited<ReturnType<typeof findAnnotatedClaim>>>;

function findAnnotatedClaim(prisma: PrismaClient, claimId: number) {
  return prisma.claim.findFirst({ where: { id: claimId, ...anchoredWhere }, select: annotationSelect });
}

/** One claim's annotation: null for a draft, a withdrawn claim, or one with no anchor in its source. */
export async function claimAnnotation(claimId: number, origin: string, prisma: PrismaClient = db) {
  const claim = await findAnnotatedClaim(prisma, claimId);
  return claim ? annotationJson(claim, origin) : null;
}

/** Every annotation of a public source, as one AnnotationCollection with a single page; null when the source is not public. */
export async function sourceAnnotations(sourceId: number, origin: string, prisma: PrismaClient = db) {
  const source = await prisma.source.findFirst({ where: { id: sourceId, ...publicSourceWhere }, select: { id: true, title: true } });
  if (!source) return null;
  const claims = await prisma.claim.findMany({ where: { sourceId, ...anchoredWhere }, orderBy: [{ anchorStart: "asc" }, { id: "asc" }], select: annotationSelect });
  const id = `${origin}${sourceAnnotationsPath(sourceId)}`;
  return {
    "@context": ANNOTATION_CONTEXT,
    id,
    type: "AnnotationCollection",
    label: `${PUBLISHER_NAME}: claims in “${source.title}”`,
    total: claims.length,
    first: {
      id: `${id}#page1`,
      type: "AnnotationPage",
      startIndex: 0,
      items: claims.map((claim) => {
        const { "@context": _context, ...annotation } = annotationJson(claim, origin);
        return annotation;
      }),
    },
  };
}

function annotationJson(claim: AnnotatedClaim, origin: string) {
  const quote = { type: "TextQuoteSelector", exact: claim.anchorExact!, prefix: claim.anchorPrefix ?? "", suffix: claim.anchorSuffix ?? "" };
  const versionUrl = `${origin}${sourceVersionPath(claim.source!.id, claim.sourceVersion!.number)}`;
  return {
    "@context": ANNOTATION_CONTEXT,
    id: `${origin}${claimAnnotationPath(claim.id)}`,
    type: "Annotation",
    motivation: "assessing",
    created: (claim.publishedAt ?? claim.updatedAt).toISOString(),
    modified: claim.updatedAt.toISOString(),
    creator: { type: "Organization", name: PUBLISHER_NAME, homepage: origin },
    body: [
      { type: "TextualBody", purpose: "assessing", format: "text/plain", language: "en", value: `${STATUS[claim.status].label}: ${claim.summary} (${claim.claimant.name})` },
      { type: "SpecificResource", purpose: "describing", source: `${origin}/claims/${claim.id}` },
    ],
    target: [
      {
        type: "SpecificResource",
        source: versionUrl,
        selector: [quote, { type: "TextPositionSelector", start: claim.anchorStart!, end: claim.anchorEnd! }],
      },
      ...(claim.source!.url ? [{ type: "SpecificResource", source: claim.source!.url, selector: quote }] : []),
    ],
  };
}
