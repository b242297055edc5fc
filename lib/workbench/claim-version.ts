import type { Claim, Prisma } from "@/generated/prisma/client.ts";
import { DomainError } from "@/lib/errors.ts";
import { dateToIso } from "@/lib/fields.ts";
import type { Transaction } from "@/lib/workbench/events.ts";

export const STALE_MESSAGE = "This claim changed since you opened it.";

/** The claim as it is now, in plain values, for showing an editor what changed. */
export type ClaimSnapshot = {
  id: number;
  version: number;
  quote: string;
  summary: string;
  headline: string | null;
  claimantId: number;
  claimantName: string;
  sourceId: number | null;
  statedAt: string;
  kind: Claim["kind"];
  tags: string[];
  dueAt: string | null;
  dueNote: string | null;
  status: Claim["status"];
  visibility: Claim["visibility"];
};

/** Someone else saved the claim after the editor opened it; nothing was written. */
export class StaleVersionError extends DomainError {
  constructor(readonly current: ClaimSnapshot) {
    super(STALE_MESSAGE);
    this.name = "StaleVersionError";
  }
}

/** The claim as it is now, for the editor whose version is stale; its claimant's name read for it. */
async function snapshot(tx: Transaction, claim: Claim): Promise<ClaimSnapshot> {
  const claimant = await tx.claimant.findUniqueOrThrow({ where: { id: claim.claimantId }, select: { name: true } });
  return {
    id: claim.id,
    version: claim.version,
    quote: claim.quote,
    summary: claim.summary,
    headline: claim.headline,
    claimantId: claim.claimantId,
    claimantName: claimant.name,
    sourceId: claim.sourceId,
    statedAt: dateToIso(claim.statedAt),
    kind: claim.kind,
    tags: claim.tags,
    dueAt: claim.dueAt && dateToIso(claim.dueAt),
    dueNote: claim.dueNote,
    status: claim.status,
    visibility: claim.visibility,
  };
}

/** Claims a batch already read, locked, in its transaction (withClaimsRead), by transaction. */
const claimsRead = new WeakMap<Transaction, Map<number, Claim>>();

/**
 * Runs `work` (many claim changes in `tx`: lib/workbench/bulk.ts) with `claims` — read in `tx` under
 * FOR UPDATE, so no one can have changed them since — serving each change's first read of its claim,
 * instead of one more query per claim. A second read (after the change) goes to the database.
 */
export async function withClaimsRead<T>(tx: Transaction, claims: Claim[], work: () => Promise<T>): Promise<T> {
  claimsRead.set(tx, new Map(claims.map((claim) => [claim.id, claim])));
  try {
    return await work();
  } finally {
    claimsRead.delete(tx);
  }
}

async function readClaim(tx: Transaction, id: number): Promise<Claim> {
  const read = claimsRead.get(tx)?.get(id);
  if (read) {
    claimsRead.get(tx)!.delete(id);
    return read;
  }
  const claim = await tx.claim.findUnique({ where: { id } });
  if (!claim) throw new DomainError("That claim does not exist.");
  return claim;
}

/** A withdrawn claim is kept as readers last saw it, with its notice: no change reaches it any more. */
export function withdrawnMessage(claim: { id: number; withdrawnAt: Date }): string {
  return `Claim #${claim.id} was withdrawn on ${dateToIso(claim.withdrawnAt)}: it can no longer be changed.`;
}

/**
 * The optimistic lock: `UPDATE "Claim" SET …, version = version + 1 WHERE id = ? AND version = ?`.
 * `plan` sees the claim as it is and returns the columns to change (it may throw to refuse).
 * A withdrawn claim is refused whatever the version.
 * A concurrent writer holding the row makes this UPDATE wait, then match nothing: stale.
 * Call it inside the transaction that also records the change's event.
 */
export async function updateClaimAtVersion(
  tx: Transaction,
  id: number,
  expectedVersion: number,
  plan: (current: Claim) => Promise<Prisma.ClaimUncheckedUpdateManyInput> | Prisma.ClaimUncheckedUpdateManyInput,
): Promise<{ before: Claim; after: Claim }> {
  const before = await readClaim(tx, id);
  if (before.withdrawnAt) throw new DomainError(withdrawnMessage({ id, withdrawnAt: before.withdrawnAt }));
  if (before.version !== expectedVersion) throw new StaleVersionError(await snapshot(tx, before));
  const data = await plan(before);
  const [after] = await tx.claim.updateManyAndReturn({
    where: { id, version: expectedVersion },
    data: { ...data, version: { increment: 1 } },
  });
  if (!after) throw new StaleVersionError(await snapshot(tx, await readClaim(tx, id)));
  return { before, after };
}
