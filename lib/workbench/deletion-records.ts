import { z } from "zod";
import type { DeletedEntity, Prisma, PrismaClient } from "@/generated/prisma/client.ts";
import { idSchema, optionalText } from "@/lib/fields.ts";
import type { Actor } from "@/lib/workbench/actor.ts";
import type { Transaction } from "@/lib/workbench/events.ts";

/** What every deletion form sends: the row, and an optional internal reason for the audit record. */
export const deletionFormSchema = (what: "claim" | "outcome" | "source") =>
  z.object({ id: idSchema(what), reason: optionalText("the reason", 500, { multiline: true }) });

/** Rows as JSON (dates as ISO text), as the audit record stores them. */
export const asJson = (value: unknown): Prisma.InputJsonValue => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;

/**
 * The audit record of a deletion: what the row was (`snapshot`), who deleted it, when and why. Write
 * it in the transaction that deletes, so there is never a deletion without its record.
 */
export function recordDeletion(tx: Transaction, actor: Actor, entity: DeletedEntity, entityId: number, snapshot: unknown, reason: string | null = null) {
  return tx.deletionRecord.create({ data: { entity, entityId, snapshot: asJson(snapshot), reason, deletedById: actor.id } });
}

/** Who deleted the claim, outcome or source with this id, and when; null when it was never deleted. */
export function findDeletion(prisma: PrismaClient, entity: DeletedEntity, entityId: number) {
  return prisma.deletionRecord.findFirst({
    where: { entity, entityId },
    orderBy: { id: "desc" },
    select: { deletedAt: true, reason: true, deletedBy: { select: { name: true } } },
  });
}

export type DeletionNotice = NonNullable<Awaited<ReturnType<typeof findDeletion>>>;
