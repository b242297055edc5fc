import { beforeAll, describe, expect, it } from "vitest";
import type { CreateClaimInput } from "@/lib/workbench/claim-schemas.ts";
import {
  CLAIM_LIST_PAGE_SIZE,
  CLAIM_STATE_LABEL,
  claimListQueryString,
  claimState,
  listClaimsForEditor,
  parseClaimListQuery,
  QUOTE_EXCERPT_LENGTH,
  quoteExcerpt,
} from "@/lib/workbench/claim-list.ts";
import { withdrawClaim } from "@/lib/workbench/claim-withdrawal.ts";
import { changeStatus, createClaim } from "@/lib/workbench/claims.ts";
import { seedDemoData } from "@/prisma/demo-data.ts";
import { useMigratedDatabase } from "./support/test-database.ts";

// Issue 14, item 5: the editor's claims list searches as the index does, over drafts and withdrawn
// claims too, filters by status, state, overdue, claimant and source, pages, and shortens quotes.

const {
  prisma,
  users: { editor },
} = useMigratedDatabase({ users: { editor: { role: "EDITOR" } } });

beforeAll(() => seedDemoData(prisma));

const random = () => Math.random().toString(36).replace(/[^a-z]/g, "").slice(0, 6);

/** A claimant of the test's own (so a claimant filter isolates the test's claims from the demo's). */
async function newClaimant(name: string, aliases: string[] = []) {
  return prisma.claimant.create({ data: { slug: `list-${random()}-${random()}`, name, aliases } });
}

/** A claim written through the domain code, its quote the whole text of its own new source. */
async function newClaim(claimantId: number, quote: string, overrides: Partial<CreateClaimInput> = {}) {
  const source = await prisma.source.create({ data: { title: `Source ${random()}`, body: quote } });
  return createClaim(prisma, editor, {
    quote,
    summary: "A claim of the list's tests.",
    headline: "A claim of the list's tests: awaiting outcome",
    claimantId,
    sourceId: source.id,
    statedAt: "2024-03-01",
    kind: "PROMISE",
    tags: "",
    ...overrides,
  });
}

const list = async (query: string) => {
  const { query: parsed, issues } = parseClaimListQuery(new URLSearchParams(query));
  expect(issues).toEqual([]);
  return listClaimsForEditor(prisma, parsed);
};
const ids = async (query: string) => (await list(query)).claims.map((claim) => claim.id);

describe("searching the editor's claims list", () => {
  it("finds drafts by a word of the quote (a prefix too, accents and case aside) and by a claimant's alias", async () => {
    const word = `quorbel${random()}`;
    const speaker = await newClaimant("Mevlüt Çavuşoğlu", [`Turkish FM Cav${word}`]);
    const draft = await newClaim(speaker.id, `The talks will resume after the ${word} summit.`);
    const other = await newClaim(speaker.id, "Nothing to find here.");

    expect(await ids(`q=${word}`)).toEqual([draft.id]);
    expect(await ids(`q=${word.slice(0, -2).toUpperCase()}`)).toEqual([draft.id]);
    // The alias belongs to the claimant: every claim of theirs is found by it.
    expect(new Set(await ids(`q=cav${word}`))).toEqual(new Set([draft.id, other.id]));
    expect(new Set(await ids(`q=cavusoglu&claimant=${speaker.slug}`))).toEqual(new Set([draft.id, other.id]));
    expect(await ids(`q=${word}+missing${random()}`)).toEqual([]);
  });

  it("combines the filters: status, state, overdue, claimant and source", async () => {
    const speaker = await newClaimant("Filter Claimant");
    const overdueDraft = await newClaim(speaker.id, "We will sign by June.", { dueAt: "2024-06-01" });
    const futureDraft = await newClaim(speaker.id, "We will sign by 2099.", { dueAt: "2099-01-01" });
    const published = await newClaim(speaker.id, "We will sign soon.", { visibility: "PUBLISHED", dueAt: "2024-06-01" });
    const moving = await changeStatus(prisma, editor, published.id, published.version, { status: "IN_PROGRESS", rationale: "Talks began." });
    const only = `claimant=${speaker.slug}`;

    expect(new Set(await ids(only))).toEqual(new Set([overdueDraft.id, futureDraft.id, published.id]));
    expect(new Set(await ids(`${only}&state=draft`))).toEqual(new Set([overdueDraft.id, futureDraft.id]));
    expect(await ids(`${only}&state=published`)).toEqual([published.id]);
    expect(new Set(await ids(`${only}&overdue=true`))).toEqual(new Set([overdueDraft.id, published.id]));
    expect(await ids(`${only}&overdue=true&state=draft`)).toEqual([overdueDraft.id]);
    expect(await ids(`${only}&status=IN_PROGRESS`)).toEqual([moving.id]);
    expect(await ids(`${only}&status=IN_PROGRESS&state=draft`)).toEqual([]);
    expect(new Set(await ids(`${only}&status=IN_PROGRESS&status=PENDING`))).toEqual(new Set([overdueDraft.id, futureDraft.id, published.id]));
    expect(await ids(`source=${futureDraft.sourceId}`)).toEqual([futureDraft.id]);
    expect(await ids(`source=${futureDraft.sourceId}&state=published`)).toEqual([]);
  });

  it("lists withdrawn claims as withdrawn, never as published, and drafts as drafts", async () => {
    const speaker = await newClaimant("Withdrawal Claimant");
    const draft = await newClaim(speaker.id, "A draft claim.");
    const published = await newClaim(speaker.id, "A published claim.", { visibility: "PUBLISHED" });
    const gone = await newClaim(speaker.id, "A claim entered in error.", { visibility: "PUBLISHED" });
    await withdrawClaim(prisma, editor, gone.id, gone.version, { reason: "ENTERED_IN_ERROR", correction: "Entered twice." });
    const only = `claimant=${speaker.slug}`;

    const rows = (await list(only)).claims;
    const labels = Object.fromEntries(rows.map((claim) => [claim.id, CLAIM_STATE_LABEL[claimState(claim)]]));
    expect(labels).toEqual({ [draft.id]: "Draft", [published.id]: "Published", [gone.id]: "Withdrawn" });
    expect(await ids(`${only}&state=withdrawn`)).toEqual([gone.id]);
    expect(await ids(`${only}&state=published`)).toEqual([published.id]);
    expect(await ids(`${only}&state=draft`)).toEqual([draft.id]);
  });

  it("pages through the matches, most recently changed first, with the state kept in each page's link", async () => {
    const speaker = await newClaimant("Paging Claimant");
    const created = [];
    for (let n = 0; n < 3; n++) created.push(await newClaim(speaker.id, `Paged claim number ${n}.`));
    const { query } = parseClaimListQuery(new URLSearchParams(`claimant=${speaker.slug}&state=draft`));
    const first = await listClaimsForEditor(prisma, query, 2);
    expect(first).toMatchObject({ total: 3, pages: 2 });
    expect(first.claims.map((claim) => claim.id)).toEqual([created[2]!.id, created[1]!.id]);
    const second = await listClaimsForEditor(prisma, { ...query, page: 2 }, 2);
    expect(second.claims.map((claim) => claim.id)).toEqual([created[0]!.id]);
    expect(claimListQueryString(query, { page: 2 })).toBe(`?claimant=${speaker.slug}&state=draft&page=2`);
    expect(parseClaimListQuery(new URLSearchParams(claimListQueryString(query, { page: 2 }).slice(1))).query).toEqual({ ...query, page: 2 });
    expect((await listClaimsForEditor(prisma, { ...query, page: 9 }, 2)).claims).toEqual([]);
    expect((await list("")).claims.length).toBe(Math.min(CLAIM_LIST_PAGE_SIZE, await prisma.claim.count()));
  });
});

describe("bad parameters", () => {
  const CASES = [
    ["q", "peace%00treaty", "The search text: remove the control character U+0000 at position 6."],
    ["status", "MAYBE", "Status must be one of PENDING, IN_PROGRESS, STALLED, PARTIALLY_FULFILLED, FULFILLED, NOT_FULFILLED, UNVERIFIABLE."],
    ["claimant", "Not A Slug", "Claimant must be a claimant's slug, like antony-blinken."],
    ["overdue", "maybe", "overdue is true or false."],
    ["state", "archived", "State must be one of draft, published, withdrawn."],
    ["source", "0x10", "Unknown source."],
    ["source", "99999999999", "Unknown source."],
    ["page", "0", "Page is a whole number from 1 to 10000."],
    ["page", "10001", "Page is a whole number from 1 to 10000."],
    ["page", "%1B", "Page is a whole number from 1 to 10000."],
  ] as const;

  it.each(CASES)("%s=%s is an issue naming the parameter, and the list still loads without it", async (param, value, message) => {
    const { query, issues } = parseClaimListQuery(new URLSearchParams(`${param}=${value}`));
    expect(issues).toEqual([{ param, message }]);
    const { claims } = await listClaimsForEditor(prisma, query);
    expect(claims.length).toBeGreaterThan(0);
  });

  it("a parameter given twice is an issue; the index's own sort, cursor and limit are not the list's and are ignored", () => {
    expect(parseClaimListQuery(new URLSearchParams("state=draft&state=withdrawn")).issues).toEqual([{ param: "state", message: "Give state once." }]);
    expect(parseClaimListQuery(new URLSearchParams("sort=nonsense&cursor=%00&limit=0")).issues).toEqual([]);
  });

  it("reads Next.js's search params (arrays for repeated names) as it reads a URL", () => {
    const { query, issues } = parseClaimListQuery({ status: ["PENDING", "STALLED"], state: "draft", page: "2" });
    expect(issues).toEqual([]);
    expect(query).toMatchObject({ search: { statuses: ["PENDING", "STALLED"] }, state: "draft", page: 2 });
  });
});

describe("quote excerpts", () => {
  it("keeps a short quote whole and cuts a long one at a word boundary with an ellipsis", () => {
    const short = "x".repeat(QUOTE_EXCERPT_LENGTH);
    expect(quoteExcerpt(short)).toBe(short);
    const long = `${"word ".repeat(60)}end`;
    const excerpt = quoteExcerpt(long);
    expect(excerpt.endsWith("word…")).toBe(true);
    expect(Array.from(excerpt).length).toBeLessThanOrEqual(QUOTE_EXCERPT_LENGTH + 1);
    expect(long.startsWith(excerpt.slice(0, -1))).toBe(true);
    // One long word is cut where it stands; a character outside the BMP is never split.
    expect(quoteExcerpt("a".repeat(400))).toBe(`${"a".repeat(QUOTE_EXCERPT_LENGTH)}…`);
    const emoji = quoteExcerpt("🙂".repeat(200));
    expect(emoji).toBe(`${"🙂".repeat(QUOTE_EXCERPT_LENGTH)}…`);
  });

  it("the list returns the full quote (the table shortens it), so the claim's page and the excerpt agree", async () => {
    const speaker = await newClaimant("Long Quote Claimant");
    const quote = `${"The negotiations will continue in good faith and ".repeat(8)}conclude.`;
    const claim = await newClaim(speaker.id, quote);
    const [row] = (await list(`claimant=${speaker.slug}`)).claims;
    expect(row).toMatchObject({ id: claim.id, quote });
    expect(quoteExcerpt(row!.quote).length).toBeLessThan(quote.length);
  });
});
