import { describe, expect, it } from "vitest";
import { getPublishedClaim } from "@/lib/public/published-claims.ts";
import { assignableEditors, assignClaim } from "@/lib/workbench/assignment.ts";
import { listClaimsForEditor, parseClaimListQuery } from "@/lib/workbench/claim-list.ts";
import { StaleVersionError } from "@/lib/workbench/claims.ts";
import { loadEditorDashboard } from "@/lib/workbench/dashboard.ts";
import { claimHistory } from "@/lib/workbench/history.ts";
import { useMigratedDatabase } from "./support/test-database.ts";
import { createTestClaim } from "./support/workbench.ts";

// Issue 16, item 1: a claim is assigned to an editor, reassigned and unassigned, each change an
// internal event; the dashboard lists "My claims" and the claims list filters by assignee.

const {
  prisma,
  users: { anna, ben, admin, disabled },
} = useMigratedDatabase({
  users: {
    anna: { role: "EDITOR", name: "Anna Editor" },
    ben: { role: "EDITOR", name: "Ben Editor" },
    admin: { role: "ADMIN", name: "Ada Admin" },
    disabled: { role: "EDITOR", name: "Gone Editor", disabledAt: new Date() },
  },
});

const ids = async (query: string, viewerId: number | null) => {
  const { query: parsed, issues } = parseClaimListQuery(new URLSearchParams(query));
  expect(issues).toEqual([]);
  return (await listClaimsForEditor(prisma, parsed, 50, viewerId)).claims.map((claim) => claim.id);
};

describe("assigning a claim", () => {
  it("assigns, reassigns and unassigns, each an ASSIGNED or UNASSIGNED event naming both editors, none of them public", async () => {
    const claim = await createTestClaim(prisma, anna, { visibility: "PUBLISHED" });
    const assigned = await assignClaim(prisma, anna, claim.id, claim.version, ben.id);
    expect(assigned).toMatchObject({ assigneeId: ben.id, version: claim.version + 1 });
    const reassigned = await assignClaim(prisma, ben, claim.id, assigned.version, admin.id);
    const unassigned = await assignClaim(prisma, admin, claim.id, reassigned.version, null);
    expect(unassigned.assigneeId).toBeNull();

    const history = (await claimHistory(prisma, claim.id)).filter((entry) => entry.type === "ASSIGNED" || entry.type === "UNASSIGNED");
    expect(history.map((entry) => [entry.label, entry.actorName, entry.changes.map((change) => [change.label, change.from, change.to])])).toEqual([
      ["Unassigned", "Ada Admin", [["Assignee", "Ada Admin", null]]],
      ["Assigned", "Ben Editor", [["Assignee", "Ben Editor", "Ada Admin"]]],
      ["Assigned", "Anna Editor", [["Assignee", null, "Ben Editor"]]],
    ]);
    const publicTypes = (await getPublishedClaim(claim.id, prisma))!.events.map((event) => event.type);
    expect(publicTypes).not.toContain("ASSIGNED");
    expect(publicTypes).not.toContain("UNASSIGNED");
  });

  it("assigns only to an active editor or admin, on the assignee field", async () => {
    const claim = await createTestClaim(prisma, anna);
    for (const userId of [disabled.id, 999_999]) {
      await expect(assignClaim(prisma, anna, claim.id, claim.version, userId)).rejects.toMatchObject({
        message: "Assign the claim to an active editor.",
        fieldErrors: { assigneeId: ["Assign the claim to an active editor."] },
      });
    }
    await expect(assignClaim(prisma, anna, claim.id, claim.version, null)).rejects.toThrow("The claim is not assigned to anyone.");
    expect((await assignableEditors(prisma)).map((user) => user.name)).toEqual(["Ada Admin", "Anna Editor", "Ben Editor"]);
    expect(await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ assigneeId: null, version: claim.version });
  });

  it("refuses a stale version and writes nothing", async () => {
    const claim = await createTestClaim(prisma, anna);
    await assignClaim(prisma, anna, claim.id, claim.version, anna.id);
    await expect(assignClaim(prisma, ben, claim.id, claim.version, ben.id)).rejects.toBeInstanceOf(StaleVersionError);
    expect((await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).assigneeId).toBe(anna.id);
    expect(await prisma.claimEvent.count({ where: { claimId: claim.id, type: "ASSIGNED" } })).toBe(1);
  });

  it("lists my claims on the dashboard and filters the claims list by me, a named editor or no one", async () => {
    const mine = await createTestClaim(prisma, ben);
    const hers = await createTestClaim(prisma, ben);
    const nobodys = await createTestClaim(prisma, ben);
    await assignClaim(prisma, ben, mine.id, mine.version, ben.id);
    await assignClaim(prisma, ben, hers.id, hers.version, anna.id);

    expect((await loadEditorDashboard(prisma, ben.id)).myClaims.map((claim) => claim.id)).toContain(mine.id);
    expect((await loadEditorDashboard(prisma, ben.id)).myClaims.map((claim) => claim.id)).not.toContain(hers.id);

    const meIds = await ids("assignee=me", ben.id);
    expect(meIds).toContain(mine.id);
    expect(meIds).not.toContain(hers.id);
    expect(await ids(`assignee=${anna.id}`, ben.id)).toContain(hers.id);
    expect(await ids(`assignee=${anna.id}`, ben.id)).not.toContain(mine.id);
    const none = await ids("assignee=none", ben.id);
    expect(none).toContain(nobodys.id);
    expect(none).not.toContain(mine.id);
    expect(await ids("assignee=me", null)).toEqual([]);

    const { query } = parseClaimListQuery(new URLSearchParams("assignee=me"));
    const row = (await listClaimsForEditor(prisma, query, 50, ben.id)).claims.find((claim) => claim.id === mine.id);
    expect(row?.assigneeName).toBe("Ben Editor");
  });

  it("names a bad assignee filter and lists without it", () => {
    const { query, issues } = parseClaimListQuery(new URLSearchParams("assignee=someone"));
    expect(query.assignee).toBeUndefined();
    expect(issues).toEqual([{ param: "assignee", message: "Assignee is me, none or an editor's number." }]);
  });
});
