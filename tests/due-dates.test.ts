import { parseFeed } from "@rowanmanning/feed-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { parseClaimSearch, searchClaims } from "@/lib/public/search.ts";
import { claimListJson } from "@/lib/public/claims-json.ts";
import { overdueClaims, overdueCondition } from "@/lib/public/overdue.ts";
import { dueState, isOverdue, utcToday } from "@/lib/due-dates.ts";
import { loadEditorDashboard } from "@/lib/workbench/dashboard.ts";
import { listPublishedOverdueClaims, overdueAtomFeed } from "@/lib/public/feed.ts";
import { seedDemoData } from "@/prisma/demo-data.ts";
import { changeStatus, createClaim, updateClaim } from "@/lib/workbench/claims.ts";
import { claimHistory } from "@/lib/workbench/history.ts";
import { linkOutcome } from "@/lib/workbench/outcomes.ts";
import { useMigratedDatabase } from "./support/test-database.ts";
import { claimInput, createClaimBasics, createTestOutcome } from "./support/workbench.ts";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("the overdue rule", () => {
  const due = { dueAt: day("2024-12-31"), status: "STALLED" as const };

  it("is due through the whole due day in UTC and overdue from the next UTC midnight", () => {
    expect(dueState(due, new Date("2024-12-31T00:00:00Z"))).toEqual({ state: "due", dueAt: due.dueAt });
    expect(dueState(due, new Date("2024-12-31T23:59:59.999Z")).state).toBe("due");
    expect(dueState(due, new Date("2025-01-01T00:00:00Z"))).toEqual({
      state: "overdue",
      dueAt: due.dueAt,
      overdueSince: day("2025-01-01"),
      daysOverdue: 1,
    });
    expect(dueState(due, new Date("2025-01-31T23:00:00Z"))).toMatchObject({ state: "overdue", daysOverdue: 31 });
  });

  it("counts days in UTC: a moment that is already the next day east of UTC is not overdue yet", () => {
    // 23:30 UTC on the due day is 03:30 on 1 January in Baku.
    expect(isOverdue(due, new Date("2024-12-31T23:30:00Z"))).toBe(false);
    expect(utcToday(new Date("2024-12-31T23:30:00-05:00"))).toBe("2025-01-01");
  });

  it("is cleared by a verdict, but not by a status that is not a verdict", () => {
    const now = new Date("2026-01-01T12:00:00Z");
    for (const status of ["FULFILLED", "PARTIALLY_FULFILLED", "NOT_FULFILLED"] as const) {
      expect(dueState({ ...due, status }, now).state).toBe("settled");
    }
    for (const status of ["PENDING", "IN_PROGRESS", "STALLED", "UNVERIFIABLE"] as const) {
      expect(isOverdue({ ...due, status }, now)).toBe(true);
    }
  });

  it("never applies to a claim without a due date", () => {
    expect(dueState({ dueAt: null, status: "PENDING" }, new Date("2030-01-01T00:00:00Z"))).toEqual({ state: "none" });
  });
});

describe("due dates in the database", () => {
  const {
    prisma,
    users: { editor },
  } = useMigratedDatabase({ users: { editor: { role: "EDITOR" } } });

  async function claimDue(dueAt: string | null, overrides: Parameters<typeof claimInput>[1] = {}) {
    return createClaim(prisma, editor, claimInput(await createClaimBasics(prisma), { kind: "PROMISE", dueAt, visibility: "PUBLISHED", ...overrides }));
  }

  it("stores a due date and note with the claim and records every change in an EDITED event with from and to", async () => {
    const claim = await claimDue("2024-12-31", { dueNote: "end of 2024, per the letter" });
    expect(claim.dueAt).toEqual(day("2024-12-31"));
    expect(claim.dueNote).toBe("end of 2024, per the letter");

    const moved = await updateClaim(prisma, editor, claim.id, claim.version, { dueAt: "2025-06-30" });
    const cleared = await updateClaim(prisma, editor, claim.id, moved.version, { dueAt: "", dueNote: "" });
    expect(cleared.dueAt).toBeNull();
    expect(cleared.dueNote).toBeNull();

    const edits = await prisma.claimEvent.findMany({ where: { claimId: claim.id, type: "EDITED" }, orderBy: { id: "asc" } });
    expect(edits.map((event) => event.diff)).toEqual([
      { dueAt: { from: "2024-12-31", to: "2025-06-30" } },
      { dueAt: { from: "2025-06-30", to: null }, dueNote: { from: "end of 2024, per the letter", to: null } },
    ]);
    const history = await claimHistory(prisma, claim.id);
    expect(history[0]!.changes).toEqual([
      { field: "dueAt", label: "Due by", from: "2025-06-30", to: null },
      { field: "dueNote", label: "Due-date note", from: "end of 2024, per the letter", to: null },
    ]);
  });

  it("refuses a malformed due date with a field error and writes nothing", async () => {
    const before = await prisma.claim.count();
    await expect(claimDue("31/12/2024")).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["dueAt"] })] });
    expect(await prisma.claim.count()).toBe(before);
  });

  it("lists overdue claims oldest due first, drafts included for editors, and a verdict takes a claim out", async () => {
    const now = new Date("2030-03-01T09:00:00Z");
    const older = await claimDue("2030-01-15");
    const newer = await claimDue("2030-02-28", { visibility: "DRAFT" });
    const dueToday = await claimDue("2030-03-01");
    await claimDue(null);

    const queue = async () => (await loadEditorDashboard(prisma, editor.id, now)).overdue.map((claim) => claim.id).filter((id) => [older.id, newer.id, dueToday.id].includes(id));
    expect(await queue()).toEqual([older.id, newer.id]);

    const outcome = await createTestOutcome(prisma, editor);
    await linkOutcome(prisma, editor, older.id, older.version, { outcomeId: outcome.id, relation: "SUPPORTS" });
    await changeStatus(prisma, editor, older.id, older.version + 1, { status: "FULFILLED", rationale: "Delivered in time." });
    expect(await queue()).toEqual([newer.id]);
  });

  it("applies the rule in SQL at the midnight edge, with today taken from the app's clock in UTC", async () => {
    const claim = await claimDue("2031-12-31");
    const overdueAt = async (now: Date) => (await overdueClaims(prisma, { now, take: 1000 })).some((row) => row.id === claim.id);
    expect(await overdueAt(new Date("2031-12-31T23:59:59.999Z"))).toBe(false);
    expect(await overdueAt(new Date("2032-01-01T00:00:00Z"))).toBe(true);
    // The same as the rule in lib/due-dates.ts.
    const row = await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(isOverdue(row, new Date("2032-01-01T00:00:00Z"))).toBe(true);
    expect(isOverdue(row, new Date("2031-12-31T23:59:59.999Z"))).toBe(false);
  });

  it("lists overdue claims with the same values Prisma reads, due dates as UTC midnights", async () => {
    const claim = await claimDue("2031-06-30");
    const [listed] = (await overdueClaims(prisma, { now: new Date("2040-01-01T00:00:00Z"), take: 1000 })).filter((row) => row.id === claim.id);
    expect(listed).toEqual(
      await prisma.claim.findUniqueOrThrow({
        where: { id: claim.id },
        select: { id: true, quote: true, status: true, visibility: true, updatedAt: true, dueAt: true, dueNote: true, claimant: { select: { name: true } } },
      }),
    );
    expect(listed!.dueAt.toISOString()).toBe("2031-06-30T00:00:00.000Z");
  });

  it("uses the partial index for the overdue queue", async () => {
    // A test database is tiny, so a sequential scan would win: forbid it to see that the index applies.
    const [, plan] = await prisma.$transaction([
      prisma.$executeRawUnsafe(`SET LOCAL enable_seqscan = off`),
      prisma.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN SELECT c."id" FROM "Claim" AS c WHERE ${overdueCondition(new Date("2030-01-01T00:00:00Z"))} ORDER BY c."dueAt", c."id" LIMIT 50`,
    ]);
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("Claim_open_dueAt_idx");
  });

  it("filters the public index by due range and overdue, never showing drafts", async () => {
    const tag = `due-${Date.now()}`;
    const overduePublished = await claimDue("2020-06-30", { tags: tag, statedAt: "2020-01-01" });
    await claimDue("2020-06-30", { tags: tag, statedAt: "2020-01-01", visibility: "DRAFT" });
    const future = await claimDue("2999-01-01", { tags: tag });
    const ids = async (query: string) => (await searchClaims(parseClaimSearch(new URLSearchParams(`tag=${tag}&${query}`)).search, { prisma })).items.map((item) => item.id);

    expect(await ids("overdue=true")).toEqual([overduePublished.id]);
    expect(await ids("dueAfter=2021-01-01")).toEqual([future.id]);
    expect(await ids("dueBefore=2020-06-30")).toEqual([overduePublished.id]);
    expect((await ids("dueAfter=2020-01-01&dueBefore=2999-12-31")).sort()).toEqual([overduePublished.id, future.id].sort());
    expect(parseClaimSearch(new URLSearchParams("dueAfter=2025-01-01&dueBefore=2024-01-01")).issues).toEqual([
      { param: "dueBefore", message: "The due-by end date is before its start date." },
    ]);
    expect(parseClaimSearch(new URLSearchParams("overdue=maybe")).issues[0]?.param).toBe("overdue");

    const page = await searchClaims(parseClaimSearch(new URLSearchParams(`tag=${tag}&overdue=true`)).search, { prisma });
    expect(claimListJson(page.items[0]!, "https://x.test")).toMatchObject({ dueAt: "2020-06-30", overdue: true });
  });

  it("publishes overdue claims in a parseable Atom feed, without drafts", async () => {
    const now = new Date("2040-01-10T00:00:00Z");
    const published = await claimDue("2040-01-05", { quote: "tangible progress", summary: "Overdue & published <b>" });
    const draft = await claimDue("2040-01-06", { visibility: "DRAFT" });
    const claims = await listPublishedOverdueClaims(prisma, now);
    expect(claims.map((claim) => claim.id)).toContain(published.id);
    expect(claims.map((claim) => claim.id)).not.toContain(draft.id);

    const feed = parseFeed(overdueAtomFeed("https://claims.test", claims, now));
    const entry = feed.items.find((item) => item.url === `https://claims.test/claims/${published.id}`);
    expect(entry?.title).toContain("overdue since 6 January 2040");
    expect(entry?.updated?.toISOString()).toBe("2040-01-06T00:00:00.000Z");
    expect(entry?.description).toContain("Due by 5 January 2040");
    expect(feed.items.some((item) => item.url?.endsWith(`/claims/${draft.id}`))).toBe(false);
  });
});

describe("the demo data", () => {
  const { prisma } = useMigratedDatabase();
  beforeAll(() => seedDemoData(prisma));

  it("has Biden's end-of-2024 claim due 2024-12-31 and overdue, since it has no verdict yet", async () => {
    const claim = await prisma.claim.findUniqueOrThrow({ where: { externalId: "demo:biden-treaty-by-end-of-2024" } });
    expect(claim.dueAt).toEqual(day("2024-12-31"));
    expect(isOverdue(claim)).toBe(true);
    const { overdue } = await loadEditorDashboard(prisma, (await prisma.user.findFirstOrThrow()).id);
    expect(overdue.map((row) => row.id)).toContain(claim.id);
  });
});
