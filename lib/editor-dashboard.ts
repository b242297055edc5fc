import type { PrismaClient } from "@/generated/prisma/client.ts";

const claimSummary = {
  id: true,
  quote: true,
  status: true,
  visibility: true,
  updatedAt: true,
  claimant: { select: { name: true } },
} as const;

/** What an editor sees first: drafts waiting to be published and the claims changed most recently. */
export async function loadEditorDashboard(prisma: PrismaClient) {
  const [drafts, recentlyChanged] = await Promise.all([
    prisma.claim.findMany({ where: { visibility: "DRAFT" }, orderBy: { updatedAt: "desc" }, take: 20, select: claimSummary }),
    prisma.claim.findMany({ orderBy: [{ updatedAt: "desc" }, { id: "desc" }], take: 10, select: claimSummary }),
  ]);
  return { drafts, recentlyChanged };
}
