import type { PrismaClient } from "@/generated/prisma/client.ts";
import { db } from "@/lib/db.ts";

/** Published claims, newest statement first, with what the index shows of each. */
export async function listPublishedClaims({ take = 50, prisma = db }: { take?: number; prisma?: PrismaClient } = {}) {
  return prisma.claim.findMany({
    where: { visibility: "PUBLISHED" },
    orderBy: [{ statedAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      quote: true,
      summary: true,
      statedAt: true,
      kind: true,
      status: true,
      claimant: { select: { name: true, title: true, slug: true } },
      source: { select: { title: true, publisher: true } },
      _count: { select: { outcomes: true } },
    },
  });
}

export type ClaimListItem = Awaited<ReturnType<typeof listPublishedClaims>>[number];
