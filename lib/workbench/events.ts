import type { ClaimEventType, Prisma } from "@/generated/prisma/client.ts";
import { type ClaimChangeContext, invalidateClaimPages, invalidateClaimsPages } from "@/lib/public/page-invalidation.ts";
import type { Actor } from "@/lib/workbench/actor.ts";

export type Transaction = Prisma.TransactionClient;

/** A field's value before and after an edit, as stored in ClaimEvent.diff. */
export type FieldChange = { from: Prisma.InputJsonValue | null; to: Prisma.InputJsonValue | null };
export type FieldDiff = Record<string, FieldChange>;

/** `at` defaults to now; only the demo seed, replaying a dated history, sets it. */
type EventData = Omit<Prisma.ClaimEventUncheckedCreateInput, "id" | "claimId" | "actorId" | "at" | "diff"> & { diff?: FieldDiff; at?: Date };

const formerId = (change: FieldChange | undefined) => (typeof change?.from === "number" ? change.from : undefined);

/** Events that change nothing readers see: the workbench's own (notes, assignment, reviews). */
const INTERNAL_EVENT_TYPES: ReadonlySet<ClaimEventType> = new Set(["NOTE_ADDED", "ASSIGNED", "UNASSIGNED", "REVIEW_REQUESTED", "REVIEW_RETURNED"]);

/**
 * Appends one entry to a claim's history; call it inside the transaction that makes the change.
 * Every change readers can see is recorded here, so this is also where the cached public pages
 * showing the claim are dropped (when the transaction commits). An internal event (a note, an
 * assignment, a review's request or return) changes none.
 */
export async function recordEvent(tx: Transaction, claimId: number, actor: Actor, event: EventData) {
  const created = await tx.claimEvent.create({ data: { ...event, claimId, actorId: actor.id } });
  if (!INTERNAL_EVENT_TYPES.has(event.type)) {
    const context: ClaimChangeContext = {
      wasPublic: event.type === "UNPUBLISHED",
      formerClaimantId: formerId(event.diff?.claimantId),
      formerSourceId: formerId(event.diff?.sourceId),
    };
    const batch = deferredInvalidations.get(tx);
    if (batch) batch.set(claimId, mergeContexts(batch.get(claimId), context));
    else await invalidateClaimPages(tx, claimId, context);
  }
  return created;
}

/** The claims of a batch whose pages are dropped once, at its end (withDeferredInvalidation), by transaction. */
const deferredInvalidations = new WeakMap<Transaction, Map<number, ClaimChangeContext>>();

const mergeContexts = (earlier: ClaimChangeContext | undefined, later: ClaimChangeContext): ClaimChangeContext => ({
  wasPublic: Boolean(earlier?.wasPublic || later.wasPublic),
  formerClaimantId: earlier?.formerClaimantId ?? later.formerClaimantId,
  formerSourceId: earlier?.formerSourceId ?? later.formerSourceId,
});

/**
 * Runs `work` (many claim changes in `tx`: lib/workbench/bulk.ts) with the cached pages they affect
 * dropped once at the end — one query for all the claims and each page's notification once — instead
 * of after every change; the same pages, in the same transaction.
 */
export async function withDeferredInvalidation<T>(tx: Transaction, work: () => Promise<T>): Promise<T> {
  const claims = new Map<number, ClaimChangeContext>();
  deferredInvalidations.set(tx, claims);
  try {
    const result = await work();
    await invalidateClaimsPages(tx, claims);
    return result;
  } finally {
    deferredInvalidations.delete(tx);
  }
}
