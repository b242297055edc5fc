import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client.ts";
import { DomainError } from "@/lib/errors.ts";
import { assertEditor, type Actor } from "@/lib/workbench/actor.ts";
import { idSchema } from "@/lib/fields.ts";

// Editors' verdicts on the pairs lib/workbench/duplicate-finder.ts proposes ("Not duplicates", and undo).

export const dismissPairSchema = z.object({ claimId: idSchema("claim"), otherClaimId: idSchema("claim") });

/** Remembers that two claims are not duplicates: the finder does not propose them again. */
export async function dismissDuplicatePair(prisma: PrismaClient, actor: Actor, input: z.input<typeof dismissPairSchema>): Promise<void> {
  assertEditor(actor);
  const { claimId, otherClaimId } = dismissPairSchema.parse(input);
  if (claimId === otherClaimId) throw new DomainError("A claim cannot be paired with itself.");
  const [first, second] = claimId < otherClaimId ? [claimId, otherClaimId] : [otherClaimId, claimId];
  const found = await prisma.claim.count({ where: { id: { in: [first, second] } } });
  if (found !== 2) throw new DomainError("One of these claims no longer exists.");
  await prisma.dismissedDuplicatePair.upsert({
    where: { claimId_otherClaimId: { claimId: first, otherClaimId: second } },
    create: { claimId: first, otherClaimId: second, dismissedById: actor.id },
    update: {},
  });
}

/** Undoes a dismissal: the pair may be proposed again. */
export async function restoreDuplicatePair(prisma: PrismaClient, actor: Actor, input: z.input<typeof dismissPairSchema>): Promise<void> {
  assertEditor(actor);
  const { claimId, otherClaimId } = dismissPairSchema.parse(input);
  const [first, second] = claimId < otherClaimId ? [claimId, otherClaimId] : [otherClaimId, claimId];
  await prisma.dismissedDuplicatePair.deleteMany({ where: { claimId: first, otherClaimId: second } });
}
