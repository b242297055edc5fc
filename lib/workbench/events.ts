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
export async function recordEvent(tx: Transaction, claimId: number, actor: Actor, { at = new Date(), ...event }: EventData): Promise<void> {
  const data = { ...event, at, claimId, actorId: actor.id };
  const batch = batches.get(tx);
  if (batch) batch.events.push(data);
  else await tx.claimEvent.create({ data });
  if (!INTERNAL_EVENT_TYPES.has(event.type)) {
    const context: ClaimChangeContext = {
      wasPublic: event.type === "UNPUBLISHED",
      formerClaimantId: formerId(event.diff?.claimantId),
      formerSourceId: formerId(event.diff?.sourceId),
    };
    if (batch) batch.invalidations.set(claimId, mergeContexts(batch.invalidations.get(claimId), context));
    else await invalidateClaimPages(tx, claimId, context);
  }
}

/** A batch's events, written at its end, and the claims whose cached pages it drops then. */
type Batch = { events: Prisma.ClaimEventCreateManyInput[]; invalidations: Map<number, ClaimChangeContext> };
const batches = new WeakMap<Transaction, Batch>();

const mergeContexts = (earlier: ClaimChangeContext | undefined, later: ClaimChangeContext): ClaimChangeContext => ({
  wasPublic: Boolean(earlier?.wasPublic || later.wasPublic),
  formerClaimantId: earlier?.formerClaimantId ?? later.formerClaimantId,
  formerSourceId: earlier?.formerSourceId ?? later.formerSourceId,
});

/**
 * Runs `work` (many claim changes in `tx`: lib/workbench/bulk.ts) with their events written at the
 * end in one statement, in the order recorded, and the cached pages they affect dropped once — one
 * query for all the claims and each page's notification once — instead of after every change; the
 * same rows and pages, in the same transaction. Nothing in a batch reads back an event it recorded.
 */
export async function withBatchedHistory<T>(tx: Transaction, work: () => Promise<T>): Promise<T> {
  const batch: Batch = { events: [], invalidations: new Map() };
  batches.set(tx, batch);
  try {
    const result = await work();
    if (batch.events.length > 0) await tx.claimEvent.createMany({ data: batch.events });
    await invalidateClaimsPages(tx, batch.invalidations);
    return result;
  } finally {
    batches.delete(tx);
  }
}

/**
 * Runs `work` to see whether it succeeds, then undoes it — its writes (a savepoint rolled back) and
 * the events and page drops it recorded in a batch. A refusal is thrown as it is.
 */
export async function tryThenUndo(tx: Transaction, work: () => Promise<unknown>): Promise<void> {
  const batch = batches.get(tx);
  const recorded = batch && { events: batch.events.length, invalidations: new Map(batch.invalidations) };
  await tx.$executeRaw`SAVEPOINT tried_change`;
  await work();
  await tx.$executeRaw`ROLLBACK TO SAVEPOINT tried_change`;
  if (batch && recorded) {
    batch.events.length = recorded.events;
    batch.invalidations = recorded.invalidations;
  }
}
