import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { claimReviewJsonLd, jsonLdScript } from "@/lib/public/claim-review.ts";
import { getPublishedClaim, type PublishedClaim } from "@/lib/public/published-claims.ts";
import { findAnchor, quoteContext, segmentText } from "@/lib/public/highlight.ts";
import { parseId } from "@/lib/params.ts";
import { seedDemoData } from "@/prisma/demo-data.ts";
import { siteOrigin } from "@/lib/site.ts";
import { layoutTimeline, timelineEntries } from "@/lib/public/timeline.ts";
import { demoData } from "@/prisma/seed-data.ts";
import { useMigratedDatabase } from "./support/test-database.ts";

const { prisma } = useMigratedDatabase();
const idOf = async (externalId: string) => (await prisma.claim.findUniqueOrThrow({ where: { externalId } })).id;

beforeAll(() => seedDemoData(prisma));

async function published(externalId: string): Promise<PublishedClaim> {
  const claim = await getPublishedClaim(await idOf(externalId), prisma);
  if (!claim) throw new Error(`${externalId} is not published`);
  return claim;
}

describe("the claim page data", () => {
  it("is null for every draft and for a missing id", async () => {
    const drafts = demoData.claims.filter((claim) => claim.visibility === "DRAFT");
    expect(drafts.length).toBeGreaterThan(0);
    for (const draft of drafts) expect(await getPublishedClaim(await idOf(draft.externalId), prisma)).toBeNull();
    expect(await getPublishedClaim(999_999, prisma)).toBeNull();
  });

  it("has the claimant, source, outcomes and public history, without internal notes", async () => {
    const claim = await published("demo:blinken-agreement-within-reach");
    expect(claim.claimant).toMatchObject({ slug: "antony-blinken", name: "Antony Blinken", kind: "PERSON" });
    expect(claim.source?.title).toMatch(/durable peace agreement/);
    // The version of the text the quote was taken from, with the hash readers can check a copy against.
    expect(claim.sourceVersion).toEqual({ number: 1, sha256: createHash("sha256").update(claim.source!.body).digest("hex") });
    expect(claim.outcomes.map((link) => link.outcome.occurredAt.toISOString().slice(0, 10))).toEqual(
      [...claim.outcomes.map((link) => link.outcome.occurredAt.toISOString().slice(0, 10))].sort(),
    );
    expect(claim.events.map((event) => event.type)).not.toContain("NOTE_ADDED");
    expect(claim.events.map((event) => event.type)).toContain("STATUS_CHANGED");
    expect(JSON.stringify(claim)).not.toMatch(/Revisit when the treaty itself is signed/);
  });

  it("anchors the quote in its source and shows it in context", async () => {
    const claim = await published("demo:blinken-tangible-progress");
    const body = claim.source?.body ?? "";
    const range = findAnchor(body, claim);
    expect(range && body.slice(range.start, range.end)).toBe(claim.quote);
    const context = quoteContext(body, range!);
    expect(context.quote).toBe(claim.quote);
    expect(context.before).toMatch(/The two sides have discussed/);
    expect(context.after).toMatch(/^\. I hope/);
  });
});

describe("quoteContext", () => {
  const body = "First paragraph.\nOne two three four five six seven eight nine ten.\nLast paragraph.";
  it("stays inside the paragraph and cuts at word boundaries", () => {
    const start = body.indexOf("five");
    const context = quoteContext(body, { start, end: start + 4 }, 12);
    expect(context).toEqual({
      before: "three four ",
      quote: "five",
      after: " six seven",
      clippedBefore: true,
      clippedAfter: true,
    });
    const whole = quoteContext(body, { start, end: start + 4 });
    expect(whole.before).toBe("One two three four ");
    expect(whole.after).toBe(" six seven eight nine ten.");
  });
});

describe("segmentText", () => {
  it("cuts text into plain and highlighted runs, overlaps trimmed", () => {
    expect(
      segmentText("abcdefghij", [
        { start: 6, end: 9, mark: 2 },
        { start: 1, end: 4, mark: 1 },
        { start: 3, end: 5, mark: 3 },
        { start: 8, end: 20, mark: 4 },
      ]),
    ).toEqual([
      { text: "a", mark: null },
      { text: "bcd", mark: 1 },
      { text: "e", mark: 3 },
      { text: "f", mark: null },
      { text: "ghi", mark: 2 },
      { text: "j", mark: null },
    ]);
  });
});

describe("the timeline", () => {
  it("has the statement, the outcomes and every status change with its rationale, in date order", async () => {
    const claim = await published("demo:blinken-agreement-within-reach");
    const entries = timelineEntries(claim);
    expect(entries[0]).toEqual({ kind: "statement", at: new Date("2023-05-04T00:00:00Z") });
    const times = entries.map((entry) => entry.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const demo = demoData.claims.find((c) => c.externalId === "demo:blinken-agreement-within-reach")!;
    const changes = demo.history.filter((step) => "status" in step);
    expect(entries.filter((entry) => entry.kind === "status")).toEqual(
      changes.map((step) => expect.objectContaining({ to: step.status, rationale: step.rationale })),
    );
    expect(entries.filter((entry) => entry.kind === "outcome")).toHaveLength(claim.outcomes.length);
  });

  it("lays out markers without overlap, one lane per crowded date", () => {
    const at = new Date("2024-01-01T00:00:00Z");
    const layout = layoutTimeline([
      { kind: "statement", at },
      { kind: "status", at, from: null, to: "IN_PROGRESS", rationale: "x" },
      { kind: "status", at: new Date("2026-01-01T00:00:00Z"), from: "IN_PROGRESS", to: "FULFILLED", rationale: "y" },
    ]);
    const [a, b, c] = layout.markers;
    expect(a!.x).toBe(b!.x);
    expect(a!.y).not.toBe(b!.y);
    expect(c!.y).toBe(a!.y);
    expect(layout.years.map((y) => y.year)).toEqual([2025, 2026]);
  });
});

describe("ClaimReview JSON-LD", () => {
  it("describes a verdict with the rating mapping of design §3", async () => {
    const claim = await published("demo:blinken-tangible-progress");
    const jsonLd = claimReviewJsonLd(claim, "https://example.org/claims/1", "https://example.org");
    expect(jsonLd).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://example.org/claims/1",
      headline: claim.headline,
      claimReviewed: claim.quote,
      datePublished: "2025-03-14",
      author: { "@type": "Organization", name: "Claim Ledger", url: "https://example.org" },
      reviewRating: { "@type": "Rating", ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: "Borne out" },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Person", name: "Antony Blinken", jobTitle: "US Secretary of State" },
        datePublished: "2023-05-04",
      },
    });
  });

  it("rates partial and negative verdicts 3 and 1, names the source url as appearance, and skips non-verdicts", async () => {
    const partial = await published("demo:blinken-agreement-within-reach");
    expect(claimReviewJsonLd(partial, "u", "s")?.reviewRating).toMatchObject({ ratingValue: 3, alternateName: "Partially borne out" });
    const negative: PublishedClaim = { ...partial, status: "NOT_FULFILLED" };
    expect(claimReviewJsonLd(negative, "u", "s")?.reviewRating).toMatchObject({ ratingValue: 1, alternateName: "Not borne out" });

    const withUrl: PublishedClaim = {
      ...partial,
      claimant: { ...partial.claimant, kind: "ORGANISATION" },
      source: { ...partial.source!, url: "https://news.example/a", publishedAt: new Date("2023-05-05T00:00:00Z") },
    };
    expect(claimReviewJsonLd(withUrl, "u", "s")?.itemReviewed).toEqual({
      "@type": "Claim",
      author: { "@type": "Organization", name: "Antony Blinken" },
      datePublished: "2023-05-04",
      appearance: {
        "@type": "CreativeWork",
        url: "https://news.example/a",
        headline: partial.source!.title,
        publisher: { "@type": "Organization", name: partial.source!.publisher },
        datePublished: "2023-05-05",
      },
    });

    const pending = await prisma.claim.findFirstOrThrow({ where: { visibility: "PUBLISHED", status: { in: ["IN_PROGRESS", "UNVERIFIABLE"] } } });
    expect(claimReviewJsonLd((await getPublishedClaim(pending.id, prisma))!, "u", "s")).toBeNull();
  });

  it("cannot close its script element", () => {
    expect(jsonLdScript({ claimReviewed: "</script><script>alert(1)</script>" })).not.toContain("<");
    expect(JSON.parse(jsonLdScript({ a: "</script>" }))).toEqual({ a: "</script>" });
  });
});

describe("parseId", () => {
  it.each([["1", 1], ["2147483647", 2147483647]])("accepts %s", (raw, id) => expect(parseId(raw)).toBe(id));
  it.each(["0", "-1", "1.5", "01", "abc", "", "2147483648", "99999999999", "1e3"])("refuses %j", (raw) => expect(parseId(raw)).toBeNull());
});

describe("siteOrigin", () => {
  it.each([
    [{ host: "localhost:3000" }, "http://localhost:3000"],
    [{ host: "127.0.0.1:3100" }, "http://127.0.0.1:3100"],
    [{ host: "ledger.example" }, "https://ledger.example"],
    // No trusted proxy (TRUST_PROXY unset): a client-sent X-Forwarded-Host never names the site (tests/trusted-proxy.test.ts).
    [{ host: "internal:3000", "x-forwarded-host": "evil.example", "x-forwarded-proto": "http" }, "https://internal:3000"],
  ])("%j → %s", (headers, origin) => expect(siteOrigin(new Headers(headers), { siteOrigin: null, trustProxy: 0 })).toBe(origin));
});
