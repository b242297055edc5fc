import { getURLFromRedirectError } from "next/dist/client/components/redirect.js";
import { isRedirectError } from "next/dist/client/components/redirect-error.js";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ZodError } from "zod";
import { claimMetadata } from "@/app/(public)/claims/[id]/claim-page.tsx";
import { GET as verdictImage } from "@/app/(public)/claims/[id]/verdict-image/route.tsx";
import { GET as claimJson } from "@/app/api/claims/[id]/route.ts";
import { createClaimAction, publishClaimAction } from "@/app/editor/claims/actions.ts";
import { claimReviewJsonLd } from "@/lib/public/claim-review.ts";
import { getPublishedClaim } from "@/lib/public/published-claims.ts";
import { claimVerdict, VERDICT_IMAGE_SIZE } from "@/lib/public/verdict.ts";
import { applyImport, planImport } from "@/lib/reports/claims-import.ts";
import { createClaimIn, publishClaim, updateClaim } from "@/lib/workbench/claims.ts";
import type { NewClaimInput } from "@/lib/workbench/claim-schemas.ts";
import { seedDemoData } from "@/prisma/demo-data.ts";
import { demoData } from "@/prisma/seed-data.ts";
import { actAs } from "./support/session.ts";
import { useMigratedDatabase } from "./support/test-database.ts";
import { createClaimBasics, createTestClaim } from "./support/workbench.ts";

vi.mock("@/lib/accounts/session.ts", () => import("./support/session.ts"));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

/*
 * Issue 15 item 5, the verdict first: a claim is published only with its editor-written headline,
 * on every way in (lib/workbench/claim-schemas.ts headlineIssue, and the database's CHECK), and
 * readers meet the headline and the verdict before anything else.
 */

const {
  prisma,
  users: { editor },
} = useMigratedDatabase({ appDatabase: true, users: { editor: { role: "EDITOR" } } });

const MISSING = "Readers see a published claim by its headline: write one (the verdict in one line) before publishing.";

beforeAll(async () => {
  await seedDemoData(prisma);
  actAs(editor.id);
});

const idOf = async (externalId: string) => (await prisma.claim.findUniqueOrThrow({ where: { externalId } })).id;
const stateOf = async (id: number) => ({
  claim: await prisma.claim.findUniqueOrThrow({ where: { id }, select: { version: true, visibility: true, headline: true } }),
  events: await prisma.claimEvent.findMany({ where: { claimId: id }, select: { type: true } }),
});

function claimForm(fields: Record<string, string | number>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, String(value));
  return form;
}

describe("the headline, required to publish", () => {
  it("the claim form refuses to create a published claim without one, on its field, keeping the input; a draft needs none", async () => {
    const basics = await createClaimBasics(prisma);
    const fields = { quote: "tangible progress", summary: "Closer to peace.", claimantId: basics.claimantId, sourceId: basics.sourceId, statedAt: "2023-05-02", kind: "ASSERTION" };
    const before = await prisma.claim.count();
    const state = await createClaimAction({ status: "idle" }, claimForm({ ...fields, headline: "  ", visibility: "PUBLISHED" }));
    expect(state).toMatchObject({ status: "error", fieldErrors: { headline: [MISSING] }, values: { summary: "Closer to peace.", headline: "  ", visibility: "PUBLISHED" } });
    expect(await prisma.claim.count()).toBe(before);

    const extras: Record<string, string>[] = [{ visibility: "DRAFT" }, { visibility: "PUBLISHED", headline: "Closer to peace: in progress" }];
    for (const extra of extras) {
      const redirect = await createClaimAction({ status: "idle" }, claimForm({ ...fields, ...extra })).catch((error: unknown) => error);
      expect(isRedirectError(redirect)).toBe(true);
      const id = Number(getURLFromRedirectError(redirect as never).split("/").pop());
      expect((await stateOf(id)).claim).toMatchObject({ visibility: extra.visibility, headline: extra.headline ?? null });
    }
  });

  it("createClaimIn (the seed, scripts) refuses the same, on the same field", async () => {
    const basics = await createClaimBasics(prisma);
    const input: NewClaimInput = { quote: "tangible progress", summary: "s", claimant: { id: basics.claimantId }, sourceId: basics.sourceId, statedAt: "2023-05-02", kind: "ASSERTION", visibility: "PUBLISHED" };
    const error = await prisma.$transaction((tx) => createClaimIn(tx, editor, input)).catch((refused: unknown) => refused);
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues).toEqual([expect.objectContaining({ path: ["headline"], message: MISSING })]);
  });

  it("publishing a draft without one is refused and writes nothing; once written, the draft publishes", async () => {
    const draft = await createTestClaim(prisma, editor, { headline: "" });
    const before = await stateOf(draft.id);
    await expect(publishClaim(prisma, editor, draft.id, draft.version)).rejects.toThrow(MISSING);
    const state = await publishClaimAction({ status: "idle" }, claimForm({ id: draft.id, version: draft.version }));
    expect(state).toMatchObject({ status: "error", message: MISSING });
    expect(await stateOf(draft.id)).toEqual(before);

    const written = await updateClaim(prisma, editor, draft.id, draft.version, { headline: "Closer to peace: in progress" });
    const published = await publishClaim(prisma, editor, draft.id, written.version);
    expect(published).toMatchObject({ visibility: "PUBLISHED", headline: "Closer to peace: in progress" });
  });

  it("a published claim cannot lose it; rewording it is a correction, or history only when the meaning stays", async () => {
    const claim = await createTestClaim(prisma, editor, { visibility: "PUBLISHED" });
    await expect(updateClaim(prisma, editor, claim.id, claim.version, { headline: "" })).rejects.toMatchObject({ fieldErrors: { headline: [MISSING] } });
    await expect(updateClaim(prisma, editor, claim.id, claim.version, { headline: "Closer to peace: stalled" })).rejects.toMatchObject({
      fieldErrors: { correction: [expect.stringMatching(/^Readers have seen this wording/)] },
    });
    const typo = await updateClaim(prisma, editor, claim.id, claim.version, { headline: "The sides closer to peace: in progress.", meaningUnchanged: "on" });
    const edit = await prisma.claimEvent.findFirstOrThrow({ where: { claimId: claim.id, type: "EDITED" }, orderBy: { id: "desc" } });
    expect(edit).toMatchObject({ correction: null, diff: { headline: { from: "The sides closer to peace: in progress", to: "The sides closer to peace: in progress." } } });
    await updateClaim(prisma, editor, claim.id, typo.version, { headline: "Closer to peace: stalled", correction: "The headline said the talks were progressing; they had stalled." });
    expect(await prisma.claimEvent.count({ where: { claimId: claim.id, type: "EDITED", correction: { not: null } } })).toBe(1);
  });

  it("the import reads a headline column into the draft it creates, and reports a differing one", async () => {
    const basics = await createClaimBasics(prisma);
    const source = await prisma.source.findUniqueOrThrow({ where: { id: basics.sourceId } });
    const claimant = await prisma.claimant.findUniqueOrThrow({ where: { id: basics.claimantId } });
    const file = (headline: string) =>
      new TextEncoder().encode(`quote,summary,headline,claimant,source_title,stated_at,kind\ntangible progress,Imported.,${headline},${claimant.name},${source.title},2023-05-03,ASSERTION\n`);
    expect(await applyImport(prisma, editor, file("Imported: in progress"))).toEqual({ created: 1, skipped: 0 });
    const imported = await prisma.claim.findFirstOrThrow({ where: { summary: "Imported." } });
    expect(imported).toMatchObject({ headline: "Imported: in progress", visibility: "DRAFT" });
    expect((await planImport(prisma, editor, file("Imported: stalled"))).rows[0]).toMatchObject({ existing: true, differences: ["headline"] });
  });
});

describe("the verdict a reader sees first", () => {
  const tangible = demoData.claims.find((claim) => claim.externalId === "demo:blinken-tangible-progress")!;

  it("is the status in words, its rating, the latest rationale as the conclusion, and when it was reached", async () => {
    const claim = (await getPublishedClaim(await idOf(tangible.externalId), prisma))!;
    const lastStep = tangible.history.findLast((step) => "status" in step)!;
    expect(claimVerdict(claim)).toEqual({
      status: "FULFILLED",
      settled: true,
      label: "Borne out",
      rating: 5,
      conclusion: "rationale" in lastStep ? lastStep.rationale : null,
      since: new Date(lastStep.at),
    });
    const open = (await getPublishedClaim(await idOf("demo:pashinyan-continue-border-demarcation"), prisma))!;
    expect(claimVerdict(open)).toMatchObject({ status: "IN_PROGRESS", settled: false, label: "In progress", rating: null });
  });

  it("the headline is the page's title, its OpenGraph and X title with the verdict image, and the ClaimReview's headline", async () => {
    const id = await idOf(tangible.externalId);
    const metadata = await claimMetadata(String(id));
    expect(metadata.title).toBe(tangible.headline);
    expect(metadata.openGraph).toMatchObject({ title: tangible.headline, images: [{ url: expect.stringMatching(new RegExp(`/claims/${id}/verdict-image$`)), ...VERDICT_IMAGE_SIZE }] });
    expect(metadata.twitter).toMatchObject({ card: "summary_large_image", title: tangible.headline });
    const claim = (await getPublishedClaim(id, prisma))!;
    expect(claimReviewJsonLd(claim, `https://claims.example/claims/${id}`, "https://claims.example")).toMatchObject({ headline: tangible.headline, claimReviewed: tangible.quote });
    const json = await (await claimJson(new Request(`http://localhost/api/claims/${id}`), { params: Promise.resolve({ id: String(id) }) })).json();
    expect(json).toMatchObject({ headline: tangible.headline, quote: tangible.quote });
  });

  it("the verdict image is a 1200×630 PNG for a published claim and 404 for a draft or no claim", async () => {
    const image = (id: number | string) => verdictImage(new Request(`http://localhost/claims/${id}/verdict-image`), { params: Promise.resolve({ id: String(id) }) });
    const response = await image(await idOf(tangible.externalId));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    const png = Buffer.from(await response.arrayBuffer());
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([VERDICT_IMAGE_SIZE.width, VERDICT_IMAGE_SIZE.height]);

    const draft = demoData.claims.find((claim) => claim.visibility === "DRAFT")!;
    expect((await image(await idOf(draft.externalId))).status).toBe(404);
    expect((await image("999999")).status).toBe(404);
    expect((await image("not-a-number")).status).toBe(404);
  });
});
