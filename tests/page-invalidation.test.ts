import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INVALIDATION_CHANNEL } from "@/lib/platform/page-cache/invalidations.ts";
import { saveMethodology } from "@/lib/public/methodology.ts";
import { CLAIMANT_LIST, CORRECTIONS_LIST, EVERY_SEARCH, SOURCE_LIST, SOURCE_VERSION_PAGES } from "@/lib/public/page-invalidation.ts";
import { CLAIMANT_CLAIMS_PAGE_SIZE } from "@/lib/public/list-pages.ts";
import { sitemapFilePath } from "@/lib/public/sitemap.ts";
import { applyImport, planImport } from "@/lib/reports/claims-import.ts";
import { linkClaims } from "@/lib/workbench/claim-links.ts";
import { claimantFormValues } from "@/lib/workbench/claimant-form-values.ts";
import { mergeClaimants, updateClaimant } from "@/lib/workbench/claimants.ts";
import { changeStatus, createClaim, publishClaim, unpublishClaim, updateClaim } from "@/lib/workbench/claims.ts";
import { addAppearance } from "@/lib/workbench/appearances.ts";
import { applyBulkChange } from "@/lib/workbench/bulk.ts";
import { addNote } from "@/lib/workbench/notes.ts";
import { deleteDraftClaim } from "@/lib/workbench/claim-deletion.ts";
import { withdrawClaim } from "@/lib/workbench/claim-withdrawal.ts";
import { deleteOutcome, linkOutcome, updateOutcome } from "@/lib/workbench/outcomes.ts";
import { deleteSource, sourceInputSchema, updateSource } from "@/lib/workbench/sources.ts";
import { useMigratedDatabase } from "./support/test-database.ts";
import { claimInput, createClaimBasics, createTestClaim, createTestOutcome, SOURCE_BODY } from "./support/workbench.ts";

/*
 * Every change drops exactly the cached public pages that show it, and no others: the tags each
 * change notifies, read from PostgreSQL by a listener as the app processes read them.
 */

const {
  database,
  prisma,
  users: { editor, admin },
} = useMigratedDatabase({ users: { editor: { role: "EDITOR" }, admin: { role: "ADMIN" } } });

let listener: pg.Client;
const received: string[] = [];

beforeAll(async () => {
  listener = new pg.Client({ connectionString: database.url });
  await listener.connect();
  listener.on("notification", (message) => {
    if (message.channel === INVALIDATION_CHANNEL) received.push(...(JSON.parse(message.payload!) as string[]));
  });
  await listener.query(`LISTEN ${INVALIDATION_CHANNEL}`);
});
afterAll(() => listener?.end());

/** Lets the notifications of what already committed arrive: a pause, then a round trip on the listening connection. */
async function settle() {
  await new Promise((resolve) => setTimeout(resolve, 50));
  await listener.query("SELECT 1");
}

/** The paths whose pages `change` invalidated, once it committed (or failed). */
async function invalidatedBy(change: () => Promise<unknown>): Promise<string[]> {
  await settle();
  received.length = 0;
  await change().catch(() => undefined);
  await settle();
  return [...new Set(received.map((tag) => tag.replace(/^_N_T_/, "")))].sort();
}

// Every list (every page of it), every cached search among them.
const LISTS = ["/", ...CLAIMANT_LIST, ...CORRECTIONS_LIST, "/feed.xml", "/feed/overdue.xml", "/sitemap.xml", ...SOURCE_LIST, ...EVERY_SEARCH];
const own = (id: number) => [`/claims/${id}`, `/claims/${id}/own`, `/api/claims/${id}`, `/claims/${id}/verdict-image`];
const version = async (id: number) => (await prisma.claim.findUniqueOrThrow({ where: { id } })).version;
const claimantOf = async (id: number) => (await prisma.claim.findUniqueOrThrow({ where: { id }, include: { claimant: true } })).claimant;
const claimantSlug = async (id: number) => (await claimantOf(id)).slug;
/** A public claim's own pages and its file of the sitemap. */
const ownWithSitemap = (id: number) => [...own(id), sitemapFilePath("claims", id)];
/** A source's page, its file of the sitemap and every source's version pages. */
const sourcePages = (id: number | null) => [`/sources/${id}`, sitemapFilePath("sources", id!), SOURCE_VERSION_PAGES];
/** A claimant's page (the first of their claims) and its file of the sitemap. */
const claimantPages = (claimant: { id: number; slug: string }) => [`/claimants/${claimant.slug}`, sitemapFilePath("claimants", claimant.id)];
const sorted = (paths: string[]) => [...new Set(paths)].sort();

describe("the pages each change invalidates", () => {
  let published: { id: number; sourceId: number | null };
  let related: { id: number };
  let draft: { id: number };

  beforeAll(async () => {
    published = await createTestClaim(prisma, editor, { visibility: "PUBLISHED" });
    related = await createTestClaim(prisma, editor, { visibility: "PUBLISHED" });
    draft = await createTestClaim(prisma, editor);
    await linkClaims(prisma, editor, related.id, await version(related.id), { otherClaimId: published.id, kind: "RELATED" });
  });

  /** A public claim's pages: its own, its claimant's and source's, its linked claims', the lists, and the sitemap's files of those it lists. */
  const publicPages = async (claim: { id: number; sourceId: number | null }, linked: number[] = []) =>
    sorted([...ownWithSitemap(claim.id), ...claimantPages(await claimantOf(claim.id)), ...sourcePages(claim.sourceId), ...linked.flatMap(own), ...LISTS]);

  it("a status change: the claim's pages, its claimant's and source's, the linked claim's, and the lists", async () => {
    const paths = await invalidatedBy(async () =>
      changeStatus(prisma, editor, published.id, await version(published.id), { status: "IN_PROGRESS", rationale: "Talks resumed." }),
    );
    expect(paths).toEqual(await publicPages(published, [related.id]));
    expect(paths).not.toContain(`/claims/${draft.id}`);
  });

  it("a batch change: the pages its claims' single changes would drop, together once; none for a draft's", async () => {
    const batch = [await createTestClaim(prisma, editor, { visibility: "PUBLISHED" }), await createTestClaim(prisma, editor, { visibility: "PUBLISHED" })];
    const draftOne = await createTestClaim(prisma, editor);
    const targets = async () => Promise.all([...batch, draftOne].map(async (claim) => ({ id: claim.id, version: await version(claim.id) })));
    const expected = sorted([...(await publicPages(batch[0]!)), ...(await publicPages(batch[1]!))]);
    expect(await invalidatedBy(async () => applyBulkChange(prisma, editor, await targets(), { action: "tag", tag: "batch" }, { review: false }))).toEqual(expected);
    expect(await invalidatedBy(async () => applyBulkChange(prisma, editor, await targets(), { action: "unpublish" }, { review: false }))).toEqual(expected);
  });

  it("an internal note: none", async () => {
    expect(await invalidatedBy(() => addNote(prisma, editor, published.id, { body: "Check the minutes." }))).toEqual([]);
  });

  it("an edit of a draft readers never saw: none; publishing it: its pages; unpublishing it: the same pages again", async () => {
    expect(await invalidatedBy(async () => updateClaim(prisma, editor, draft.id, await version(draft.id), { summary: "Reworded." }))).toEqual([]);
    const draftClaim = await prisma.claim.findUniqueOrThrow({ where: { id: draft.id } });
    const expected = await publicPages(draftClaim);
    expect(await invalidatedBy(async () => publishClaim(prisma, editor, draft.id, await version(draft.id)))).toEqual(expected);
    expect(await invalidatedBy(async () => unpublishClaim(prisma, editor, draft.id, await version(draft.id)))).toEqual(expected);
  });

  it("moving a claim to another claimant: the former claimant's page too", async () => {
    const formerSlug = await claimantSlug(published.id);
    const other = await prisma.claimant.create({ data: { slug: "someone-else", name: "Someone Else" } });
    const paths = await invalidatedBy(async () =>
      updateClaim(prisma, editor, published.id, await version(published.id), { claimantId: String(other.id) }),
    );
    expect(paths).toContain(`/claimants/${formerSlug}`);
    expect(paths).toContain("/claimants/someone-else");
    expect(paths).toContain(sitemapFilePath("claimants", other.id));
  });

  it("a change to a claim of a claimant with more claims than a page holds: every page of the claimant's claims, and one more", async () => {
    const claimant = await claimantOf(related.id);
    // Two full pages: a publication would start a third.
    const extra = 2 * CLAIMANT_CLAIMS_PAGE_SIZE - (await prisma.claim.count({ where: { claimantId: claimant.id, visibility: "PUBLISHED" } }));
    const template = await prisma.claim.findUniqueOrThrow({ where: { id: related.id } });
    await prisma.claim.createMany({
      data: Array.from({ length: extra }, () => ({
        quote: template.quote,
        summary: template.summary,
        headline: template.headline,
        claimantId: claimant.id,
        statedAt: template.statedAt,
        kind: template.kind,
        visibility: "PUBLISHED" as const,
        publishedAt: new Date(),
      })),
    });
    const paths = await invalidatedBy(async () =>
      changeStatus(prisma, editor, related.id, await version(related.id), { status: "IN_PROGRESS", rationale: "Talks resumed." }),
    );
    const pages = paths.filter((path) => path.startsWith(`/claimants/${claimant.slug}`));
    expect(pages).toEqual([`/claimants/${claimant.slug}`, `/claimants/${claimant.slug}/page/2`, `/claimants/${claimant.slug}/page/3`]);
  });

  it("linking an outcome: the pages of the claim and of the outcome's source; editing the outcome: the same", async () => {
    const outcome = await createTestOutcome(prisma, editor);
    const linked = await invalidatedBy(async () =>
      linkOutcome(prisma, editor, published.id, await version(published.id), { outcomeId: String(outcome.id), relation: "SUPPORTS" }),
    );
    expect(linked).toEqual(await publicPages(published, [related.id]));
    const edited = await invalidatedBy(() => updateOutcome(prisma, editor, outcome.id, { title: "Declaration signed", occurredAt: "2025-08-08", url: "https://example.org/d" }));
    expect(edited).toEqual(linked);
  });

  it("editing a source's text: its page, the source list, and the pages of the public claims quoting it", async () => {
    const source = await prisma.source.findUniqueOrThrow({ where: { id: published.sourceId! } });
    const paths = await invalidatedBy(() => updateSource(prisma, editor, source.id, { ...sourceInputSchema.parse({ title: source.title, body: `${SOURCE_BODY} Updated.` }), versionReason: "Updated." }));
    expect(paths).toEqual(await publicPages(published, [related.id]));
  });

  it("adding an appearance: the claim's pages and the new source's; editing that source's text later: the claim's pages again", async () => {
    const words = "The new ferry terminal will be finished before the summer season starts";
    const claimant = await prisma.claimant.create({ data: { slug: "marta-lindqvist", name: "Marta Lindqvist" } });
    const first = await prisma.source.create({ data: { title: "Ferry terminal", body: `Mayor Marta Lindqvist said on Monday: "${words}." Critics laughed.` } });
    const claim = await createClaim(prisma, editor, claimInput({ claimantId: claimant.id, sourceId: first.id }, { quote: words, visibility: "PUBLISHED" }));
    await prisma.$executeRawUnsafe(`ANALYZE "Claim"`);
    const body = `"${words}," Marta Lindqvist told the council on Tuesday. Nobody there believed her.`;
    const repeat = await prisma.source.create({ data: { title: "Council meeting", body, publishedAt: new Date("2025-05-06") } });
    const start = body.indexOf(words);
    const paths = await invalidatedBy(() => addAppearance(prisma, editor, { claimId: claim.id, sourceId: repeat.id, start, end: start + words.length, text: words }));
    const expected = sorted([...(await publicPages(claim)), ...sourcePages(repeat.id)]);
    expect(paths).toEqual(expected);
    expect(await invalidatedBy(() => updateSource(prisma, editor, repeat.id, { ...sourceInputSchema.parse({ title: repeat.title, body: `${body} Updated.` }), versionReason: "Updated." }))).toEqual(expected);
  });

  it("a change refused as stale: none (the notification rolls back with it)", async () => {
    const stale = (await version(published.id)) - 1;
    await expect(changeStatus(prisma, editor, published.id, stale, { status: "STALLED", rationale: "Stale." })).rejects.toThrow();
    expect(await invalidatedBy(() => changeStatus(prisma, editor, published.id, stale, { status: "STALLED", rationale: "Stale." }))).toEqual([]);
  });

  it("a correction: the claim's pages and the lists, the corrections log and its feed among them; refused without its note: none", async () => {
    const summary = "Reworded: the talks were postponed, not cancelled.";
    const refused = async () => updateClaim(prisma, editor, published.id, await version(published.id), { summary });
    await expect(refused()).rejects.toThrow(/correction note/);
    expect(await invalidatedBy(refused)).toEqual([]);
    const paths = await invalidatedBy(async () =>
      updateClaim(prisma, editor, published.id, await version(published.id), { summary, correction: "We wrote that the talks were cancelled." }),
    );
    expect(paths).toEqual(await publicPages(published, [related.id]));
    expect(paths).toEqual(expect.arrayContaining(["/corrections", "/(public)/corrections/page/[page]/page", "/feed/corrections.xml"]));
  });

  it("saving the methodology: its page alone", async () => {
    const paths = await invalidatedBy(() => saveMethodology(prisma, admin, { markdown: "## How we work", updatedAt: "" }));
    expect(paths).toEqual(["/methodology"]);
  });

  it("a withdrawal: the claim's pages (now its notice), its claimant's and source's, the linked claim's, and the lists it leaves", async () => {
    const claim = await createTestClaim(prisma, editor, { visibility: "PUBLISHED" });
    await linkClaims(prisma, editor, claim.id, claim.version, { otherClaimId: related.id, kind: "RELATED" });
    const paths = await invalidatedBy(async () => withdrawClaim(prisma, editor, claim.id, await version(claim.id), { reason: "ENTERED_IN_ERROR", correction: "We had not checked the quote against a recording." }));
    expect(paths).toEqual(await publicPages(claim, [related.id]));
  });

  it("deleting a draft readers never saw, or an unused outcome or source: none", async () => {
    const draft = await createTestClaim(prisma, editor);
    expect(await invalidatedBy(() => deleteDraftClaim(prisma, editor, draft.id, draft.version))).toEqual([]);
    expect(await prisma.claim.count({ where: { id: draft.id } })).toBe(0);
    const outcome = await createTestOutcome(prisma, editor, "Unused");
    expect(await invalidatedBy(() => deleteOutcome(prisma, editor, outcome.id))).toEqual([]);
    expect(await invalidatedBy(() => deleteSource(prisma, editor, draft.sourceId!))).toEqual([]);
    expect(await prisma.deletionRecord.count()).toBe(3);
  });

  it("a deletion refused (a published claim): none", async () => {
    expect(await invalidatedBy(async () => deleteDraftClaim(prisma, editor, published.id, await version(published.id)))).toEqual([]);
    expect(await prisma.claim.count({ where: { id: published.id } })).toBe(1);
  });

  it("an import's dry run: none; the import itself creates drafts: none", async () => {
    const file = new TextEncoder().encode(
      "external_id,quote,summary,claimant,claimant_title,source_title,source_url,stated_at,kind,tags,status\n" +
        'imp-1,"A statement","A summary.",Imported Person,,,,2025-03-14,ASSERTION,,\n',
    );
    expect(await invalidatedBy(() => planImport(prisma, editor, file))).toEqual([]);
    expect(await invalidatedBy(() => applyImport(prisma, editor, file))).toEqual([]);
    expect(await prisma.claim.count({ where: { externalId: "imp-1" } })).toBe(1);
  });
});

describe("the pages each claimant change invalidates", () => {
  /** A claimant with a public claim and a draft, and the public claim's own pages, its source's and the lists. */
  async function claimantWithClaims(name: string) {
    const basics = await createClaimBasics(prisma);
    const claimant = await prisma.claimant.update({ where: { id: basics.claimantId }, data: { name } });
    const published = await createClaim(prisma, editor, claimInput(basics, { visibility: "PUBLISHED" }));
    const draft = await createClaim(prisma, editor, claimInput(basics, { summary: "A draft." }));
    return { claimant, published, draft, claimPages: [...ownWithSitemap(published.id), ...sourcePages(published.sourceId), ...LISTS] };
  }
  const edit = (claimant: Awaited<ReturnType<typeof claimantWithClaims>>["claimant"], changes: Record<string, string>) =>
    updateClaimant(prisma, editor, claimant.id, claimant.updatedAt, { ...claimantFormValues(claimant), ...changes });

  type Row = { change: () => Promise<unknown>; pages: string[]; never: string[] };
  it.each<[string, () => Promise<Row>]>([
    [
      "an edit (role, organisation, aliases): its page, its public claims' pages, the lists; no draft's",
      async () => {
        const { claimant, draft, claimPages } = await claimantWithClaims("Jeyhun Bayramov");
        return {
          change: () => edit(claimant, { title: "Foreign Minister of Azerbaijan", titleFrom: "2020-07-16", organisation: "MFA", aliases: "Ceyhun Bayramov" }),
          pages: [...claimantPages(claimant), ...claimPages],
          never: own(draft.id),
        };
      },
    ],
    [
      "a rename: the new address and the old one (which now redirects) too",
      async () => {
        const { claimant, claimPages } = await claimantWithClaims("Armenia");
        await prisma.claimantRedirect.create({ data: { slug: "armenia-older", claimantId: claimant.id } });
        return {
          change: () => edit(claimant, { name: "Government of Armenia" }),
          pages: ["/claimants/government-of-armenia", ...claimantPages(claimant), "/claimants/armenia-older", ...claimPages],
          never: [],
        };
      },
    ],
    [
      "an edit of a claimant known only from drafts: its page alone",
      async () => {
        const basics = await createClaimBasics(prisma);
        const draft = await createClaim(prisma, editor, claimInput(basics));
        const claimant = await prisma.claimant.findUniqueOrThrow({ where: { id: basics.claimantId } });
        return { change: () => edit(claimant, { country: "Armenia" }), pages: [`/claimants/${claimant.slug}`], never: own(draft.id) };
      },
    ],
    [
      "a merge: the moved public claims' pages, the survivor's page, every address of the merged claimant, the lists; not the survivor's own claims",
      async () => {
        const survivor = await claimantWithClaims("Mevlut Cavusoglu");
        const merged = await claimantWithClaims("Turkish FM Cavusoglu");
        await prisma.claimantRedirect.create({ data: { slug: "turkish-fm-older", claimantId: merged.claimant.id } });
        return {
          change: () => mergeClaimants(prisma, editor, { survivorId: survivor.claimant.id, mergedId: merged.claimant.id }),
          pages: [...claimantPages(survivor.claimant), ...claimantPages(merged.claimant), "/claimants/turkish-fm-older", ...merged.claimPages],
          never: [...own(survivor.published.id), ...own(merged.draft.id)],
        };
      },
    ],
    [
      "an edit refused as stale, a merge into itself or with a claimant that is gone: none",
      async () => {
        const { claimant } = await claimantWithClaims("Hikmet Hajiyev");
        return {
          change: async () => {
            await edit({ ...claimant, updatedAt: new Date(claimant.updatedAt.getTime() - 1) }, { country: "Azerbaijan" }).catch(() => undefined);
            await mergeClaimants(prisma, editor, { survivorId: claimant.id, mergedId: claimant.id }).catch(() => undefined);
            await mergeClaimants(prisma, editor, { survivorId: claimant.id, mergedId: 999_999 }).catch(() => undefined);
          },
          pages: [],
          never: [],
        };
      },
    ],
  ])("%s", async (_name, setup) => {
    const { change, pages, never } = await setup();
    const paths = await invalidatedBy(change);
    expect(paths).toEqual(sorted(pages));
    for (const page of never) expect(paths).not.toContain(page);
  });
});
