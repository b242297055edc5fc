import type { PrismaClient } from "@/generated/prisma/client.ts";
import { listOrphanedClaims } from "@/lib/workbench/sources.ts";

const claimSummary = {
  id: true,
  quote: true,
  status: true,
  visibility: true,
  updatedAt: true,
  claimant: { select: { name: true } },
} as const;

/** What an editor sees first: orphaned anchors, drafts waiting to be published, the claims changed most recently. */
export async function loadEditorDashboard(prisma: PrismaClient) {
  const [drafts, recentlyChanged, orphaned] = await Promise.all([
    prisma.claim.findMany({ where: { visibility: "DRAFT" }, orderBy: { updatedAt: "desc" }, take: 20, select: claimSummary }),
    prisma.claim.findMany({ orderBy: [{ updatedAt: "desc" }, { id: "desc" }], take: 10, select: claimSummary }),
    listOrphanedClaims(prisma),
  ]);
  return { drafts, recentlyChanged, orphaned };
}
