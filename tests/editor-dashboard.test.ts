import { beforeAll, describe, expect, it } from "vitest";
import { loadEditorDashboard } from "@/lib/workbench/dashboard.ts";
import { seedDemoData } from "@/prisma/demo-data.ts";
import { isVerdict } from "@/lib/status.ts";
import { useMigratedDatabase } from "./support/test-database.ts";

describe("editor dashboard", () => {
  const { prisma } = useMigratedDatabase();
  beforeAll(() => seedDemoData(prisma));

  it("lists what needs attention: oldest claims without outcome, drafts, orphaned anchors, my actions", async () => {
    const editor = await prisma.user.findUniqueOrThrow({ where: { email: "editor@claimledger.test" } });
    const claim = await prisma.claim.findFirstOrThrow({ where: { anchorStart: { not: null } } });
    await prisma.claim.update({ where: { id: claim.id }, data: { anchorStart: null, anchorEnd: null } });

    const dashboard = await loadEditorDashboard(prisma, editor.id);

    const waiting = await prisma.claim.findMany({
      where: { status: { in: ["PENDING", "IN_PROGRESS", "STALLED"] }, outcomes: { none: {} } },
      orderBy: [{ statedAt: "asc" }, { id: "asc" }],
    });
    expect(dashboard.awaitingOutcome.map((c) => c.id)).toEqual(waiting.slice(0, 10).map((c) => c.id));
    expect(dashboard.awaitingOutcome.every((c) => !isVerdict(c.status))).toBe(true);
    expect(dashboard.drafts.length).toBe(await prisma.claim.count({ where: { visibility: "DRAFT" } }));
    expect(dashboard.orphaned.map((c) => c.id)).toEqual([claim.id]);
    expect(dashboard.myActivity.length).toBeGreaterThan(0);
    const times = dashboard.myActivity.map((event) => event.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const mine = await prisma.claimEvent.count({ where: { actorId: editor.id } });
    expect(dashboard.myActivity.length).toBe(Math.min(10, mine));
  });
});
