import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ZodError } from "zod";
import { publicClaimRelations } from "@/lib/public/claim-relations.ts";
import { claimReviewJsonLd } from "@/lib/public/claim-review.ts";
import { listPublishedStatusChanges } from "@/lib/public/feed.ts";
import { getClaimantPage, listClaimantOptions, listPublicClaimants } from "@/lib/public/public-claimants.ts";
import { getSourcePage, listPublicSources } from "@/lib/public/public-sources.ts";
import { getPublishedClaim } from "@/lib/public/published-claims.ts";
import { parseClaimSearch, searchClaims } from "@/lib/public/search.ts";
import { SITEMAP_FILE_IDS, sitemapFileEntries } from "@/lib/public/sitemap.ts";
import { timelineEntries } from "@/lib/public/timeline.ts";
import { exportPool } from "@/lib/reports/export-connection.ts";
import { applyImport, planImport } from "@/lib/reports/claims-import.ts";
import { linkClaims } from "@/lib/workbench/claim-links.ts";
import { withdrawClaim } from "@/lib/workbench/claim-withdrawal.ts";
import { scanChunk } from "@/lib/workbench/duplicate-finder.ts";
import { changeStatus, publishClaim, StaleVersionError, unpublishClaim, updateClaim } from "@/lib/workbench/claims.ts";
import { addNote } from "@/lib/workbench/notes.ts";
import { seedDemoData } from "@/prisma/demo-data.ts";
import { actAs } from "./support/session.ts";
import { useMigratedDatabase } from "./support/test-database.ts";
import { createTestClaim } from "./support/workbench.ts";

vi.mock("@/lib/accounts/session.ts", () => import("./support/session.ts"));

const ORIGIN = "http://localhost:3000";
const {
  prisma,
  users: { editor },
} = useMigratedDatabase({ appDatabase: true, users: { editor: { role: "EDITOR" } } });

beforeAll(() => seedDemoData(prisma));
afterAll(() => exportPool().end());

const claimOf = (externalId: string) => prisma.claim.findUniqueOrThrow({ where: { externalId }, include: { claimant: true } });
const index = async (query = "") => searchClaims(parseClaimSearch(new URLSearchParams(query)).search, { prisma });
const idsOf = (page: { items: { id: number }[] }) => page.items.map((item) => item.id);

describe("withdrawing a published claim", () => {
  // A verdict (ClaimReview markup), a source, and a related claim ("Also said").
  const TARGET = "demo:blinken-tangible-progress";
  const RELATED = "demo:blinken-agreement-within-reach";
  let target: Awaited<ReturnType<typeof claimOf>>;
  let before: { index: Awaited<ReturnType<typeof index>>; publicHistory: string[] };

  beforeAll(async () => {
    target = await claimOf(TARGET);
    const page = await getPublishedClaim(target.id, prisma);
    expect(claimReviewJsonLd(page!, `${ORIGIN}/claims/${target.id}`, ORIGIN)).not.toBeNull();
    before = { index: await index(), publicHistory: page!.events.map((event) => event.type) };
    expect(idsOf(before.index)).toContain(target.id);
    const withdrawn = await withdrawClaim(prisma, editor, target.id, target.version, { reason: "NOT_VERIFIED", explanation: "The transcript has other words.", correction: "We had not checked the quote against a recording." });
    expect(withdrawn).toMatchObject({ version: target.version + 1, withdrawalReason: "The quote could not be verified. The transcript has other words.", visibility: "PUBLISHED" });
  });

  it("records a WITHDRAWN event with the public reason, and keeps the history readers saw", async () => {
    const events = await prisma.claimEvent.findMany({ where: { claimId: target.id }, orderBy: { id: "asc" } });
    expect(events.at(-1)).toMatchObject({ type: "WITHDRAWN", actorId: editor.id, rationale: "The quote could not be verified. The transcript has other words." });
    const page = await getPublishedClaim(target.id, prisma);
    expect(page!.withdrawnAt).toBeInstanceOf(Date);
    expect(page!.withdrawalReason).toBe("The quote could not be verified. The transcript has other words.");
    expect(page!.events.map((event) => event.type)).toEqual([...before.publicHistory, "WITHDRAWN"]);
    expect(timelineEntries(page!).at(-1)).toMatchObject({ kind: "withdrawn", reason: "The quote could not be verified. The transcript has other words." });
  });

  it("emits no ClaimReview markup any more", async () => {
    const page = await getPublishedClaim(target.id, prisma);
    expect(claimReviewJsonLd(page!, `${ORIGIN}/claims/${target.id}`, ORIGIN)).toBeNull();
  });

  it("leaves the index, its searches and its counts per status", async () => {
    const after = await index();
    expect(idsOf(after)).not.toContain(target.id);
    expect(after.total).toBe(before.index.total - 1);
    const count = (page: typeof after, status: string) => page.statusCounts.find((row) => row.status === status)?.count ?? 0;
    expect(count(after, target.status)).toBe(count(before.index, target.status) - 1);
    expect(idsOf(await index("q=tangible"))).not.toContain(target.id);
    expect(idsOf(await index(`claimant=${target.claimant.slug}`))).not.toContain(target.id);
    const counted = await prisma.$queryRaw<{ n: number }[]>`SELECT sum("count")::int AS n FROM "ClaimStatusCount" WHERE "visibility" = 'PUBLISHED'`;
    expect(counted[0]!.n).toBe(await prisma.claim.count({ where: { visibility: "PUBLISHED", withdrawnAt: null } }));
  });

  it("leaves the feed, the sitemap, the claimant's and the source's pages and the related claim's “Also said”", async () => {
    expect((await listPublishedStatusChanges(prisma)).map((change) => change.claim.id)).not.toContain(target.id);
    const sitemapFile = { kind: "claims", chunk: Math.floor(target.id / SITEMAP_FILE_IDS) } as const;
    expect((await sitemapFileEntries(sitemapFile, prisma)).map((entry) => entry.path)).not.toContain(`/claims/${target.id}`);
    const claimant = await getClaimantPage(target.claimant.slug, prisma);
    expect(claimant!.claims.map((claim) => claim.id)).not.toContain(target.id);
    expect(claimant!.statusCounts.reduce((sum, row) => sum + row.count, 0)).toBe(claimant!.claims.length);
    expect((await listPublicClaimants(prisma)).find((row) => row.slug === target.claimant.slug)?.publishedClaims).toBe(claimant!.claims.length);
    expect((await listClaimantOptions(prisma)).map((row) => row.slug)).toContain(target.claimant.slug);
    const source = await getSourcePage(target.sourceId!, prisma);
    expect(source?.claims.map((claim) => claim.id) ?? []).not.toContain(target.id);
    expect((await listPublicSources(prisma)).find((row) => row.id === target.sourceId)?.publishedClaims ?? 0).toBe(source?.claims.length ?? 0);
    const related = await claimOf(RELATED);
    expect((await publicClaimRelations(related.id, prisma)).alsoSaid.map((claim) => claim.id)).not.toContain(target.id);
  });

  it("answers the JSON API with the withdrawal, and leaves its list", async () => {
    const detail = await (await import("@/app/api/claims/[id]/route.ts")).GET(new Request(`${ORIGIN}/api/claims/${target.id}`), {
      params: Promise.resolve({ id: String(target.id) }),
    });
    expect(detail.status).toBe(200);
    const json = await detail.json();
    expect(json.withdrawn).toEqual({ at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), reason: "The quote could not be verified. The transcript has other words." });
    expect(json.history.at(-1)).toMatchObject({ type: "WITHDRAWN", rationale: "The quote could not be verified. The transcript has other words." });
    const list = await (await import("@/app/api/claims/route.ts")).GET(new Request(`${ORIGIN}/api/claims?limit=100`, { headers: { host: "localhost:3000" } }));
    expect((await list.json()).items.map((item: { id: number }) => item.id)).not.toContain(target.id);
  });

  it("stays in the CSV report with withdrawn_at and withdrawal_reason, and the report still re-imports as a no-op", async () => {
    actAs(null);
    const route = await import("@/app/api/export/claims.csv/route.ts");
    const response = await route.GET(new Request(`${ORIGIN}/api/export/claims.csv`, { headers: { host: "localhost:3000" } }));
    expect(response.status).toBe(200);
    const file = new Uint8Array(await response.arrayBuffer());
    const rows = parseCsv(new TextDecoder().decode(file), { columns: true }) as Record<string, string>[];
    const row = rows.find((candidate) => candidate.id === String(target.id));
    expect(row).toMatchObject({ withdrawal_reason: "The quote could not be verified. The transcript has other words.", withdrawn_at: expect.stringMatching(/Z$/) });
    expect(rows.filter((candidate) => candidate.id !== String(target.id)).every((other) => other.withdrawn_at === "" && other.withdrawal_reason === "")).toBe(true);
    const plan = await planImport(prisma, editor, file);
    expect(plan).toMatchObject({ valid: true, toCreate: 0, differing: 0, alreadyImported: rows.length });
    expect(await applyImport(prisma, editor, file)).toEqual({ created: 0, skipped: rows.length });
  });

  it("refuses every further change but an internal note", async () => {
    const current = await claimOf(TARGET);
    const message = /^Claim #\d+ was withdrawn on \d{4}-\d\d-\d\d: it can no longer be changed\.$/;
    await expect(updateClaim(prisma, editor, current.id, current.version, { summary: "Reworded." })).rejects.toThrow(message);
    await expect(changeStatus(prisma, editor, current.id, current.version, { status: "STALLED", rationale: "Why not." })).rejects.toThrow(message);
    await expect(unpublishClaim(prisma, editor, current.id, current.version)).rejects.toThrow(message);
    await expect(withdrawClaim(prisma, editor, current.id, current.version, { reason: "ENTERED_IN_ERROR" })).rejects.toThrow(message);
    const other = await createTestClaim(prisma, editor, { visibility: "PUBLISHED" });
    await expect(linkClaims(prisma, editor, other.id, other.version, { otherClaimId: current.id, kind: "RELATED" })).rejects.toThrow(message);
    await addNote(prisma, editor, current.id, { body: "Flagged by a reader on 3 May." });
    expect(await claimOf(TARGET)).toMatchObject({ version: current.version, summary: current.summary, withdrawnAt: current.withdrawnAt });
  });
});

describe("refused withdrawals", () => {
  it("a draft, a stale version, a missing reason or explanation, a duplicate of nothing readers can see; then a duplicate", async () => {
    const draft = await createTestClaim(prisma, editor);
    await expect(withdrawClaim(prisma, editor, draft.id, draft.version, { reason: "ENTERED_IN_ERROR" })).rejects.toThrow(/^Only a published claim can be withdrawn/);

    const claim = await createTestClaim(prisma, editor, { visibility: "PUBLISHED" });
    await expect(withdrawClaim(prisma, editor, claim.id, claim.version + 1, { reason: "ENTERED_IN_ERROR" })).rejects.toBeInstanceOf(StaleVersionError);
    const fieldErrors = async (input: Parameters<typeof withdrawClaim>[4]) => {
      const error = await withdrawClaim(prisma, editor, claim.id, claim.version, input).catch((thrown: unknown) => thrown);
      if (error instanceof ZodError) return error.flatten().fieldErrors;
      return (error as { fieldErrors?: Record<string, string[]> }).fieldErrors;
    };
    expect(await fieldErrors({ reason: "" as never })).toEqual({ reason: ["Choose why the claim is withdrawn."] });
    expect(await fieldErrors({ reason: "ENTERED_IN_ERROR", correction: " " })).toEqual({ correction: ["Readers have seen this claim: say in a correction note what was wrong."] });
    expect(await fieldErrors({ reason: "OTHER", explanation: "  " })).toEqual({ explanation: ["Explain why the claim is withdrawn: readers see it."] });
    expect(await fieldErrors({ reason: "DUPLICATE" })).toEqual({ duplicateOf: ["Enter the number of the claim this one duplicates."] });
    expect(await fieldErrors({ reason: "DUPLICATE", duplicateOf: String(claim.id), correction: "Twice." })).toEqual({ duplicateOf: ["A claim cannot be a duplicate of itself."] });
    expect(await fieldErrors({ reason: "DUPLICATE", duplicateOf: "999999", correction: "Twice." })).toEqual({ duplicateOf: ["There is no claim #999999."] });
    expect(await fieldErrors({ reason: "DUPLICATE", duplicateOf: String(draft.id), correction: "Twice." })).toEqual({
      duplicateOf: [`Claim #${draft.id} is not published (or was withdrawn): readers could not follow the reference.`],
    });
    expect(await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ version: claim.version, withdrawnAt: null });
    expect(await prisma.claimEvent.count({ where: { claimId: claim.id, type: "WITHDRAWN" } })).toBe(0);

    // The duplicate finder proposes the pair until one of them is withdrawn as the other's duplicate.
    const original = await createTestClaim(prisma, editor, { visibility: "PUBLISHED", claimantId: String(claim.claimantId) });
    const proposed = async () => (await scanChunk(prisma, claim.id - 1, 1_000)).pairs.some((pair) => pair.first.id === claim.id && pair.second.id === original.id);
    expect(await proposed()).toBe(true);
    const duplicate = await withdrawClaim(prisma, editor, claim.id, claim.version, { reason: "DUPLICATE", duplicateOf: String(original.id), explanation: "Same remarks.", correction: "We had not checked the quote against a recording." });
    expect(duplicate.withdrawalReason).toBe(`Duplicate of claim #${original.id}. Same remarks.`);
    expect(await proposed()).toBe(false);
  });

  it("a claim unpublished and published again can be withdrawn", async () => {
    const claim = await createTestClaim(prisma, editor, { visibility: "PUBLISHED" });
    await unpublishClaim(prisma, editor, claim.id, claim.version);
    await publishClaim(prisma, editor, claim.id, claim.version + 1);
    const withdrawn = await withdrawClaim(prisma, editor, claim.id, claim.version + 2, { reason: "ENTERED_IN_ERROR", correction: "We had not checked the quote against a recording." });
    expect(withdrawn.withdrawalReason).toBe("Entered in error.");
  });
});
