import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { publicClaimRelations } from "@/lib/public/claim-relations.ts";
import { claimDetailJson } from "@/lib/public/claims-json.ts";
import { claimCorrections } from "@/lib/public/corrections.ts";
import { getPublishedClaim } from "@/lib/public/published-claims.ts";
import { atomFeed, escapeXml, listPublishedStatusChanges } from "@/lib/public/feed.ts";
import { seedDemoData } from "@/prisma/demo-data.ts";
import { sitemapFilePath } from "@/lib/public/sitemap.ts";
import { demoData } from "@/prisma/seed-data.ts";
import { useMigratedDatabase } from "./support/test-database.ts";

// The route handlers use the application's client.
const { prisma } = useMigratedDatabase({ appDatabase: true });
const ORIGIN = "https://ledger.example";
/** A request to the app configured with SITE_URL=ORIGIN, reached on an internal address, with a client's X-Forwarded-Host. */
const request = (url: string) => new Request(url, { headers: { host: "internal:3000", "x-forwarded-host": "evil.example", "x-forwarded-proto": "http" } });

beforeAll(() => {
  vi.stubEnv("SITE_URL", ORIGIN);
  vi.stubEnv("NEXTAUTH_URL", "");
  vi.stubEnv("TRUST_PROXY", "");
  return seedDemoData(prisma);
});
afterAll(() => vi.unstubAllEnvs());

const drafts = demoData.claims.filter((claim) => claim.visibility === "DRAFT");
const published = demoData.claims.filter((claim) => claim.visibility === "PUBLISHED");
const draftIds = async () =>
  (await prisma.claim.findMany({ where: { visibility: "DRAFT" }, select: { id: true } })).map((claim) => claim.id);

describe("the Atom feed", () => {
  it("is well-formed XML that a feed parser reads, with one entry per published status change", async () => {
    const changes = await listPublishedStatusChanges(prisma);
    const xml = atomFeed(ORIGIN, changes);
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe("atom");
    expect(feed.title).toBe("Claim Ledger: status changes");
    const expected = published.flatMap((claim) => claim.history.filter((step) => "status" in step));
    expect(feed.items).toHaveLength(expected.length);
    const [first] = feed.items;
    expect(first?.url).toMatch(new RegExp(`^${ORIGIN}/claims/\\d+$`));
    expect(first?.id).toMatch(/#status-change-\d+$/);
    const times = feed.items.map((item) => item.updated?.getTime() ?? 0);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const step of expected) {
      if ("rationale" in step) expect(feed.items.some((item) => item.description === step.rationale)).toBe(true);
    }
  });

  it("never has an entry of a draft", async () => {
    const ids = await draftIds();
    expect(ids.length).toBeGreaterThan(0);
    const xml = atomFeed(ORIGIN, await listPublishedStatusChanges(prisma));
    for (const id of ids) expect(xml).not.toContain(`/claims/${id}#`);
    for (const draft of drafts) expect(xml).not.toContain(escapeXml(draft.quote));
  });

  it("escapes markup and drops characters XML cannot carry", async () => {
    const [change] = await listPublishedStatusChanges(prisma, 1);
    const hostile = {
      ...change!,
      rationale: `</summary><script>alert("x")</script> & ]]> \u0000\u0007 'quoted' \uD800 done`,
      claim: { ...change!.claim, quote: "a < b && c > d", claimant: { name: "O'Brien & Sons" } },
    };
    const xml = atomFeed(`${ORIGIN}/?a=1&b=2`, [hostile]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(parsed.feed.entry.summary).toBe(`</summary><script>alert("x")</script> & ]]> \uFFFD\uFFFD 'quoted' \uFFFD done`);
    expect(parsed.feed.entry.title).toContain("O'Brien & Sons: “a < b && c > d”");
    expect(escapeXml(`<&>"'`)).toBe("&lt;&amp;&gt;&quot;&apos;");
  });
});

describe("the sitemap", () => {
  const get = async (path: string) => {
    if (path === "/sitemap.xml") return (await import("@/app/sitemap.xml/route.ts")).GET();
    const { GET } = await import("@/app/sitemap/[file]/route.ts");
    return GET(request(`${ORIGIN}${path}`), { params: Promise.resolve({ file: path.slice("/sitemap/".length) }) });
  };
  /** The URLs in a sitemap file or index, checked to be well-formed XML of the right kind. */
  const locations = async (path: string, root: "sitemapindex" | "urlset") => {
    const response = await get(path);
    expect(response.status, path).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(Object.keys(new XMLParser().parse(xml))).toContain(root);
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
  };

  it("is an index of files that list the fixed pages, every published claim and public claimant and source once, and no draft", async () => {
    const files = await locations("/sitemap.xml", "sitemapindex");
    expect(files[0]).toBe(`${ORIGIN}/sitemap/pages.xml`);
    expect(files).toContain(`${ORIGIN}/sitemap/claims-0.xml`);
    const urls = (await Promise.all(files.map((file) => locations(file.slice(ORIGIN.length), "urlset")))).flat();
    expect(urls.slice(0, 3)).toEqual([`${ORIGIN}/`, `${ORIGIN}/claimants`, `${ORIGIN}/sources`]);
    expect(urls.filter((url) => url.includes("/claims/"))).toHaveLength(published.length);
    for (const id of await draftIds()) expect(urls).not.toContain(`${ORIGIN}/claims/${id}`);
    expect(urls).toContain(`${ORIGIN}/claimants/antony-blinken`);
    expect(urls.some((url) => url.startsWith(`${ORIGIN}/sources/`))).toBe(true);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it("keeps claims, claimants and sources in files of a thousand ids each, and has no other file", async () => {
    expect([0, 999, 1000, 123_456].map((id) => sitemapFilePath("claims", id))).toEqual([
      "/sitemap/claims-0.xml",
      "/sitemap/claims-0.xml",
      "/sitemap/claims-1.xml",
      "/sitemap/claims-123.xml",
    ]);
    expect(await locations("/sitemap/claims-7.xml", "urlset")).toEqual([]);
    for (const name of ["claims-03.xml", "claims-1", "drafts-0.xml", "pages.xml.gz", "claims--1.xml", "claims-99999999.xml"]) {
      expect((await get(`/sitemap/${name}`)).status, name).toBe(404);
    }
  });
});

describe("robots.txt", () => {
  it("sends crawlers to the sitemap at the configured origin and keeps them out of searches, the workbench and the API", async () => {
    const response = (await import("@/app/robots.txt/route.ts")).GET();
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    const lines = (await response.text()).split("\n");
    expect(lines).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
    for (const path of ["/search", "/?", "/editor", "/admin", "/account", "/signin", "/api/"]) expect(lines).toContain(`Disallow: ${path}`);
    expect(lines.filter((line) => line.startsWith("Disallow: /claim"))).toEqual([]);
  });
});

describe("GET /api/claims", () => {
  const get = async (query: string) => {
    const { GET } = await import("@/app/api/claims/route.ts");
    return GET(request(`${ORIGIN}/api/claims${query}`));
  };

  it("answers the index as JSON, with the same filters and a cursor to the next page", async () => {
    const response = await get("?limit=3");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.items).toHaveLength(3);
    expect(body.total).toBe(published.length);
    expect(body.countsCapped).toBe(false);
    expect(Object.values(body.statusCounts as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(published.length);
    expect(body.items[0]).toMatchObject({ url: expect.stringMatching(/^https:\/\/ledger\.example\/claims\/\d+$/), statusLabel: expect.any(String) });
    const seen = body.items.map((item: { id: number }) => item.id);
    let next: string | null = body.next;
    while (next) {
      const page = await (await get(new URL(next).search)).json();
      seen.push(...page.items.map((item: { id: number }) => item.id));
      next = page.next;
    }
    expect(seen).toHaveLength(published.length);
    expect(new Set(seen).size).toBe(published.length);
    for (const id of await draftIds()) expect(seen).not.toContain(id);

    const tangible = await (await get("?q=tangible")).json();
    expect(tangible.items.map((item: { quote: string }) => item.quote)).toEqual([
      demoData.claims.find((c) => c.externalId === "demo:blinken-tangible-progress")!.quote,
    ]);
  });

  it("answers 400 with the issues for bad parameters", async () => {
    const response = await get("?status=DONE&limit=500&from=2024-02-31&cursor=%%%");
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.issues.map((issue: { param: string }) => issue.param).sort()).toEqual(["cursor", "from", "limit", "status"]);
  });
});

describe("GET /api/claims/{id}", () => {
  const get = async (id: string) => {
    const { GET } = await import("@/app/api/claims/[id]/route.ts");
    return GET(request(`${ORIGIN}/api/claims/${id}`), { params: Promise.resolve({ id }) });
  };

  it("answers a published claim with its outcomes and public history", async () => {
    const claim = await prisma.claim.findUniqueOrThrow({ where: { externalId: "demo:blinken-tangible-progress" } });
    const response = await get(String(claim.id));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toEqual(claimDetailJson((await getPublishedClaim(claim.id, prisma))!, await publicClaimRelations(claim.id, prisma), await claimCorrections(claim.id, prisma), ORIGIN));
    const related = await prisma.claim.findUniqueOrThrow({ where: { externalId: "demo:blinken-agreement-within-reach" } });
    expect(body).toMatchObject({
      id: claim.id,
      status: "FULFILLED",
      statedAt: "2023-05-04",
      claimant: { slug: "antony-blinken" },
      dueAt: null,
      overdue: false,
      duplicateOf: null,
      alsoSaid: [{ id: related.id, url: `${ORIGIN}/claims/${related.id}`, quote: related.quote, sameStatement: false }],
      anchor: { textQuote: { exact: claim.quote }, textPosition: { start: claim.anchorStart, end: claim.anchorEnd } },
    });
    expect(body.outcomes.length).toBe(2);
    expect(body.history.filter((event: { type: string }) => event.type === "STATUS_CHANGED")).toHaveLength(2);
    expect(body.history.map((event: { type: string }) => event.type)).not.toContain("NOTE_ADDED");
    expect(body.history.at(-1)).toMatchObject({ type: "CLAIM_LINKED", linkedClaim: { id: related.id, role: "RELATED" } });
    expect(JSON.stringify(body)).not.toMatch(/actor|editor@|passwordHash/);
  });

  it("answers 404 for drafts, missing ids and malformed ids", async () => {
    for (const id of await draftIds()) expect((await get(String(id))).status).toBe(404);
    for (const id of ["999999", "0", "abc", "1.5", "-1"]) expect((await get(id)).status).toBe(404);
  });
});
