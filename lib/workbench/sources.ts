import { z } from "zod";
import type { DeletionRecord, PrismaClient } from "@/generated/prisma/client.ts";
import { locateAnchor } from "@/lib/anchors.ts";
import { DomainError } from "@/lib/errors.ts";
import { optionalIsoDate, optionalText, optionalWebUrl, requiredText } from "@/lib/fields.ts";
import { normaliseText } from "@/lib/workbench/source-text.ts";
import { archiveUrlsSchema, originalRecord, uploadedOriginalSchema } from "@/lib/workbench/source-provenance.ts";
import { assertEditor, type Actor } from "@/lib/workbench/actor.ts";
import { recordDeletion } from "@/lib/workbench/deletion-records.ts";
import { recordEvent } from "@/lib/workbench/events.ts";
import { invalidateSourcePages } from "@/lib/public/page-invalidation.ts";
import { ORIGINAL_SUMMARY } from "@/lib/public/source-provenance.ts";

export const sourceInputSchema = z.object({
  title: requiredText("the article's title", 500),
  publisher: optionalText("the publisher", 200),
  author: optionalText("the author", 200),
  url: optionalWebUrl,
  publishedAt: optionalIsoDate("the publication date", { notAfterToday: true }),
  body: z
    .string({ error: "Paste the article's text or upload a file." })
    .transform(normaliseText)
    .pipe(requiredText("the article's text", 500_000, { multiline: true })),
  retrievedAt: optionalIsoDate("the day the text was taken", { notAfterToday: true }),
  archiveUrls: archiveUrlsSchema,
  /** The uploaded file the text was extracted from, when there was one: kept beside it. */
  original: uploadedOriginalSchema.optional(),
});
export type SourceInput = z.infer<typeof sourceInputSchema>;

function isUniqueUrlViolation(error: unknown): boolean {
  return (error as { code?: string }).code === "P2002";
}

const DUPLICATE_URL = new DomainError("Another source already has this URL.", { url: ["Another source already has this URL."] });

export async function createSource(prisma: PrismaClient, actor: Actor, input: SourceInput) {
  assertEditor(actor);
  try {
    const { original, ...fields } = input;
    return await prisma.source.create({
      data: {
        ...fields,
        // Text pasted or uploaded now was taken today, unless the editor says when.
        retrievedAt: fields.retrievedAt ?? new Date(new Date().toISOString().slice(0, 10)),
        createdById: actor.id,
        ...(original ? { original: { create: originalRecord(original) } } : {}),
      },
    });
  } catch (error) {
    if (isUniqueUrlViolation(error)) throw DUPLICATE_URL;
    throw error;
  }
}

export interface ReanchorReport {
  relocated: number[];
  orphaned: number[];
}

/**
 * Saves a source. When its text changed, every claim anchored in it is re-located from its
 * exact + prefix + suffix; one whose words are gone is marked orphaned (no offsets), never left
 * pointing at other words. Each moved or orphaned claim gets an EDITED event, in the same transaction.
 */
export async function updateSource(prisma: PrismaClient, actor: Actor, id: number, input: SourceInput): Promise<ReanchorReport> {
  assertEditor(actor);
  try {
    return await prisma.$transaction(async (tx) => {
      const before = await tx.source.findUnique({ where: { id }, select: { body: true } });
      if (!before) throw new DomainError("That source no longer exists.");
      const { original, ...fields } = input;
      const kept = original && originalRecord(original);
      await tx.source.update({ where: { id }, data: { ...fields, ...(kept ? { original: { upsert: { create: kept, update: kept } } } : {}) } });
      await invalidateSourcePages(tx, id);
      const report: ReanchorReport = { relocated: [], orphaned: [] };
      if (before.body === input.body) return report;

      const claims = await tx.claim.findMany({ where: { sourceId: id, anchorExact: { not: null } } });
      for (const claim of claims) {
        const located = locateAnchor(input.body, {
          exact: claim.anchorExact!,
          prefix: claim.anchorPrefix ?? "",
          suffix: claim.anchorSuffix ?? "",
          start: claim.anchorStart ?? undefined,
        });
        const start = located?.start ?? null;
        const end = located?.end ?? null;
        if (start === claim.anchorStart && end === claim.anchorEnd) continue;
        await tx.claim.update({ where: { id: claim.id }, data: { anchorStart: start, anchorEnd: end, version: { increment: 1 } } });
        await recordEvent(tx, claim.id, actor, {
          type: "EDITED",
          rationale: located ? "The source's text was edited; the quote was found again." : "The source's text was edited; the quote is no longer in it (orphaned).",
          diff: { anchorStart: { from: claim.anchorStart, to: start }, anchorEnd: { from: claim.anchorEnd, to: end } },
        });
        (located ? report.relocated : report.orphaned).push(claim.id);
      }
      return report;
    });
  } catch (error) {
    if (isUniqueUrlViolation(error)) throw DUPLICATE_URL;
    throw error;
  }
}

/**
 * Deletes a source that no claim (anchored in it or citing it) or outcome uses, with a
 * DeletionRecord of it; otherwise explains why it cannot. An unused source is not public, so no
 * cached page changes.
 */
export async function deleteSource(prisma: PrismaClient, actor: Actor, id: number, reason: string | null = null): Promise<DeletionRecord> {
  assertEditor(actor);
  return prisma.$transaction(async (tx) => {
    // Lock the row: a claim being created on it right now must wait (it takes a key-share lock on it).
    const locked = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "Source" WHERE id = ${id} FOR UPDATE`;
    if (locked.length === 0) throw new DomainError("That source no longer exists.");
    const [claims, outcomes] = await Promise.all([tx.claim.count({ where: { sourceId: id } }), tx.outcome.count({ where: { sourceId: id } })]);
    if (claims + outcomes > 0) {
      const uses = [claims && `${claims} claim${claims === 1 ? "" : "s"}`, outcomes && `${outcomes} outcome${outcomes === 1 ? "" : "s"}`].filter(Boolean).join(" and ");
      throw new DomainError(`This source cannot be deleted: ${uses} use it.`);
    }
    const snapshot = await tx.source.findUniqueOrThrow({ where: { id }, include: { dismissedSuggestions: { orderBy: { id: "asc" } } } });
    await tx.source.delete({ where: { id } });
    return recordDeletion(tx, actor, "SOURCE", id, snapshot, reason);
  });
}

/** Sources for the editor's list, newest first, optionally matching words in title or publisher. */
export function listSources(prisma: PrismaClient, query = "") {
  const words = query.trim();
  return prisma.source.findMany({
    where: words
      ? { OR: [{ title: { contains: words, mode: "insensitive" } }, { publisher: { contains: words, mode: "insensitive" } }, { url: { contains: words, mode: "insensitive" } }] }
      : undefined,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
    select: { id: true, title: true, publisher: true, publishedAt: true, url: true, _count: { select: { claims: true } } },
  });
}

/** A source with its claims' anchors, for the annotate page. */
export function getSourceForEditor(prisma: PrismaClient, id: number) {
  return prisma.source.findUnique({
    where: { id },
    include: {
      original: { select: ORIGINAL_SUMMARY },
      claims: {
        orderBy: { anchorStart: "asc" },
        select: { id: true, quote: true, visibility: true, status: true, anchorStart: true, anchorEnd: true, anchorExact: true },
      },
    },
  });
}

/** Claims whose quote could not be found again after their source was edited. */
export function listOrphanedClaims(prisma: PrismaClient) {
  return prisma.claim.findMany({
    where: { sourceId: { not: null }, anchorExact: { not: null }, anchorStart: null },
    orderBy: { updatedAt: "desc" },
    select: { id: true, quote: true, source: { select: { id: true, title: true } } },
  });
}
