import type { DeletionRecord, PrismaClient } from "@/generated/prisma/client.ts";
import { DomainError } from "@/lib/errors.ts";
import { dateToIso } from "@/lib/fields.ts";
import { assertEditor, type Actor } from "@/lib/workbench/actor.ts";
import { updateClaimAtVersion } from "@/lib/workbench/claim-version.ts";
import { recordDeletion } from "@/lib/workbench/deletion-records.ts";

/**
 * Deletes a draft that readers never saw — a junk or test claim — with its history, notes, outcome
 * links, claim links and dismissed duplicate pairs, if it is still at `expectedVersion` (else
 * StaleVersionError). A DeletionRecord keeps the claim and all of that as they were, with who and
 * when. Refused with the reason for a claim that is published or was ever published (readers may
 * have seen or linked to it: withdraw it instead), and for a draft named in another claim's history
 * (a link once made between them): that history is never rewritten, and unlinking would only add
 * another event naming the draft. The events go through delete_draft_claim_events(), the one way
 * past ClaimEvent's append-only trigger (migration claim_event_draft_deletion).
 */
export async function deleteDraftClaim(prisma: PrismaClient, actor: Actor, id: number, expectedVersion: number, reason: string | null = null): Promise<DeletionRecord> {
  assertEditor(actor);
  return prisma.$transaction(async (tx) => {
    // Lock the row first: an event, link or note being written on it right now (each takes a key-share
    // lock on it) waits until the deletion commits, so what is checked below stays true.
    await tx.$queryRaw`SELECT id FROM "Claim" WHERE id = ${id} FOR UPDATE`;
    let snapshot: unknown;
    // Through the optimistic lock: the editor's version is checked.
    await updateClaimAtVersion(tx, id, expectedVersion, async (current) => {
      if (current.visibility === "PUBLISHED") {
        throw new DomainError(`Claim #${id} is published, and a published claim cannot be deleted: withdraw it with a reason readers see instead.`);
      }
      const published = await tx.claimEvent.findFirst({ where: { claimId: id, type: "PUBLISHED" }, orderBy: { id: "asc" }, select: { at: true } });
      if (published) {
        throw new DomainError(
          `Claim #${id} was published on ${dateToIso(published.at)}, so readers may have seen or linked to it: it cannot be deleted. Publish it again and withdraw it with a reason, or keep it as a draft.`,
        );
      }
      const naming = await tx.claimEvent.findFirst({ where: { linkedClaimId: id, claimId: { not: id } }, orderBy: { id: "asc" }, select: { claimId: true } });
      if (naming) {
        throw new DomainError(
          `The history of claim #${naming.claimId} names this draft (the two were linked), and a claim's history is never rewritten: this draft cannot be deleted.`,
        );
      }
      // As the editor saw it: read before the lock's update raises the version. One query at a
      // time: a nested include would send its relations' queries at once on the transaction's connection.
      const byId = { orderBy: { id: "asc" } } as const;
      snapshot = {
        ...current,
        claimant: await tx.claimant.findUnique({ where: { id: current.claimantId }, select: { id: true, name: true, slug: true } }),
        events: await tx.claimEvent.findMany({ where: { claimId: id }, ...byId }),
        notes: await tx.note.findMany({ where: { claimId: id }, ...byId }),
        outcomes: await tx.claimOutcome.findMany({ where: { claimId: id }, orderBy: { outcomeId: "asc" } }),
        links: await tx.claimLink.findMany({ where: { OR: [{ fromClaimId: id }, { toClaimId: id }] }, ...byId }),
        dismissedPairs: await tx.dismissedDuplicatePair.findMany({ where: { OR: [{ claimId: id }, { otherClaimId: id }] } }),
      };
      return {};
    });
    await tx.claimLink.deleteMany({ where: { OR: [{ fromClaimId: id }, { toClaimId: id }] } });
    await tx.dismissedDuplicatePair.deleteMany({ where: { OR: [{ claimId: id }, { otherClaimId: id }] } });
    await tx.claimOutcome.deleteMany({ where: { claimId: id } });
    await tx.note.deleteMany({ where: { claimId: id } });
    await tx.$queryRaw`SELECT delete_draft_claim_events(${id}::integer)`;
    await tx.claim.delete({ where: { id } });
    return recordDeletion(tx, actor, "CLAIM", id, snapshot, reason);
  });
}
