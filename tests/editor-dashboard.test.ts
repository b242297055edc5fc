import { beforeAll, describe, expect, it } from "vitest";
import { withdrawClaim } from "@/lib/workbench/claim-withdrawal.ts";
import { createClaim } from "@/lib/workbench/claims.ts";
import { loadEditorDashboard } from "@/lib/workbench/dashboard.ts";
import { seedDemoData } from "@/prisma/demo-data.ts";
import { isVerdict } from "@/lib/status.ts";
import { useMigratedDatabase } from "./support/test-database.ts";

describe("editor dashboard", () => {
  const { prisma } = useMigratedDatabase();
  beforeAll(() => seedDemoData(prisma));

  const editorOf = () => prisma.user.findUniqueOrThrow({ where: { email: "editor@claimledger.test" } });
  const claimSections = (dashboard: Awaited<ReturnType<typeof loadEditorDashboard>>) => ({
    orphaned: dashboard.orphaned.map((c) => c.id),
    overdue: dashboard.overdue.map((c) => c.id),
    drafts: dashboard.drafts.map((c) => c.id),
    awaitingOutcome: dashboard.awaitingOutcome.map((c) => c.id),
    recentlyChanged: dashboard.recentlyChanged.map((c) => c.id),
  });

  it("lists what needs attention: oldest published claims without outcome, drafts, orphaned anchors, my actions", async () => {
    const editor = await editorOf();
    const claim = await prisma.claim.findFirstOrThrow({ where: { anchorStart: { not: null } } });
    await prisma.claim.update({ where: { id: claim.id }, data: { anchorStart: null, anchorEnd: null } });

    const dashboard = await loadEditorDashboard(prisma, editor.id);

    const waiting = await prisma.claim.findMany({
      where: { visibility: "PUBLISHED", withdrawnAt: null, status: { in: ["PENDING", "IN_PROGRESS", "STALLED"] }, outcomes: { none: {} } },
      orderBy: [{ statedAt: "asc" }, { id: "asc" }],
    });
    const aboveIt = new Set([claim.id, ...dashboard.overdue.map((c) => c.id)]);
    expect(dashboard.awaitingOutcome.map((c) => c.id)).toEqual(waiting.filter((c) => !aboveIt.has(c.id)).slice(0, 10).map((c) => c.id));
    expect(dashboard.awaitingOutcome.every((c) => !isVerdict(c.status) && c.visibility === "PUBLISHED")).toBe(true);
    const drafts = await prisma.claim.findMany({ where: { visibility: "DRAFT" } });
    expect(new Set(dashboard.drafts.map((c) => c.id))).toEqual(new Set(drafts.filter((c) => !aboveIt.has(c.id)).map((c) => c.id)));
    expect(dashboard.orphaned.map((c) => c.id)).toEqual([claim.id]);
    expect(dashboard.myActivity.length).toBeGreaterThan(0);
    const times = dashboard.myActivity.map((event) => event.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const mine = await prisma.claimEvent.count({ where: { actorId: editor.id } });
    expect(dashboard.myActivity.length).toBe(Math.min(10, mine));
  });

  it("never lists a claim twice: each is in the first section it belongs to", async () => {
    const editor = await editorOf();
    const claimant = await prisma.claimant.create({ data: { slug: "dashboard-once", name: "Dashboard Once" } });
    const create = async (quote: string, fields: { visibility?: "DRAFT" | "PUBLISHED"; dueAt?: string } = {}) => {
      const source = await prisma.source.create({ data: { title: quote, body: quote } });
      return createClaim(prisma, editor, { quote, summary: "Dashboard test.", headline: "Dashboard test", claimantId: claimant.id, sourceId: source.id, statedAt: "2024-01-02", kind: "PROMISE", tags: "", ...fields });
    };
    // Each of these used to appear in three or four sections at once.
    const overdueDraft = await create("An overdue draft without an outcome.", { dueAt: "2024-02-01" });
    const draft = await create("A draft without an outcome, due in 2099.", { dueAt: "2099-01-01" });
    const orphanedOverdue = await create("An orphaned overdue draft.", { dueAt: "2024-02-01" });
    await prisma.claim.update({ where: { id: orphanedOverdue.id }, data: { anchorStart: null, anchorEnd: null } });
    const published = await create("A published claim waiting for its first outcome.", { visibility: "PUBLISHED" });
    await prisma.claim.update({ where: { id: published.id }, data: { statedAt: new Date("1990-01-01") } });
    const withdrawn = await create("A withdrawn claim with no outcome.", { visibility: "PUBLISHED" });
    await withdrawClaim(prisma, editor, withdrawn.id, withdrawn.version, { reason: "ENTERED_IN_ERROR", correction: "Entered twice." });

    const sections = claimSections(await loadEditorDashboard(prisma, editor.id));
    const listed = Object.values(sections).flat();
    expect(listed.length).toBeGreaterThan(10);
    expect(new Set(listed).size).toBe(listed.length);

    const sectionOf = (id: number) => Object.entries(sections).filter(([, ids]) => ids.includes(id)).map(([name]) => name);
    expect(sectionOf(orphanedOverdue.id)).toEqual(["orphaned"]);
    expect(sectionOf(overdueDraft.id)).toEqual(["overdue"]);
    expect(sectionOf(draft.id)).toEqual(["drafts"]);
    expect(sectionOf(published.id)).toEqual(["awaitingOutcome"]);
    // Nothing to await any more: a withdrawn claim is at most among the recent changes, marked.
    expect(sectionOf(withdrawn.id)).toEqual(["recentlyChanged"]);
  });
});
