import { beforeAll, describe, expect, it, vi } from "vitest";
import { findSimilarClaims, similarClaimsSql } from "@/lib/workbench/similar-claims.ts";
import { createClaim } from "@/lib/workbench/claims.ts";
import { useMigratedDatabase } from "./support/test-database.ts";

vi.mock("@/lib/accounts/session.ts", () => import("./support/session.ts"));

// The route handler uses the application's client.
const {
  prisma,
  users: { editor },
} = useMigratedDatabase({ appDatabase: true, users: { editor: { role: "EDITOR" } } });
let aliyev: number;
let other: number;

beforeAll(async () => {
  aliyev = (await prisma.claimant.create({ data: { slug: "ilham-aliyev", name: "İlham Əliyev" } })).id;
  other = (await prisma.claimant.create({ data: { slug: "someone-else", name: "Someone Else" } })).id;
});

async function claim(quote: string, claimantId: number, summary = "A statement about the talks.", visibility: "DRAFT" | "PUBLISHED" = "PUBLISHED") {
  return createClaim(prisma, editor, { quote, summary, headline: "A statement about the talks: awaiting outcome", claimantId, statedAt: "2024-10-21", kind: "ASSERTION", visibility });
}

describe("findSimilarClaims", () => {
  it("finds a claim while its quote is typed again, accent- and case-insensitively, with a score", async () => {
    const original = await claim("Armenia's territorial claims against Azerbaijan remain the main obstacle to peace", aliyev);
    const unrelated = await claim("The weather in Yerevan was sunny all week long", other);
    const found = await findSimilarClaims(prisma, { quote: "ARMENİA’S TERRİTORİAL CLAİMS against Azerbaïjan remain the main obstacle" });
    expect(found.map((row) => row.id)).toContain(original.id);
    expect(found.map((row) => row.id)).not.toContain(unrelated.id);
    const hit = found.find((row) => row.id === original.id)!;
    expect(hit.score).toBeGreaterThan(0.6);
    expect(hit.score).toBeLessThanOrEqual(1);
    expect(hit.claimantName).toBe("İlham Əliyev");
  });

  it("finds a reworded claim when one of the three distinctive words is the typist's own, in no claim", async () => {
    const original = await claim("they’ve made tangible progress on a durable peace agreement", other);
    // As the statistics of a busy ledger have it: every word common but "sides", which no claim has.
    const frequencies = new Map([["tangible", 0.01], ["progress", 0.02], ["towards", 0.05], ["peace", 0.2], ["agreement", 0.2]]);
    const sql = similarClaimsSql({ quote: "The sides have made TANGİBLE progress towards a peace agreement" }, { frequencies })!;
    const found = await prisma.$queryRaw<{ id: number }[]>(sql);
    expect(found.map((row) => row.id)).toContain(original.id);
  });

  it("orders by similarity and ranks the same claimant first among close matches", async () => {
    const quote = "we will sign the peace treaty before the end of the year";
    const byOther = await claim(quote, other);
    const byAliyev = await claim(quote, aliyev);
    const weaker = await claim("we will sign a treaty some day, perhaps next decade", aliyev);
    const found = await findSimilarClaims(prisma, { quote, claimantId: String(aliyev) });
    const ids = found.map((row) => row.id);
    expect(ids.indexOf(byAliyev.id)).toBeLessThan(ids.indexOf(byOther.id));
    expect(ids.indexOf(byOther.id)).toBeLessThan(ids.includes(weaker.id) ? ids.indexOf(weaker.id) : Infinity);
    expect(found.find((row) => row.id === byAliyev.id)?.sameClaimant).toBe(true);
    expect(found.find((row) => row.id === byOther.id)?.sameClaimant).toBe(false);
  });

  it("finds a claim while a word is half typed, and a long quote whose compared start ends inside a word", async () => {
    const long = await claim(
      `${"Negotiators from Baku and Yerevan met again in Almaty to discuss delimitation. ".repeat(3)}They agreed on nothing and left for home at night. Extraordinarily, they agreed on nothing.`,
      other,
    );
    expect(long.quote.slice(0, 300)).toMatch(/ Extraordinar$/);
    expect((await findSimilarClaims(prisma, { quote: long.quote })).map((row) => row.id)).toContain(long.id);
    expect((await findSimilarClaims(prisma, { quote: "Negotiators from Baku and Yerevan met again in Almaty to discuss delimi" })).map((row) => row.id)).toContain(long.id);
  });

  it("matches on the summary too, and leaves out the claim being edited", async () => {
    const target = await claim("short words", other, "Azerbaijan and Armenia agreed the full text of the peace treaty in March");
    const found = await findSimilarClaims(prisma, { summary: "Armenia and Azerbaijan agreed the text of the peace treaty" });
    expect(found.map((row) => row.id)).toContain(target.id);
    const excluded = await findSimilarClaims(prisma, { summary: "Armenia and Azerbaijan agreed the text of the peace treaty", exclude: String(target.id) });
    expect(excluded.map((row) => row.id)).not.toContain(target.id);
  });

  it("includes drafts for editors but never when published claims only are asked for", async () => {
    const draft = await claim("a draft statement nobody outside the newsroom has seen yet", other, "x", "DRAFT");
    const query = { quote: "a draft statement nobody outside the newsroom has seen" };
    expect((await findSimilarClaims(prisma, query)).map((row) => row.id)).toContain(draft.id);
    expect((await findSimilarClaims(prisma, query, { publishedOnly: true })).map((row) => row.id)).not.toContain(draft.id);
  });

  it("does not search until enough is typed, and ignores malformed ids", async () => {
    expect(similarClaimsSql({ quote: "peace", summary: "" })).toBeNull();
    expect(await findSimilarClaims(prisma, { quote: "  the  " })).toEqual([]);
    expect(similarClaimsSql({ quote: "a long enough quote to compare", claimantId: "abc", exclude: "-1" })).not.toBeNull();
  });
});

describe("GET /api/editor/similar-claims", () => {
  it("answers editors with similar claims (drafts included) and refuses everyone else", async () => {
    const { actAs } = await import("./support/session.ts");
    const { GET } = await import("@/app/api/editor/similar-claims/route.ts");
    const draft = await claim("a confidential draft about the pipeline deal with the neighbours", other, "x", "DRAFT");
    const ask = () => GET(new Request(`http://localhost/api/editor/similar-claims?quote=${encodeURIComponent("confidential draft about the pipeline deal")}`));

    actAs(null);
    expect((await ask()).status).toBe(401);
    actAs(editor.id);
    const response = await ask();
    expect(response.status).toBe(200);
    expect(((await response.json()) as { claims: { id: number }[] }).claims.map((row) => row.id)).toContain(draft.id);
  });
});

describe("distinctiveWords", () => {
  it("picks the rarest words by the column statistics, then the longest, and skips short ones", async () => {
    const { distinctiveWords } = await import("@/lib/workbench/similar-claims.ts");
    const text = ["The agreement between Armenia and Azerbaijan was initialled in Washington."];
    expect(distinctiveWords(text)).toEqual(["azerbaijan", "initialled", "washington"]);
    const frequencies = new Map([["washington", 0.4], ["azerbaijan", 0.3], ["agreement", 0.2], ["initialled", 0.01]]);
    // "armenia" and "between" are not among the common words: rarest of all.
    expect(distinctiveWords(text, frequencies)).toEqual(["armenia", "between", "initialled"]);
  });

  it("leaves out a word the text may end inside: still being typed, or cut at the compared length", async () => {
    const { distinctiveWords } = await import("@/lib/workbench/similar-claims.ts");
    expect(distinctiveWords(["The agreement was initialled in Washing"])).toEqual(["initialled", "agreement"]);
    expect(distinctiveWords(["The agreement was initialled in Washington "])).toEqual(["initialled", "washington", "agreement"]);
    expect(distinctiveWords(["ARMENİA’S TERRİTORİAL CLAİMS."])).toEqual(["territorial", "armenia", "claims"]);
  });
});
