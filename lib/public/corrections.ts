import type { Prisma, PrismaClient } from "@/generated/prisma/client.ts";
import { db } from "@/lib/platform/db.ts";
import { pageWindow } from "@/lib/public/list-pages.ts";

/**
 * The corrections readers see: the notes on a published claim's history events
 * (ClaimEvent.correction, required by lib/workbench/corrections.ts), dated by their event. A
 * withdrawn claim's stay (its page is public, with the withdrawal's note); a claim taken back to
 * draft shows none, like everything else of a draft.
 */
export const publicCorrectionWhere = {
  correction: { not: null },
  claim: { visibility: "PUBLISHED" },
} as const satisfies Prisma.ClaimEventWhereInput;

const newestFirst = [{ at: "desc" }, { id: "desc" }] as const satisfies Prisma.ClaimEventOrderByWithRelationInput[];

const correctionSelect = {
  id: true,
  at: true,
  type: true,
  fromStatus: true,
  toStatus: true,
  correction: true,
  claim: { select: { id: true, quote: true, withdrawnAt: true, claimant: { select: { name: true } } } },
} as const satisfies Prisma.ClaimEventSelect;

export type PublicCorrection = Prisma.ClaimEventGetPayload<{ select: typeof correctionSelect }> & { correction: string };

const withNote = <T extends { correction: string | null }>(rows: T[]) => rows as (T & { correction: string })[];

/** A page of every correction, newest first (/corrections, /corrections/page/{n}). */
export async function listCorrections(prisma: PrismaClient = db, { page = 1 }: { page?: number } = {}): Promise<PublicCorrection[]> {
  return withNote(await prisma.claimEvent.findMany({ where: publicCorrectionWhere, orderBy: newestFirst, ...pageWindow(page), select: correctionSelect }));
}

export function countCorrections(prisma: PrismaClient = db): Promise<number> {
  return prisma.claimEvent.count({ where: publicCorrectionWhere });
}

/** The latest corrections, for the feed. */
export async function latestCorrections(prisma: PrismaClient = db, take = 50): Promise<PublicCorrection[]> {
  return withNote(await prisma.claimEvent.findMany({ where: publicCorrectionWhere, orderBy: newestFirst, take, select: correctionSelect }));
}

export type ClaimCorrection = { id: number; at: Date; note: string };

/** One claim's corrections, newest first (its page and its ClaimReview); none for a draft. */
export async function claimCorrections(claimId: number, prisma: PrismaClient = db): Promise<ClaimCorrection[]> {
  const rows = await prisma.claimEvent.findMany({
    where: { ...publicCorrectionWhere, claimId },
    orderBy: newestFirst,
    select: { id: true, at: true, correction: true },
  });
  return withNote(rows).map(({ id, at, correction }) => ({ id, at, note: correction }));
}

/** What a correction corrected, by its event. */
export function correctionKind(correction: Pick<PublicCorrection, "type">): string {
  if (correction.type === "WITHDRAWN") return "Claim withdrawn";
  if (correction.type === "STATUS_CHANGED") return "Status corrected";
  return "Claim corrected";
}
