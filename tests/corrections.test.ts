import { beforeAll, describe, expect, it, vi } from "vitest";
import { changeStatusAction, updateClaimAction, withdrawClaimAction } from "@/app/editor/claims/actions.ts";
import { claimReviewJsonLd } from "@/lib/public/claim-review.ts";
import { claimCorrections, countCorrections, latestCorrections, listCorrections } from "@/lib/public/corrections.ts";
import { correctionsAtomFeed } from "@/lib/public/feed.ts";
import { getPublishedClaim } from "@/lib/public/published-claims.ts";
import { applyImport, planImport } from "@/lib/reports/claims-import.ts";
import { withdrawClaim } from "@/lib/workbench/claim-withdrawal.ts";
import { changeStatus, publishClaim, unpublishClaim, updateClaim } from "@/lib/workbench/claims.ts";
import { claimHistory } from "@/lib/workbench/history.ts";
import { linkOutcome } from "@/lib/workbench/outcomes.ts";
import { actAs } from "./support/session.ts";
import { useMigratedDatabase } from "./support/test-database.ts";
import { createTestClaim, createTestOutcome } from "./support/workbench.ts";

vi.mock("@/lib/accounts/session.ts", () => import("./support/session.ts"));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

/*
 * The corrections log (lib/workbench/corrections.ts decides, lib/public/corrections.ts lists): a
 * published verdict changed, a published claim withdrawn, a published quote or summary reworded
 * need a note readers see; drafts never; a typo marked as not changing the meaning is history only.
 */

const {
  prisma,
  users: { editor },
} = useMigratedDatabase({ appDatabase: true, users: { editor: { role: "EDITOR" } } });

const ORIGIN = "https://claims.example.org";

beforeAll(() => actAs(editor.id));

/** A claim with a linked outcome and the verdict "Borne out"; published unless `draft`. */
async function claimWithVerdict({ draft = false } = {}) {
  const claim = await createTestClaim(prisma, editor, { visibility: draft ? "DRAFT" : "PUBLISHED" });
  const outcome = await createTestOutcome(prisma, editor);
  await linkOutcome(prisma, editor, claim.id, claim.version, { outcomeId: outcome.id, relation: "SUPPORTS" });
  return changeStatus(prisma, editor, claim.id, claim.version + 1, { status: "FULFILLED", rationale: "The declaration was signed." });
}

const fieldErrorsOf = (promise: Promise<unknown>) => promise.then(() => null, (error: { fieldErrors?: Record<string, string[]> }) => error.fieldErrors);
const stateOf = async (id: number) => ({
  claim: await prisma.claim.findUniqueOrThrow({ where: { id }, select: { version: true, status: true, summary: true, withdrawnAt: true } }),
  events: await prisma.claimEvent.count({ where: { claimId: id } }),
});

describe("changing a published verdict", () => {
  it("without a note: refused on the note's field, nothing changes (the form's state keeps the typed input)", async () => {
    const claim = await claimWithVerdict();
    const before = await stateOf(claim.id);
    expect(await fieldErrorsOf(changeStatus(prisma, editor, claim.id, claim.version, { status: "NOT_FULFILLED", rationale: "It was never ratified." }))).toEqual({
      correction: ["Readers have seen the verdict “Borne out”: say in a correction note what was wrong and what changed."],
    });

    const form = new FormData();
    for (const [name, value] of Object.entries({ id: claim.id, version: claim.version, status: "NOT_FULFILLED", rationale: "It was never ratified.", correction: "   " })) {
      form.set(name, String(value));
    }
    const state = await changeStatusAction({ status: "idle" }, form);
    expect(state).toMatchObject({ status: "error", fieldErrors: { correction: [expect.stringMatching(/correction note/)] }, values: { status: "NOT_FULFILLED", rationale: "It was never ratified." } });
    expect(await stateOf(claim.id)).toEqual(before);
    expect((await listCorrections(prisma)).map((correction) => correction.claim.id)).not.toContain(claim.id);
  });

  it("with a note: on the claim's page data, in /corrections, in the feed and in the ClaimReview JSON-LD", async () => {
    const claim = await claimWithVerdict();
    const note = "We rated this as borne out on the strength of a draft text; the treaty was never signed.";
    const form = new FormData();
    for (const [name, value] of Object.entries({ id: claim.id, version: claim.version, status: "NOT_FULFILLED", rationale: "The signing was called off.", correction: note })) {
      form.set(name, String(value));
    }
    expect(await changeStatusAction({ status: "idle" }, form)).toMatchObject({ status: "success" });
    const event = await prisma.claimEvent.findFirstOrThrow({ where: { claimId: claim.id, type: "STATUS_CHANGED", toStatus: "NOT_FULFILLED" } });
    expect(event).toMatchObject({ fromStatus: "FULFILLED", rationale: "The signing was called off.", correction: note });
    expect((await claimHistory(prisma, claim.id))[0]).toMatchObject({ type: "STATUS_CHANGED", correction: note });

    const corrections = await claimCorrections(claim.id, prisma);
    expect(corrections).toEqual([{ id: event.id, at: event.at, note }]);
    const listed = await listCorrections(prisma);
    expect(listed[0]).toMatchObject({ id: event.id, correction: note, type: "STATUS_CHANGED", fromStatus: "FULFILLED", toStatus: "NOT_FULFILLED", claim: { id: claim.id } });
    expect(await countCorrections(prisma)).toBeGreaterThanOrEqual(1);

    const feed = correctionsAtomFeed(ORIGIN, await latestCorrections(prisma));
    expect(feed).toContain(`<id>${ORIGIN}/claims/${claim.id}#correction-${event.id}</id>`);
    expect(feed).toContain(`<summary>${note}</summary>`);
    expect(feed).toContain("Status corrected (Borne out → Not borne out)");

    const page = await getPublishedClaim(claim.id, prisma);
    const jsonLd = claimReviewJsonLd(page!, `${ORIGIN}/claims/${claim.id}`, ORIGIN, corrections);
    expect(jsonLd).toMatchObject({
      reviewRating: { ratingValue: 1 },
      correction: [{ "@type": "CorrectionComment", text: note, datePublished: event.at.toISOString().slice(0, 10) }],
    });

    const { GET } = await import("@/app/api/claims/[id]/route.ts");
    const api = await GET(new Request(`${ORIGIN}/api/claims/${claim.id}`), { params: Promise.resolve({ id: String(claim.id) }) });
    expect((await api.json()).corrections).toEqual([{ at: event.at.toISOString(), note }]);
  });

  it("lists corrections newest first, and a claim taken back to draft takes its corrections with it", async () => {
    const first = await claimWithVerdict();
    await changeStatus(prisma, editor, first.id, first.version, { status: "PARTIALLY_FULFILLED", rationale: "Only signed.", correction: "First note." });
    const second = await claimWithVerdict();
    await changeStatus(prisma, editor, second.id, second.version, { status: "PARTIALLY_FULFILLED", rationale: "Only signed.", correction: "Second note." });
    const notes = (await listCorrections(prisma)).map((correction) => correction.correction);
    expect(notes.indexOf("Second note.")).toBeLessThan(notes.indexOf("First note."));

    await unpublishClaim(prisma, editor, second.id, second.version + 1);
    expect((await listCorrections(prisma)).map((correction) => correction.correction)).not.toContain("Second note.");
    expect(await claimCorrections(second.id, prisma)).toEqual([]);
  });

  it("taking the claim back to draft is no way around the note: readers saw the verdict, and see the correction once it is published again", async () => {
    const claim = await claimWithVerdict();
    const draft = await unpublishClaim(prisma, editor, claim.id, claim.version);
    expect(await fieldErrorsOf(changeStatus(prisma, editor, claim.id, draft.version, { status: "NOT_FULFILLED", rationale: "It was never ratified." }))).toEqual({
      correction: ["Readers have seen the verdict “Borne out”: say in a correction note what was wrong and what changed."],
    });
    expect(await fieldErrorsOf(updateClaim(prisma, editor, claim.id, draft.version, { summary: "Reworded while unpublished." }))).toEqual({
      correction: [expect.stringMatching(/^Readers have seen this wording/)],
    });
    const changed = await changeStatus(prisma, editor, claim.id, draft.version, { status: "NOT_FULFILLED", rationale: "It was never ratified.", correction: "It was never ratified." });
    expect(await claimCorrections(claim.id, prisma)).toEqual([]);
    await publishClaim(prisma, editor, claim.id, changed.version);
    expect((await claimCorrections(claim.id, prisma)).map((correction) => correction.note)).toEqual(["It was never ratified."]);
  });
});

describe("changes that need no note", () => {
  it("a never-published draft's verdict changes without one, and a note on it is refused: readers never saw it", async () => {
    const draft = await claimWithVerdict({ draft: true });
    await expect(changeStatus(prisma, editor, draft.id, draft.version, { status: "NOT_FULFILLED", rationale: "Not ratified." })).resolves.toMatchObject({ status: "NOT_FULFILLED" });
    expect(await fieldErrorsOf(changeStatus(prisma, editor, draft.id, draft.version + 1, { status: "STALLED", rationale: "Stopped.", correction: "A note." }))).toEqual({
      correction: ["Readers never saw this draft, so there is nothing to correct: leave the correction note empty."],
    });
    expect(await claimCorrections(draft.id, prisma)).toEqual([]);
  });

  it("a published claim awaiting an outcome reaching its first verdict is news, not a correction", async () => {
    const claim = await createTestClaim(prisma, editor, { visibility: "PUBLISHED" });
    const outcome = await createTestOutcome(prisma, editor);
    await linkOutcome(prisma, editor, claim.id, claim.version, { outcomeId: outcome.id, relation: "SUPPORTS" });
    await changeStatus(prisma, editor, claim.id, claim.version + 1, { status: "FULFILLED", rationale: "Signed." });
    expect(await claimCorrections(claim.id, prisma)).toEqual([]);
  });
});

describe("withdrawing a published claim", () => {
  it("needs a note, through the form too; with one, the withdrawal is listed as a correction", async () => {
    const claim = await createTestClaim(prisma, editor, { visibility: "PUBLISHED" });
    const form = new FormData();
    for (const [name, value] of Object.entries({ id: claim.id, version: claim.version, reason: "NOT_VERIFIED", duplicateOf: "", explanation: "", correction: "" })) {
      form.set(name, String(value));
    }
    expect(await withdrawClaimAction({ status: "idle" }, form)).toMatchObject({ status: "error", fieldErrors: { correction: [expect.stringMatching(/correction note/)] }, values: { reason: "NOT_VERIFIED" } });
    expect((await stateOf(claim.id)).claim.withdrawnAt).toBeNull();

    await withdrawClaim(prisma, editor, claim.id, claim.version, { reason: "NOT_VERIFIED", correction: "The recording shows other words." });
    const [listed] = await listCorrections(prisma);
    expect(listed).toMatchObject({ type: "WITHDRAWN", correction: "The recording shows other words.", claim: { id: claim.id, withdrawnAt: expect.any(Date) } });
    expect(correctionsAtomFeed(ORIGIN, [listed!])).toContain(`<title>Claim withdrawn: claim #${claim.id}</title>`);
  });
});

describe("editing a published claim's words", () => {
  it("needs a note unless the editor says the meaning is unchanged (then history only); not both", async () => {
    const claim = await createTestClaim(prisma, editor, { visibility: "PUBLISHED" });
    const before = await stateOf(claim.id);
    expect(await fieldErrorsOf(updateClaim(prisma, editor, claim.id, claim.version, { summary: "The sides are close to an agreement." }))).toEqual({
      correction: ["Readers have seen this wording: say in a correction note what changed, or tick “does not change the meaning” for a typo."],
    });
    expect(await fieldErrorsOf(updateClaim(prisma, editor, claim.id, claim.version, { summary: "x", correction: "A note.", meaningUnchanged: true }))).toEqual({
      correction: ["Either write a correction note or tick “does not change the meaning”, not both."],
    });
    expect(await stateOf(claim.id)).toEqual(before);

    const form = new FormData();
    for (const [name, value] of Object.entries({ id: claim.id, version: claim.version, summary: "The sides are getting closer to a peace agreement!", meaningUnchanged: "on" })) {
      form.set(name, String(value));
    }
    expect(await updateClaimAction({ status: "idle" }, form)).toMatchObject({ status: "success" });
    expect(await prisma.claimEvent.findFirst({ where: { claimId: claim.id, type: "EDITED" } })).toMatchObject({ correction: null, diff: { summary: expect.anything() } });
    expect(await claimCorrections(claim.id, prisma)).toEqual([]);

    await updateClaim(prisma, editor, claim.id, claim.version + 1, { summary: "The sides have not met since May.", correction: "We misreported what was said." });
    expect((await claimCorrections(claim.id, prisma)).map((correction) => correction.note)).toEqual(["We misreported what was said."]);
  });

  it("other fields of a published claim need none", async () => {
    const claim = await createTestClaim(prisma, editor, { visibility: "PUBLISHED" });
    await expect(updateClaim(prisma, editor, claim.id, claim.version, { tags: "peace-treaty" })).resolves.toMatchObject({ version: claim.version + 1 });
    expect(await claimCorrections(claim.id, prisma)).toEqual([]);
  });
});

describe("the CSV import", () => {
  it("never changes a published claim's status: a row for it with another status is 'already in the ledger', and writes nothing", async () => {
    const claim = await claimWithVerdict();
    const row = await prisma.claim.findUniqueOrThrow({ where: { id: claim.id }, include: { claimant: true } });
    const csv = `id,quote,summary,claimant,stated_at,kind,status\n${row.id},${row.quote},${row.summary},${row.claimant.name},2023-05-02,ASSERTION,NOT_FULFILLED\n`;
    const file = new TextEncoder().encode(csv);
    const plan = await planImport(prisma, editor, file);
    expect(plan.rows[0]).toMatchObject({ existing: true, claimId: claim.id });
    const before = await stateOf(claim.id);
    await applyImport(prisma, editor, file);
    expect(await stateOf(claim.id)).toEqual(before);
  });
});
