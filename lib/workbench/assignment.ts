import { z } from "zod";
import type { Claim, Prisma, PrismaClient } from "@/generated/prisma/client.ts";
import { hasRole } from "@/lib/accounts/roles.ts";
import { DomainError } from "@/lib/errors.ts";
import { optionalId } from "@/lib/fields.ts";
import { assertEditor, type Actor } from "@/lib/workbench/actor.ts";
import { claimRefSchema } from "@/lib/workbench/claim-schemas.ts";
import { updateClaimAtVersion } from "@/lib/workbench/claim-version.ts";
import { recordEvent, type Transaction } from "@/lib/workbench/events.ts";
import { notify } from "@/lib/workbench/notifications.ts";

/** The editor to assign, or blank to unassign. */
export const assignClaimFormSchema = claimRefSchema.extend({ assigneeId: optionalId("editor") });

/** Who can be given a claim: an active editor or admin. */
const assignableWhere = { disabledAt: null, role: { in: ["EDITOR", "ADMIN"] } } satisfies Prisma.UserWhereInput;

/** Active editors and admins, by name: the choices of the assignee field and the claims list's filter, who can be named in a note. */
export function assignableEditors(prisma: PrismaClient | Transaction) {
  return prisma.user.findMany({ where: assignableWhere, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true } });
}

const refuse = (message: string): never => {
  throw new DomainError(message, { assigneeId: [message] });
};

/**
 * Assigns the claim to an active editor or admin, reassigns it, or (null) unassigns it, if it is
 * still at `expectedVersion` (else StaleVersionError): an ASSIGNED or UNASSIGNED event with
 * `{ assigneeId: { from, to } }`, internal like every workbench-only event (readers see nothing).
 */
export async function assignClaim(prisma: PrismaClient, actor: Actor, id: number, expectedVersion: number, assigneeId: number | null): Promise<Claim> {
  return prisma.$transaction((tx) => assignClaimIn(tx, actor, id, expectedVersion, assigneeId));
}

/** assignClaim inside the caller's transaction (a batch of changes: lib/workbench/bulk.ts). */
export async function assignClaimIn(tx: Transaction, actor: Actor, id: number, expectedVersion: number, assigneeId: number | null): Promise<Claim> {
  assertEditor(actor);
  const { before, after } = await updateClaimAtVersion(tx, id, expectedVersion, async (current) => {
    if (current.assigneeId === assigneeId) refuse(assigneeId === null ? "The claim is not assigned to anyone." : "The claim is already assigned to this editor.");
    if (assigneeId !== null) {
      const user = await tx.user.findUnique({ where: { id: assigneeId }, select: { role: true, disabledAt: true } });
      if (!user || user.disabledAt !== null || !hasRole(user, "EDITOR")) refuse("Assign the claim to an active editor.");
    }
    return { assigneeId };
  });
  await recordEvent(tx, id, actor, {
    type: assigneeId === null ? "UNASSIGNED" : "ASSIGNED",
    diff: { assigneeId: { from: before.assigneeId, to: assigneeId } },
  });
  if (assigneeId !== null) await notify(tx, { userIds: [assigneeId], kind: "ASSIGNED", cause: `assignment:${id}:${after.version}`, claimId: id, actorId: actor.id });
  return after;
}
