import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client.ts";
import { ClaimLinkKind as LinkKinds } from "@/generated/prisma/enums.ts";
import { linkRoles } from "@/lib/workbench/claim-link-roles.ts";
import { DomainError } from "@/lib/errors.ts";
import { assertEditor, type Actor } from "@/lib/workbench/actor.ts";
import { claimRefSchema } from "@/lib/workbench/claim-schemas.ts";
import { updateClaimAtVersion, withdrawnMessage } from "@/lib/workbench/claim-version.ts";
import { recordEvent, type Transaction } from "@/lib/workbench/events.ts";
import { idSchema } from "@/lib/fields.ts";

export const linkClaimSchema = z.object({
  otherClaimId: idSchema("claim"),
  kind: z.enum(LinkKinds, { error: "Choose duplicate or related." }),
});
export const linkClaimFormSchema = claimRefSchema.extend(linkClaimSchema.shape);
export const unlinkClaimFormSchema = claimRefSchema.extend({ otherClaimId: idSchema("claim") });
export type LinkClaimInput = z.input<typeof linkClaimSchema>;

// Link writes are serialised by one transaction-scoped advisory lock: the cycle check reads the
// DUPLICATE_OF chain, and two concurrent links could otherwise close a cycle between them.
const LINKS_LOCK = 72707370;

async function linkBetween(tx: Transaction, a: number, b: number) {
  return tx.claimLink.findFirst({
    where: { OR: [{ fromClaimId: a, toClaimId: b }, { fromClaimId: b, toClaimId: a }] },
  });
}

/** The original a duplicate points to, following DUPLICATE_OF links; null when `claimId` is no duplicate. */
export async function originalOf(prisma: PrismaClient | Transaction, claimId: number): Promise<number | null> {
  const rows = await prisma.$queryRaw<{ id: number }[]>`
    WITH RECURSIVE chain(id, depth) AS (
      SELECT "toClaimId", 1 FROM "ClaimLink" WHERE "fromClaimId" = ${claimId} AND "kind" = 'DUPLICATE_OF'
      UNION ALL
      SELECT l."toClaimId", chain.depth + 1 FROM "ClaimLink" AS l JOIN chain ON l."fromClaimId" = chain.id
       WHERE l."kind" = 'DUPLICATE_OF' AND chain.depth < 100
    )
    SELECT id FROM chain ORDER BY depth DESC LIMIT 1`;
  return rows[0]?.id ?? null;
}

/**
 * Links claim `claimId` (at `expectedVersion`) to another: DUPLICATE_OF (this claim repeats the
 * other, which readers are sent to) or RELATED. Writes CLAIM_LINKED on both claims. Refuses a
 * self-link, a pair already linked, a second original, and a chain of duplicates that would
 * come back to this claim.
 */
export async function linkClaims(prisma: PrismaClient, actor: Actor, claimId: number, expectedVersion: number, input: LinkClaimInput): Promise<void> {
  assertEditor(actor);
  const { otherClaimId, kind } = linkClaimSchema.parse(input);
  const refuse = (message: string): never => {
    throw new DomainError(message, { otherClaimId: [message] });
  };
  if (otherClaimId === claimId) refuse("A claim cannot be linked to itself.");
  await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LINKS_LOCK})`;
    await updateClaimAtVersion(tx, claimId, expectedVersion, async () => {
      const other = await tx.claim.findUnique({ where: { id: otherClaimId }, select: { id: true, withdrawnAt: true } });
      if (!other) refuse(`There is no claim #${otherClaimId}.`);
      if (other!.withdrawnAt) refuse(withdrawnMessage({ id: otherClaimId, withdrawnAt: other!.withdrawnAt }));
      if (await linkBetween(tx, claimId, otherClaimId)) refuse(`This claim is already linked to claim #${otherClaimId}; unlink it first to change how.`);
      if (kind === "DUPLICATE_OF") {
        const existing = await tx.claimLink.findFirst({ where: { fromClaimId: claimId, kind: "DUPLICATE_OF" }, select: { toClaimId: true } });
        if (existing) refuse(`This claim is already a duplicate of claim #${existing.toClaimId}.`);
        if ((await originalOf(tx, otherClaimId)) === claimId) {
          refuse(`Claim #${otherClaimId} is already a duplicate of this claim: marking this one as its duplicate would make a circle.`);
        }
      }
      return {};
    });
    await tx.claimLink.create({ data: { fromClaimId: claimId, toClaimId: otherClaimId, kind, createdById: actor.id } });
    const role = linkRoles(kind);
    await recordEvent(tx, claimId, actor, { type: "CLAIM_LINKED", linkedClaimId: otherClaimId, linkRole: role.from });
    await recordEvent(tx, otherClaimId, actor, { type: "CLAIM_LINKED", linkedClaimId: claimId, linkRole: role.to });
  });
}

/** Removes the link between two claims, whichever way it points (CLAIM_UNLINKED on both). */
export async function unlinkClaims(prisma: PrismaClient, actor: Actor, claimId: number, expectedVersion: number, otherClaimId: number): Promise<void> {
  assertEditor(actor);
  await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LINKS_LOCK})`;
    const link = await linkBetween(tx, claimId, otherClaimId);
    await updateClaimAtVersion(tx, claimId, expectedVersion, () => {
      if (!link) throw new DomainError(`This claim is not linked to claim #${otherClaimId}.`);
      return {};
    });
    await tx.claimLink.delete({ where: { id: link!.id } });
    const role = linkRoles(link!.kind);
    await recordEvent(tx, link!.fromClaimId, actor, { type: "CLAIM_UNLINKED", linkedClaimId: link!.toClaimId, linkRole: role.from });
    await recordEvent(tx, link!.toClaimId, actor, { type: "CLAIM_UNLINKED", linkedClaimId: link!.fromClaimId, linkRole: role.to });
  });
}

/** A claim's links as seen from it, for the editor page. */
export async function listClaimLinks(prisma: PrismaClient, claimId: number) {
  const other = { select: { id: true, quote: true, visibility: true, status: true, claimant: { select: { name: true } } } } as const;
  const [from, to] = await Promise.all([
    prisma.claimLink.findMany({ where: { fromClaimId: claimId }, orderBy: { id: "asc" }, select: { kind: true, toClaim: other } }),
    prisma.claimLink.findMany({ where: { toClaimId: claimId }, orderBy: { id: "asc" }, select: { kind: true, fromClaim: other } }),
  ]);
  return [
    ...from.map((link) => ({ role: linkRoles(link.kind).from, claim: link.toClaim })),
    ...to.map((link) => ({ role: linkRoles(link.kind).to, claim: link.fromClaim })),
  ];
}
