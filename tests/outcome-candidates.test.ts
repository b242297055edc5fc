import { beforeAll, describe, expect, it } from "vitest";
import type { ClaimKind } from "@/generated/prisma/enums.ts";
import { createClaim } from "@/lib/workbench/claims.ts";
import { articleWords, candidatesForText, newOutcomeHref, outcomeCandidates, outcomeFormPrefill } from "@/lib/workbench/outcome-candidates.ts";
import { useMigratedDatabase } from "./support/test-database.ts";

/*
 * An imported article matched against the open claims it may report an outcome for: relevant ones
 * only, at most five, promises and predictions first and due or overdue ones first among them.
 */

const {
  prisma,
  users: { editor },
} = useMigratedDatabase({ users: { editor: { role: "EDITOR" } } });

const NOW = new Date("2026-12-06T12:00:00Z");
const ARTICLE = {
  title: "Harbour bridge toll abolished as the ferry link closes",
  body:
    "HAMBURG — The city abolished the harbour bridge toll on Monday, months after mayor Lena Vogel had promised it. " +
    "The toll on the harbour bridge had financed the ferry link, which closes at the end of the month. " +
    "Vogel said the bridge toll would not return. Commuters welcomed the end of the toll.",
  publishedAt: new Date("2026-03-02"),
};

const ids: Record<string, number> = {};
let oldSourceId: number;

async function claim(key: string, kind: ClaimKind, quote: string, summary: string, dueAt?: string, claimantId?: number) {
  ids[key] = (
    await createClaim(prisma, editor, {
      quote,
      summary,
      claimantId: claimantId ?? ids.vogel!,
      sourceId: oldSourceId,
      statedAt: "2025-06-01",
      kind,
      ...(dueAt ? { dueAt } : {}),
    })
  ).id;
}

beforeAll(async () => {
  ids.vogel = (await prisma.claimant.create({ data: { slug: "lena-vogel", name: "Lena Vogel", title: "Mayor" } })).id;
  ids.other = (await prisma.claimant.create({ data: { slug: "karl-stein", name: "Karl Stein" } })).id;
  const words = [
    "We will abolish the harbour bridge toll",
    "The harbour bridge toll will be gone by March",
    "The bridge toll finances the ferry link",
    "The harbour bridge toll will be abolished in 2030",
    "The bridge toll was a mistake",
    "Schools will get new roofs",
  ];
  oldSourceId = (await prisma.source.create({ data: { title: "Mayor's speech", body: words.join(". ") } })).id;
  await claim("overduePromise", "PROMISE", words[0]!, "Vogel promised to abolish the harbour bridge toll.", "2025-12-31");
  await claim("duePrediction", "PREDICTION", words[1]!, "The harbour bridge toll ends by mid-March 2026.", "2026-03-15");
  await claim("assertion", "ASSERTION", words[2]!, "The harbour bridge toll pays for the ferry link.");
  await claim("laterPromise", "PROMISE", words[3]!, "The harbour bridge toll ends in 2030.", "2030-12-31");
  await claim("settled", "ASSERTION", words[4]!, "The harbour bridge toll was a mistake.", undefined, ids.other);
  await claim("unrelated", "PROMISE", words[5]!, "New roofs for the schools.", "2025-12-31");
  // A verdict: nothing left to report on.
  await prisma.claim.update({ where: { id: ids.settled }, data: { status: "NOT_FULFILLED" } });
});

const rank = async (article = ARTICLE, sourceId: number | null = null) =>
  (await candidatesForText(prisma, { ...article, sourceId }, { now: NOW })).map((candidate) => candidate.id);

describe("outcome candidates for an article", () => {
  it("ranks the overdue promise first, then the prediction due, then the other promise, then the assertion; never a settled or unrelated claim", async () => {
    expect(await rank()).toEqual([ids.overduePromise, ids.duePrediction, ids.laterPromise, ids.assertion]);
  });

  it("says which are overdue, and which of the article's words they share", async () => {
    const [first] = await candidatesForText(prisma, { ...ARTICLE, sourceId: null }, { now: NOW });
    expect(first).toMatchObject({ id: ids.overduePromise, due: { state: "overdue" }, named: true, claimantName: "Lena Vogel" });
    expect(first!.matched).toEqual(expect.arrayContaining(["harbour", "bridge", "toll"]));
  });

  it("offers at most five, leaves out the article's own claims and claims stated after it", async () => {
    expect(await candidatesForText(prisma, { ...ARTICLE, sourceId: null }, { now: NOW, limit: 2 })).toHaveLength(2);
    expect(await rank(ARTICLE, oldSourceId)).toEqual([]);
    expect(await rank({ ...ARTICLE, publishedAt: new Date("2025-01-01") })).toEqual([]);
  });

  it("offers nothing for an article about something else", async () => {
    expect(await rank({ title: "Weather", body: "Heavy rain is expected across the north on Tuesday, forecasters said.", publishedAt: ARTICLE.publishedAt })).toEqual([]);
  });

  it("offers nothing, and does not fail, for an article too short to have two distinctive words or a claimant", async () => {
    expect(await rank({ title: "Rain", body: "Rain.", publishedAt: ARTICLE.publishedAt })).toEqual([]);
    expect(await rank({ title: "Talks report", body: "The minister said on Tuesday that the bridge would open. Officials in Vienna were less sure.", publishedAt: ARTICLE.publishedAt })).toEqual([]);
    expect(await rank({ title: "Zyx", body: "Zyx zyx.", publishedAt: ARTICLE.publishedAt })).toEqual([]);
  });

  it("reads a source of the ledger, and is null for an unknown one", async () => {
    const source = await prisma.source.create({ data: ARTICLE });
    expect((await outcomeCandidates(prisma, source.id, { now: NOW }))!.map((candidate) => candidate.id)[0]).toBe(ids.overduePromise);
    expect(await outcomeCandidates(prisma, 999_999)).toBeNull();
  });

  it("leaves function words out of the article's words, and counts the title twice", () => {
    const words = articleWords({ title: "Toll abolished", body: "The toll would not return, they said." });
    expect(words).toEqual([
      { word: "toll", count: 3 },
      { word: "abolished", count: 2 },
      { word: "return", count: 1 },
    ]);
  });
});

describe("the outcome form opened from a candidate", () => {
  it("is for the claim, with the article as its source and the article's date", () => {
    const href = newOutcomeHref({ id: 12, publishedAt: new Date("2026-03-02") }, 7);
    expect(href).toBe("/editor/outcomes/new?claim=7&source=12&occurredAt=2026-03-02");
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(outcomeFormPrefill(params, [{ id: 12 }])).toEqual({ sourceId: "12", occurredAt: "2026-03-02" });
    // An unknown source or a malformed date is left out, never an error.
    expect(outcomeFormPrefill({ source: "13", occurredAt: "March" }, [{ id: 12 }])).toEqual({});
    expect(outcomeFormPrefill({ source: ["12", "12"] }, [{ id: 12 }])).toEqual({});
  });
});
