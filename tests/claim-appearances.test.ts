import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { publicClaimAppearances } from "@/lib/public/claim-appearances.ts";
import { claimReviewJsonLd } from "@/lib/public/claim-review.ts";
import { claimDetailJson } from "@/lib/public/claims-json.ts";
import { getPublishedClaim } from "@/lib/public/published-claims.ts";
import { getSourcePage } from "@/lib/public/public-sources.ts";
import { AuthorizationError, DomainError } from "@/lib/errors.ts";
import { addAppearance, appearanceOffers } from "@/lib/workbench/appearances.ts";
import { changeStatus, createClaim } from "@/lib/workbench/claims.ts";
import { linkOutcome } from "@/lib/workbench/outcomes.ts";
import { deleteSource } from "@/lib/workbench/sources.ts";
import { loadSuggestions, type SourceSuggestion } from "@/lib/workbench/suggestions.ts";
import { useMigratedDatabase } from "./support/test-database.ts";
import { createTestOutcome } from "./support/workbench.ts";

/*
 * A statement of a new article that repeats a claim of another source (same claimant, similar
 * words) is offered as another appearance of it, and added in one click: once, with its event,
 * listed by the public claim page's data and its ClaimReview.
 */

const {
  prisma,
  users: { editor },
} = useMigratedDatabase({ users: { editor: { role: "EDITOR" } } });

const WORDS = "The new bridge over the Danube will open to traffic by the end of next year";
const FIRST = `BRUSSELS — Transport Minister Anna Berg said on Monday: "${WORDS}." The opposition doubted the timetable.`;
const REPEAT = `VIENNA — "${WORDS}," Anna Berg told reporters on Thursday. Engineers on the site were less sure about it.`;
const OTHER_SPEAKER = `LINZ — "${WORDS}," Peter Huber told reporters on Friday. Nobody on the site believed him.`;

let bergId: number;
let claimId: number;

beforeAll(async () => {
  bergId = (await prisma.claimant.create({ data: { slug: "anna-berg", name: "Anna Berg", title: "Transport Minister" } })).id;
  await prisma.claimant.create({ data: { slug: "peter-huber", name: "Peter Huber" } });
  const first = await prisma.source.create({ data: { title: "Bridge by next year", body: FIRST, url: "https://news.example/bridge-1", publishedAt: new Date("2025-03-03") } });
  const claim = await createClaim(prisma, editor, {
    quote: WORDS,
    summary: "The Danube bridge opens to traffic before the end of 2026.",
    headline: "Berg's Danube bridge by 2026",
    claimantId: bergId,
    sourceId: first.id,
    statedAt: "2025-03-03",
    kind: "PROMISE",
    visibility: "PUBLISHED",
  });
  claimId = claim.id;
  // The lookup reads the search vector's statistics.
  await prisma.$executeRawUnsafe(`ANALYZE "Claim"`);
});

const newSource = (body: string, url?: string) =>
  prisma.source.create({ data: { title: `Article ${Math.random()}`, body, url: url ?? null, publishedAt: new Date("2025-09-18") } });

async function repeatOf(sourceId: number): Promise<SourceSuggestion> {
  const suggestions = (await loadSuggestions(prisma, sourceId))!;
  const found = suggestions.find((suggestion) => suggestion.text.startsWith("The new bridge"));
  if (!found) throw new Error(`no suggestion in ${JSON.stringify(suggestions.map((s) => s.text))}`);
  return found;
}
const ref = (sourceId: number, { start, end, text }: SourceSuggestion) => ({ sourceId, start, end, text });

describe("offering a repeated statement as another appearance", () => {
  it("offers the claim of the same claimant with similar words, from another source", async () => {
    const source = await newSource(REPEAT);
    const suggestions = (await loadSuggestions(prisma, source.id))!;
    const offers = await appearanceOffers(prisma, source.id, suggestions);
    const index = suggestions.findIndex((suggestion) => suggestion.text.startsWith("The new bridge"));
    expect(suggestions[index]!.claimant?.id).toBe(bergId);
    expect(offers[index]).toEqual([expect.objectContaining({ claimId, added: false, headline: "Berg's Danube bridge by 2026" })]);
    expect(offers[index]![0]!.score).toBeGreaterThan(0.9);
  });

  it("offers the claim for a longer statement of the claimant that contains its words", async () => {
    const source = await newSource(
      `"We have argued about this crossing for a decade, and the money is finally there. ${WORDS}, whatever the engineers say," Anna Berg told the regional assembly on Friday.`,
    );
    const suggestions = (await loadSuggestions(prisma, source.id))!;
    const index = suggestions.findIndex((suggestion) => suggestion.text.includes("The new bridge") && suggestion.text.length > WORDS.length + 20);
    expect(index).toBeGreaterThanOrEqual(0);
    expect((await appearanceOffers(prisma, source.id, suggestions))[index]).toEqual([expect.objectContaining({ claimId, added: false })]);
  });

  it("offers each claim a long statement repeats, and adds either", async () => {
    const trucks = "Heavy trucks will not be allowed on the new bridge before the spring of 2028";
    const earlier = await newSource(`Anna Berg said on Tuesday: "${trucks}." Hauliers protested.`);
    const second = await createClaim(prisma, editor, {
      quote: trucks,
      summary: "No heavy trucks on the Danube bridge before spring 2028.",
      claimantId: bergId,
      sourceId: earlier.id,
      statedAt: "2025-09-18",
      kind: "PROMISE",
    });
    const source = await newSource(`"${WORDS}. ${trucks}. We have the money for both," Anna Berg told the assembly on Friday.`);
    const suggestions = (await loadSuggestions(prisma, source.id))!;
    const index = suggestions.findIndex((suggestion) => suggestion.text.includes(trucks));
    const offered = (await appearanceOffers(prisma, source.id, suggestions))[index]!.map((offer) => offer.claimId);
    expect(offered.sort()).toEqual([claimId, second.id].sort());
    await addAppearance(prisma, editor, { ...ref(source.id, suggestions[index]!), claimId: second.id });
    const after = (await appearanceOffers(prisma, source.id, (await loadSuggestions(prisma, source.id))!))[index]!;
    expect(after.map(({ claimId: id, added }) => ({ id, added })).sort((a, b) => a.id - b.id)).toEqual([
      { id: claimId, added: false },
      { id: second.id, added: true },
    ]);
  });

  it("offers nothing for the same words from another claimant, nor in the claim's own source", async () => {
    const other = await newSource(OTHER_SPEAKER);
    const suggestions = (await loadSuggestions(prisma, other.id))!;
    expect((await appearanceOffers(prisma, other.id, suggestions)).flat()).toEqual([]);
    const claim = await prisma.claim.findUniqueOrThrow({ where: { id: claimId }, select: { sourceId: true } });
    const own = (await loadSuggestions(prisma, claim.sourceId!))!;
    expect((await appearanceOffers(prisma, claim.sourceId!, own)).flat()).toEqual([]);
  });
});

describe("adding an appearance", () => {
  it("adds the source once, with its words, anchor and the day the text says, and records it in the claim's history", async () => {
    const source = await newSource(REPEAT, "https://news.example/bridge-2");
    const suggestion = await repeatOf(source.id);
    const appearance = await addAppearance(prisma, editor, { ...ref(source.id, suggestion), claimId });
    expect(appearance).toMatchObject({ claimId, sourceId: source.id, quote: WORDS, anchorStart: suggestion.start, anchorEnd: suggestion.end, createdById: editor.id });
    expect(REPEAT.slice(appearance.anchorStart, appearance.anchorEnd)).toBe(WORDS);
    expect(appearance.statedAt.toISOString().slice(0, 10)).toBe(suggestion.statedAt ?? "2025-09-18");
    const event = await prisma.claimEvent.findFirstOrThrow({ where: { claimId, type: "APPEARANCE_ADDED" }, orderBy: { id: "desc" } });
    expect(event).toMatchObject({ actorId: editor.id, diff: { appearance: { from: null, to: source.id } } });

    // A second click changes nothing and says why.
    const events = await prisma.claimEvent.count({ where: { claimId } });
    await expect(addAppearance(prisma, editor, { ...ref(source.id, suggestion), claimId })).rejects.toThrow(/already an appearance of claim #\d+/);
    expect(await prisma.claimAppearance.count({ where: { claimId, sourceId: source.id } })).toBe(1);
    expect(await prisma.claimEvent.count({ where: { claimId } })).toBe(events);

    // The page now shows it as added.
    const suggestions = (await loadSuggestions(prisma, source.id))!;
    const offers = await appearanceOffers(prisma, source.id, suggestions);
    expect(offers.flat()).toEqual([expect.objectContaining({ claimId, added: true })]);

    // A source a claim appears in cannot be deleted.
    await expect(deleteSource(prisma, editor, source.id)).rejects.toThrow(/1 claim appearance use it/);
  });

  it("is refused for another claimant's words, words that do not repeat the claim, a changed text, the claim's own source, and a non-editor", async () => {
    const other = await newSource(OTHER_SPEAKER);
    const huber = await repeatOf(other.id);
    await expect(addAppearance(prisma, editor, { ...ref(other.id, huber), claimId })).rejects.toThrow(/not attributed to claim #\d+'s claimant/);

    const different = await newSource(`"We will cut the rail fares for every student in the country," Anna Berg said on Thursday. Others disagreed.`);
    const fares = (await loadSuggestions(prisma, different.id))!.find((suggestion) => suggestion.claimant?.id === bergId)!;
    await expect(addAppearance(prisma, editor, { ...ref(different.id, fares), claimId })).rejects.toThrow(/do not repeat claim #\d+/);

    const source = await newSource(REPEAT);
    const suggestion = await repeatOf(source.id);
    await expect(addAppearance(prisma, editor, { ...ref(source.id, suggestion), start: suggestion.start + 1, end: suggestion.end + 1, claimId })).rejects.toThrow(
      /text has changed/,
    );
    await expect(addAppearance(prisma, editor, { ...ref(source.id, suggestion), end: suggestion.end + 5, claimId })).rejects.toBeInstanceOf(ZodError);
    await expect(addAppearance(prisma, { id: editor.id, role: "READER" as never }, { ...ref(source.id, suggestion), claimId })).rejects.toBeInstanceOf(AuthorizationError);

    const claim = await prisma.claim.findUniqueOrThrow({ where: { id: claimId } });
    const own = (await loadSuggestions(prisma, claim.sourceId!))!.find((candidate) => candidate.text.startsWith("The new bridge"))!;
    await expect(addAppearance(prisma, editor, { ...ref(claim.sourceId!, own), claimId })).rejects.toThrow(/own source/);
    await expect(addAppearance(prisma, editor, { ...ref(source.id, suggestion), claimId: 999_999 })).rejects.toBeInstanceOf(DomainError);
    expect(await prisma.claimAppearance.count({ where: { sourceId: { in: [other.id, different.id, source.id] } } })).toBe(0);
  });

  it("is listed, with its date, by the public claim's appearances and its ClaimReview, which says where it was said each time", async () => {
    const outcome = await createTestOutcome(prisma, editor, "The bridge opened");
    await linkOutcome(prisma, editor, claimId, (await prisma.claim.findUniqueOrThrow({ where: { id: claimId } })).version, { outcomeId: String(outcome.id), relation: "SUPPORTS" });
    await changeStatus(prisma, editor, claimId, (await prisma.claim.findUniqueOrThrow({ where: { id: claimId } })).version, { status: "FULFILLED", rationale: "The bridge opened in December." });
    const appearances = await publicClaimAppearances(claimId, prisma);
    expect(appearances.length).toBeGreaterThanOrEqual(1);
    expect(appearances[0]).toMatchObject({ quote: WORDS, source: { url: "https://news.example/bridge-2" } });
    const published = (await getPublishedClaim(claimId, prisma))!;
    const review = claimReviewJsonLd(published, `https://claims.example/claims/${claimId}`, "https://claims.example", [], appearances);
    expect(review?.itemReviewed.appearance).toEqual([
      { "@type": "CreativeWork", url: "https://news.example/bridge-1", headline: "Bridge by next year", datePublished: "2025-03-03" },
      expect.objectContaining({ "@type": "CreativeWork", url: "https://news.example/bridge-2", datePublished: "2025-09-18" }),
    ]);
    const json = claimDetailJson(published, { originalId: null, alsoSaid: [] }, [], "https://claims.example", appearances);
    expect(json.appearances[0]).toMatchObject({ quote: WORDS, statedAt: "2025-09-18", source: { url: "https://news.example/bridge-2", publishedAt: "2025-09-18" } });
    // The new source is public through the appearance alone, and lists the claim said again in it.
    const sourcePage = await getSourcePage(appearances[0]!.source.id, prisma);
    expect(sourcePage?.claims).toEqual([]);
    expect(sourcePage?.appearances).toEqual([expect.objectContaining({ quote: WORDS, claim: { id: claimId, headline: "Berg's Danube bridge by 2026" } })]);
    // Without other appearances, the claim's source alone, as before.
    expect(claimReviewJsonLd(published, "https://claims.example/claims/1", "https://claims.example")?.itemReviewed.appearance).toMatchObject({ url: "https://news.example/bridge-1" });
  });
});
