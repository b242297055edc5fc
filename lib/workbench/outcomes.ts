import type { DeletionRecord, Outcome, PrismaClient } from "@/generated/prisma/client.ts";
import { DomainError } from "@/lib/errors.ts";
import { isVerdict, STATUS } from "@/lib/status.ts";
import { assertEditor, type Actor } from "@/lib/workbench/actor.ts";
import { linkOutcomeSchema, type LinkOutcomeInput } from "@/lib/workbench/claim-schemas.ts";
import { updateClaimAtVersion } from "@/lib/workbench/claim-version.ts";
import { recordEvent, type Transaction } from "@/lib/workbench/events.ts";
import { invalidateOutcomePages } from "@/lib/public/page-invalidation.ts";
import { outcomeSchema, type OutcomeInput } from "@/lib/workbench/outcome-schemas.ts";
import { recordDeletion } from "@/lib/workbench/deletion-records.ts";

async function checkSource(tx: Transaction | PrismaClient, sourceId: number | null): Promise<void> {
  if (sourceId !== null && !(await tx.source.findUnique({ where: { id: sourceId }, select: { id: true } }))) {
    throw new DomainError("That source does not exist.", { sourceId: ["Choose a source from the list."] });
  }
}

export async function createOutcome(prisma: PrismaClient, actor: Actor, input: OutcomeInput): Promise<Outcome> {
  assertEditor(actor);
  const data = outcomeSchema.parse(input);
  await checkSource(prisma, data.sourceId);
  return prisma.outcome.create({ data: { ...data, createdById: actor.id } });
}

/** Outcomes are not versioned: their history is the claims' OUTCOME_LINKED/UNLINKED events. */
export async function updateOutcome(prisma: PrismaClient, actor: Actor, id: number, input: OutcomeInput): Promise<Outcome> {
  assertEditor(actor);
  const data = outcomeSchema.parse(input);
  await checkSource(prisma, data.sourceId);
  return prisma.$transaction(async (tx) => {
    const before = await tx.outcome.findUnique({ where: { id }, select: { sourceId: true } });
    const [outcome] = await tx.outcome.updateManyAndReturn({ where: { id }, data });
    if (!before || !outcome) throw new DomainError("That outcome does not exist.");
    await invalidateOutcomePages(tx, id, before.sourceId);
    return outcome;
  });
}

/**
 * Deletes an outcome that no claim uses — linked now, or named in a claim's history (linked once and
 * unlinked since: that history is never rewritten) — with a DeletionRecord of it; otherwise explains
 * why it cannot. An unused outcome is on no public page, so no cached page changes.
 */
export async function deleteOutcome(prisma: PrismaClient, actor: Actor, id: number, reason: string | null = null): Promise<DeletionRecord> {
  assertEditor(actor);
  return prisma.$transaction(async (tx) => {
    // Lock the row: a link being made to it right now must wait (it takes a key-share lock on it).
    const [outcome] = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "Outcome" WHERE id = ${id} FOR UPDATE`;
    if (!outcome) throw new DomainError("That outcome no longer exists.");
    const linked = await tx.claimOutcome.findMany({ where: { outcomeId: id }, orderBy: { claimId: "asc" }, select: { claimId: true } });
    if (linked.length > 0) {
      const claims = linked.map(({ claimId }) => `#${claimId}`).join(", ");
      const uses = linked.length === 1 ? `claim ${claims} uses it` : `claims ${claims} use it`;
      throw new DomainError(`This outcome cannot be deleted: ${uses}. Unlink it there first.`);
    }
    const named = await tx.claimEvent.findFirst({ where: { outcomeId: id }, orderBy: { id: "asc" }, select: { claimId: true } });
    if (named) {
      throw new DomainError(`This outcome cannot be deleted: the history of claim #${named.claimId} names it (it was linked once), and a claim's history is never rewritten.`);
    }
    const snapshot = await tx.outcome.findUniqueOrThrow({ where: { id } });
    await tx.outcome.delete({ where: { id } });
    return recordDeletion(tx, actor, "OUTCOME", id, snapshot, reason);
  });
}

const isForeignKeyViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === "P2003";

/** Links an outcome to a claim (OUTCOME_LINKED event; the relation is kept in its diff, the note as its rationale). */
export async function linkOutcome(
  prisma: PrismaClient,
  actor: Actor,
  claimId: number,
  expectedVersion: number,
  input: LinkOutcomeInput,
): Promise<void> {
  assertEditor(actor);
  const { outcomeId, relation, note } = linkOutcomeSchema.parse(input);
  await prisma.$transaction(async (tx) => {
    await updateClaimAtVersion(tx, claimId, expectedVersion, async () => {
      if (await tx.claimOutcome.findUnique({ where: { claimId_outcomeId: { claimId, outcomeId } }, select: { claimId: true } })) {
        const message = "This outcome is already linked to the claim.";
        throw new DomainError(message, { outcomeId: [message] });
      }
      return {};
    });
    try {
      await tx.claimOutcome.create({ data: { claimId, outcomeId, relation, note, createdById: actor.id } });
    } catch (error) {
      if (isForeignKeyViolation(error)) throw new DomainError("That outcome does not exist.", { outcomeId: ["Choose an outcome from the list."] });
      throw error;
    }
    await recordEvent(tx, claimId, actor, { type: "OUTCOME_LINKED", outcomeId, rationale: note, diff: { relation: { from: null, to: relation } } });
  });
}

/** Unlinks an outcome (OUTCOME_UNLINKED event); a verdict keeps at least one outcome. */
export async function unlinkOutcome(prisma: PrismaClient, actor: Actor, claimId: number, expectedVersion: number, outcomeId: number): Promise<void> {
  assertEditor(actor);
  await prisma.$transaction(async (tx) => {
    const links = await tx.claimOutcome.findMany({ where: { claimId }, select: { outcomeId: true, relation: true } });
    const link = links.find((candidate) => candidate.outcomeId === outcomeId);
    await updateClaimAtVersion(tx, claimId, expectedVersion, (current) => {
      if (!link) throw new DomainError("This outcome is not linked to the claim.");
      if (isVerdict(current.status) && links.length === 1) {
        throw new DomainError(
          `This is the claim's last outcome, and its status “${STATUS[current.status].label}” is a verdict, which must rest on at least one outcome. Link another outcome first, or change the status with a rationale.`,
        );
      }
      return {};
    });
    await tx.claimOutcome.delete({ where: { claimId_outcomeId: { claimId, outcomeId } } });
    await recordEvent(tx, claimId, actor, { type: "OUTCOME_UNLINKED", outcomeId, diff: { relation: { from: link!.relation, to: null } } });
  });
}
