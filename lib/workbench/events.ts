import type { Prisma } from "@/generated/prisma/client.ts";
import type { Actor } from "@/lib/workbench/actor.ts";

export type Transaction = Prisma.TransactionClient;

/** A field's value before and after an edit, as stored in ClaimEvent.diff. */
export type FieldChange = { from: Prisma.InputJsonValue | null; to: Prisma.InputJsonValue | null };
export type FieldDiff = Record<string, FieldChange>;

/** `at` defaults to now; only the demo seed, replaying a dated history, sets it. */
type EventData = Omit<Prisma.ClaimEventUncheckedCreateInput, "id" | "claimId" | "actorId" | "at" | "diff"> & { diff?: FieldDiff; at?: Date };

/** Appends one entry to a claim's history; call it inside the transaction that makes the change. */
export function recordEvent(tx: Transaction, claimId: number, actor: Actor, event: EventData) {
  return tx.claimEvent.create({ data: { ...event, claimId, actorId: actor.id } });
}
