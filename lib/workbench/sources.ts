import { z } from "zod";
import type { DeletionRecord, PrismaClient } from "@/generated/prisma/client.ts";
import { relocateAnchor } from "@/lib/anchors.ts";
import { DomainError } from "@/lib/errors.ts";
import { optionalIsoDate, optionalText, optionalWebUrl, positiveInteger, requiredText } from "@/lib/fields.ts";
import { normaliseText } from "@/lib/workbench/source-text.ts";
import { archiveUrlsSchema, originalRecord, sha256Hex, uploadedOriginalSchema } from "@/lib/workbench/source-provenance.ts";
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

/** An edit also says why the text changed (needed when it did) and which version of it the editor saw. */
export const sourceUpdateSchema = sourceInputSchema.extend({
  versionReason: optionalText("why the text changed", 500),
  textVersion: positiveInteger("Reload the page: the form lost the text's version.").optional(),
});
export type SourceUpdate = SourceInput & Partial<Pick<z.infer<typeof sourceUpdateSchema>, "versionReason" | "textVersion">>;

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

const REASON_NEEDED = "Say why the text changed: readers see it in the source's versions.";

/**
 * Saves a source. A changed text is never overwritten: it becomes the source's next version (its
 * SHA-256, the editor's reason, needed, who and when), and every claim anchored in the source is
 * found again in it (relocateAnchor: exact, or the same words with other spacing or punctuation) and
 * pointed at it; a claim whose words changed or are gone is marked orphaned (no offsets) and keeps
 * pointing at the version it was taken from — its quote is never rewritten. Each moved or orphaned
 * claim gets an EDITED event, in the same transaction. A text changed by someone else since the
 * editor's `textVersion` is refused, so nobody saves over a version they did not see.
 */
export async function updateSource(prisma: PrismaClient, actor: Actor, id: number, input: SourceUpdate): Promise<ReanchorReport> {
  assertEditor(actor);
  const { original, versionReason, textVersion, ...fields } = input;
  try {
    return await prisma.$transaction(async (tx) => {
      // Lock the row: two edits of the text at once would both take the next version number.
      const locked = await tx.$queryRaw<{ body: string }[]>`SELECT body FROM "Source" WHERE id = ${id} FOR UPDATE`;
      if (locked.length === 0) throw new DomainError("That source no longer exists.");
      const textChanged = locked[0]!.body !== fields.body;
      const latest = await tx.sourceVersion.findFirst({ where: { sourceId: id }, orderBy: { number: "desc" }, select: { number: true } });
      const current = latest?.number ?? 0;
      if (textChanged && textVersion !== undefined && textVersion !== current) {
        const message = `Someone saved version ${current} of the text since you opened it: reload the page to see it, then make your change again.`;
        throw new DomainError(message, { body: [message] });
      }
      if (textChanged && !versionReason) throw new DomainError(REASON_NEEDED, { versionReason: [REASON_NEEDED] });

      const kept = original && originalRecord(original);
      await tx.source.update({ where: { id }, data: { ...fields, ...(kept ? { original: { upsert: { create: kept, update: kept } } } : {}) } });
      await invalidateSourcePages(tx, id);
      const report: ReanchorReport = { relocated: [], orphaned: [] };
      if (!textChanged) return report;

      const version = await tx.sourceVersion.create({
        data: { sourceId: id, number: current + 1, body: fields.body, sha256: sha256Hex(fields.body), reason: versionReason, createdById: actor.id },
      });
      const claims = await tx.claim.findMany({ where: { sourceId: id, anchorExact: { not: null } } });
      for (const claim of claims) {
        const found = relocateAnchor(fields.body, {
          exact: claim.anchorExact!,
          prefix: claim.anchorPrefix ?? "",
          suffix: claim.anchorSuffix ?? "",
          start: claim.anchorStart,
        });
        if (found.kind === "exact" || found.kind === "fuzzy") {
          const { exact, prefix, suffix, start, end } = found.anchor;
          const anchor = { anchorExact: exact, anchorPrefix: prefix, anchorSuffix: suffix, anchorStart: start, anchorEnd: end, sourceVersionId: version.id };
          if (start === claim.anchorStart && end === claim.anchorEnd && exact === claim.anchorExact) {
            // Same words at the same place: the claim is in the new version too, nothing a reader sees moved.
            await tx.claim.update({ where: { id: claim.id }, data: anchor });
            continue;
          }
          await tx.claim.update({ where: { id: claim.id }, data: { ...anchor, version: { increment: 1 } } });
          await recordEvent(tx, claim.id, actor, {
            type: "EDITED",
            rationale:
              found.kind === "exact"
                ? `The source's text was edited (version ${version.number}); the quote was found again.`
                : `The source's text was edited (version ${version.number}); the quote's words were found again with different spacing or punctuation.`,
            diff: { anchorStart: { from: claim.anchorStart, to: start }, anchorEnd: { from: claim.anchorEnd, to: end } },
          });
          report.relocated.push(claim.id);
          continue;
        }
        if (claim.anchorStart === null) continue;
        await tx.claim.update({ where: { id: claim.id }, data: { anchorStart: null, anchorEnd: null, version: { increment: 1 } } });
        await recordEvent(tx, claim.id, actor, {
          type: "EDITED",
          rationale:
            found.kind === "changed"
              ? `The source's text was edited (version ${version.number}); the quote's words changed there (now “${found.nearest}”): orphaned, it stays taken from the earlier version.`
              : `The source's text was edited (version ${version.number}); the quote is no longer in it (orphaned).`,
          diff: { anchorStart: { from: claim.anchorStart, to: null }, anchorEnd: { from: claim.anchorEnd, to: null } },
        });
        report.orphaned.push(claim.id);
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
    const [claims, outcomes, appearances] = await Promise.all([
      tx.claim.count({ where: { sourceId: id } }),
      tx.outcome.count({ where: { sourceId: id } }),
      tx.claimAppearance.count({ where: { sourceId: id } }),
    ]);
    if (claims + outcomes + appearances > 0) {
      const uses = [
        claims && `${claims} claim${claims === 1 ? "" : "s"}`,
        outcomes && `${outcomes} outcome${outcomes === 1 ? "" : "s"}`,
        appearances && `${appearances} claim appearance${appearances === 1 ? "" : "s"}`,
      ]
        .filter(Boolean)
        .join(" and ");
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

/** A source with its text's versions (newest first) and its claims' anchors, for the annotate page. */
export function getSourceForEditor(prisma: PrismaClient, id: number) {
  return prisma.source.findUnique({
    where: { id },
    include: {
      original: { select: ORIGINAL_SUMMARY },
      versions: { orderBy: { number: "desc" }, select: { number: true, sha256: true, reason: true, createdAt: true, createdBy: { select: { name: true } } } },
      claims: {
        orderBy: { anchorStart: "asc" },
        select: {
          id: true,
          quote: true,
          visibility: true,
          status: true,
          anchorStart: true,
          anchorEnd: true,
          anchorExact: true,
          sourceVersion: { select: { number: true } },
        },
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
