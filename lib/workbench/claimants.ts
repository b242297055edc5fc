import type { Claimant, PrismaClient } from "@/generated/prisma/client.ts";
import { DomainError } from "@/lib/errors.ts";
import { invalidateClaimantPages } from "@/lib/public/page-invalidation.ts";
import { assertEditor, type Actor } from "@/lib/workbench/actor.ts";
import { MAX_ALIASES } from "@/lib/workbench/claimant-form-values.ts";
import { aliasKey, claimantSchema, mergeClaimantsSchema, type ClaimantInput, type MergeClaimantsInput } from "@/lib/workbench/claimant-schemas.ts";
import { recordEvent, type Transaction } from "@/lib/workbench/events.ts";
import { freeSlug, slugify } from "@/lib/workbench/new-claimant.ts";

// Claimants as editors manage them: correct, rename (the old public address redirects), merge.
// A claimant is made where a claim names one (new-claimant.ts), never on its own.

export const STALE_CLAIMANT = "Someone else saved this claimant after you opened the page; nothing of yours was saved. Reload the page to see their changes.";
const GONE = "That claimant no longer exists: it may have been merged into another. Reload the page.";

export const CLAIMANT_LIST_LIMIT = 100;

/** LIKE's own wildcards in what the editor typed match themselves. */
const likeEscape = (text: string) => text.replace(/[\\%_]/g, "\\$&");

export type ClaimantListRow = Pick<Claimant, "id" | "slug" | "name" | "kind" | "title" | "titleFrom" | "titleUntil" | "organisation" | "country" | "aliases"> & {
  claims: number;
  published: number;
};

/**
 * Claimants by name (at most 100), or those whose name, alias, title, organisation or country
 * contains the words typed, case and accents aside ("cavusoglu" finds "Mevlüt Çavuşoğlu").
 */
export async function listClaimantsForEditor(prisma: PrismaClient, query = ""): Promise<ClaimantListRow[]> {
  const words = query.trim();
  const pattern = words ? likeEscape(words) : null;
  return prisma.$queryRaw<ClaimantListRow[]>`
    SELECT cl."id", cl."slug", cl."name", cl."kind", cl."title", cl."titleFrom", cl."titleUntil", cl."organisation", cl."country",
           coalesce(cl."aliases", '{}') AS "aliases",
           (SELECT count(*)::int FROM "Claim" WHERE "claimantId" = cl."id") AS "claims",
           (SELECT count(*)::int FROM "Claim" WHERE "claimantId" = cl."id" AND "visibility" = 'PUBLISHED') AS "published"
      FROM "Claimant" AS cl, (SELECT '%' || immutable_unaccent(lower(${pattern}::text)) || '%' AS p) AS wanted
     WHERE wanted.p IS NULL
        OR immutable_unaccent(lower(concat_ws(' ', cl."name", cl."title", cl."organisation", cl."country", cl."slug"))) LIKE wanted.p
        OR EXISTS (SELECT 1 FROM unnest(cl."aliases") AS alias WHERE immutable_unaccent(lower(alias)) LIKE wanted.p)
     ORDER BY lower(cl."name"), cl."id"
     LIMIT ${CLAIMANT_LIST_LIMIT}`;
}

/** A claimant with its former addresses and its claims (newest statement first), for its editor page. */
export function getClaimantForEditor(prisma: PrismaClient, id: number) {
  return prisma.claimant.findUnique({
    where: { id },
    include: {
      redirects: { select: { slug: true }, orderBy: { createdAt: "asc" } },
      claims: {
        orderBy: [{ statedAt: "desc" }, { id: "desc" }],
        take: 200,
        select: { id: true, quote: true, status: true, visibility: true, statedAt: true },
      },
      _count: { select: { claims: true } },
    },
  });
}

/** Every other claimant, by name, with its number of claims: the choices of the merge form. */
export function mergeCandidates(prisma: PrismaClient, id: number) {
  return prisma.claimant.findMany({
    where: { id: { not: id } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, title: true, _count: { select: { claims: true } } },
  });
}

const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === "P2002";

type LockedClaimant = Pick<Claimant, "id" | "slug" | "name" | "aliases" | "updatedAt">;

/** The claimants' rows, locked until the transaction ends: an edit or merge of them meanwhile waits. */
function lockClaimants(tx: Transaction, ids: number[]): Promise<LockedClaimant[]> {
  return tx.$queryRaw<LockedClaimant[]>`
    SELECT "id", "slug", "name", coalesce("aliases", '{}') AS "aliases", "updatedAt" FROM "Claimant"
     WHERE "id" = ANY(${ids}::int[]) ORDER BY "id" FOR UPDATE`;
}

export type ClaimantUpdate = { claimant: Claimant; formerSlug: string | null };

/**
 * Saves a claimant's details, refused when someone saved it since `expectedUpdatedAt` (the version
 * the editor's form was made from). A new name that gives another address moves the claimant to
 * it; the old address becomes a redirect. The claimant's public page, its former addresses and the
 * pages of its public claims are dropped from the cache.
 */
export async function updateClaimant(prisma: PrismaClient, actor: Actor, id: number, expectedUpdatedAt: Date, input: ClaimantInput): Promise<ClaimantUpdate> {
  assertEditor(actor);
  const data = claimantSchema.parse(input);
  try {
    return await prisma.$transaction(async (tx) => {
      const [before] = await lockClaimants(tx, [id]);
      if (!before) throw new DomainError(GONE);
      if (before.updatedAt.getTime() !== expectedUpdatedAt.getTime()) throw new DomainError(STALE_CLAIMANT);
      const renamed = slugify(data.name) !== slugify(before.name);
      const slug = renamed ? await freeSlug(tx, slugify(data.name), id) : before.slug;
      if (slug !== before.slug) {
        // Back to one of its own former addresses: that one is live again.
        await tx.claimantRedirect.deleteMany({ where: { slug, claimantId: id } });
        await tx.claimantRedirect.create({ data: { slug: before.slug, claimantId: id } });
      }
      const claimant = await tx.claimant.update({ where: { id }, data: { ...data, slug } });
      await invalidateClaimantPages(tx, id);
      return { claimant, formerSlug: slug === before.slug ? null : before.slug };
    });
  } catch (error) {
    // Another claimant took the address between our check and our write.
    if (isUniqueViolation(error)) throw new DomainError("Another claimant took this name's address just now: save again.");
    throw error;
  }
}

/** The survivor's aliases after a merge: its own, then the merged claimant's name and aliases, each once, never its own name. */
function mergedAliases(survivor: LockedClaimant, merged: LockedClaimant): string[] {
  const kept = new Map<string, string>();
  for (const alias of [...survivor.aliases, merged.name, ...merged.aliases]) {
    const key = aliasKey(alias);
    if (key !== aliasKey(survivor.name) && !kept.has(key)) kept.set(key, alias);
  }
  return [...kept.values()];
}

export type MergeResult = { survivor: { id: number; name: string }; merged: { id: number; name: string }; movedClaims: number };

/**
 * Merges one claimant into another, in one transaction: every claim of the merged claimant moves
 * to the survivor (each with an EDITED event recording the move), the merged name and its aliases
 * become the survivor's aliases, its address and former addresses redirect to the survivor, and
 * the merged claimant is deleted.
 */
export async function mergeClaimants(prisma: PrismaClient, actor: Actor, input: MergeClaimantsInput): Promise<MergeResult> {
  assertEditor(actor);
  const { survivorId, mergedId } = mergeClaimantsSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const rows = await lockClaimants(tx, [survivorId, mergedId]);
    const survivor = rows.find((row) => row.id === survivorId);
    const merged = rows.find((row) => row.id === mergedId);
    if (!survivor || !merged) throw new DomainError(GONE, { [survivor ? "mergedId" : "survivorId"]: [GONE] });
    const aliases = mergedAliases(survivor, merged);
    if (aliases.length > MAX_ALIASES) {
      throw new DomainError(`Together they would have ${aliases.length} aliases, more than ${MAX_ALIASES}: remove some first.`);
    }

    const moved = await tx.claim.updateManyAndReturn({
      where: { claimantId: mergedId },
      data: { claimantId: survivorId, version: { increment: 1 } },
      select: { id: true },
    });
    const rationale = `Merged “${merged.name}” into “${survivor.name}”.`;
    // Recorded while the merged claimant still exists: its page is among those each event drops.
    for (const claim of moved) {
      await recordEvent(tx, claim.id, actor, { type: "EDITED", rationale, diff: { claimantId: { from: mergedId, to: survivorId } } });
    }
    await tx.claimantRedirect.updateMany({ where: { claimantId: mergedId }, data: { claimantId: survivorId } });
    await tx.claimant.delete({ where: { id: mergedId } });
    await tx.claimantRedirect.create({ data: { slug: merged.slug, claimantId: survivorId } });
    await tx.claimant.update({ where: { id: survivorId }, data: { aliases } });
    // Its own claims show nothing that changed; its page, the searches (aliases) and every address leading to it did.
    await invalidateClaimantPages(tx, survivorId, { withClaims: false });
    return { survivor: { id: survivor.id, name: survivor.name }, merged: { id: merged.id, name: merged.name }, movedClaims: moved.length };
  });
}
