import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { MAX_DATABASE_ID } from "@/lib/fields.ts";
import { parseClaimSearch, searchClaims } from "@/lib/public/search.ts";
import { exportPool } from "@/lib/reports/export-connection.ts";
import { seedDemoData } from "@/prisma/demo-data.ts";
import { actAs } from "./support/session.ts";
import { useMigratedDatabase } from "./support/test-database.ts";

// Issue 13: no query parameter or URL segment of a public page or API yields a 500. Bad input is a
// parameter issue (400 with `issues` naming the parameter) or, in a URL segment, a 404.

vi.mock("@/lib/accounts/session.ts", () => import("./support/session.ts"));

const { prisma } = useMigratedDatabase({ appDatabase: true });
const ORIGIN = "http://localhost:3000";

type Handler = (request: Request) => Promise<Response> | Response;
let routes: Record<"claims" | "claimsCsv" | "historyCsv", Handler>;
let editorId: number;

beforeAll(async () => {
  await seedDemoData(prisma);
  editorId = (await prisma.user.findUniqueOrThrow({ where: { email: "editor@claimledger.test" } })).id;
  routes = {
    claims: (await import("@/app/api/claims/route.ts")).GET,
    claimsCsv: (await import("@/app/api/export/claims.csv/route.ts")).GET,
    historyCsv: (await import("@/app/api/export/history.csv/route.ts")).GET,
  };
});
afterAll(() => exportPool().end());

const PATHS = { claims: "/api/claims", claimsCsv: "/api/export/claims.csv", historyCsv: "/api/export/history.csv" } as const;

/** The route's answer; a thrown error is what Next.js would send as a 500. */
async function answer(route: keyof typeof PATHS, query: string): Promise<Response> {
  try {
    return await routes[route](new Request(`${ORIGIN}${PATHS[route]}${query}`, { headers: { host: "localhost:3000" } }));
  } catch (error) {
    return Response.json({ error: String(error) }, { status: 500 });
  }
}

const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

const CONTROL = ["%00", "%1B", "peace%00treaty", "%7F"];
const NUMBER = ["99999999999", "0x10"];
/** An impossible day, and a day PostgreSQL has no year for. */
const DATE = ["2025-02-30", "0000-01-01"];

/** Every query parameter the index reads (the home page, /api/claims and both exports), with the bad values to send. */
const SEARCH_PARAMS: Record<string, string[]> = {
  q: CONTROL,
  status: CONTROL,
  claimant: CONTROL,
  kind: CONTROL,
  tag: CONTROL,
  from: [...CONTROL, ...DATE],
  to: [...CONTROL, ...DATE],
  verdict: CONTROL,
  dueAfter: [...CONTROL, ...DATE],
  dueBefore: [...CONTROL, ...DATE],
  overdue: CONTROL,
  sort: CONTROL,
  limit: [...CONTROL, ...NUMBER],
  cursor: [
    ...CONTROL,
    ...NUMBER,
    cursor({ s: "newest", k: "2024-01-01", id: 99999999999 }),
    cursor({ s: "newest", k: "2024-01-01", id: MAX_DATABASE_ID + 1 }),
    cursor({ s: "newest", k: "2024-01-01", id: "0x10" }),
    cursor({ s: "newest", k: "2025-02-30", id: 1 }),
    cursor({ s: "newest", k: "2024-01-01\u0000", id: 1 }),
    cursor({ s: "newest", k: "0000-01-01", id: 1 }),
    cursor({ s: "relevance", d: "2025-02-30", id: 1 }),
  ],
};
/** Only the exports read these. */
const EXPORT_PARAMS: Record<string, string[]> = { bom: [...CONTROL, ...NUMBER], internal: [...CONTROL, ...NUMBER] };

const cases = (params: Record<string, string[]>) => Object.entries(params).flatMap(([param, values]) => values.map((value) => [param, value] as const));
const SEARCH_CASES = cases(SEARCH_PARAMS);
const EXPORT_CASES = [...SEARCH_CASES, ...cases(EXPORT_PARAMS)];

/** Cursors that only fit another sort, sent with that sort (and search words for relevance). */
const SORTED_CURSORS = [
  ["sort=outcomes", cursor({ s: "outcomes", k: 99999999999, id: 1 })],
  ["sort=outcomes", cursor({ s: "outcomes", k: 1, id: 99999999999 })],
  ["q=peace", cursor({ s: "relevance", k: 1e39, id: 1 })],
  ["q=peace", cursor({ s: "relevance", k: 1e-50, id: 1 })],
  ["q=peace", cursor({ s: "relevance", k: 0.5, id: 99999999999 })],
  ["sort=updated", cursor({ s: "updated", k: "2025-02-30T00:00:00Z", id: 1 })],
  ["sort=updated", cursor({ s: "updated", k: "0000-01-01T00:00:00Z", id: 1 })],
  ["q=peace", cursor({ s: "relevance", d: "0000-01-01", id: 1 })],
  ["sort=updated", cursor({ s: "updated", k: "2024-01-01T00:00:00Z", id: 99999999999 })],
] as const;

type Issue = { param: string; message: string };

describe("the index's parameters", () => {
  it("positive control: a valid request gives 200 on every route, a cursor at the largest id included", async () => {
    const valid = `?q=peace&status=FULFILLED&claimant=antony-blinken&kind=PROMISE&tag=peace-treaty&from=2020-01-01&to=2030-12-31&verdict=0&dueAfter=2020-01-01&dueBefore=2030-12-31&overdue=0&sort=newest&limit=5&cursor=${cursor({ s: "newest", k: "2030-01-01", id: MAX_DATABASE_ID })}`;
    expect(parseClaimSearch(new URLSearchParams(valid.slice(1))).issues).toEqual([]);
    for (const route of ["claims", "claimsCsv", "historyCsv"] as const) {
      const response = await answer(route, valid);
      expect(response.status, route).toBe(200);
      await response.body?.cancel();
    }
    actAs(null);
    const csv = await answer("claimsCsv", "?bom=1&internal=0");
    expect(csv.status).toBe(200);
    expect([...new Uint8Array(await csv.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect((await answer("claims", "?from=2024-02-29&to=2024-02-29")).status).toBe(200);
  });

  it.each(SEARCH_CASES)("GET /api/claims?%s=%s answers 400 naming the parameter", async (param, value) => {
    const response = await answer("claims", `?${param}=${value}`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; issues: Issue[] };
    expect(body.error).toBe("Invalid parameters");
    expect(body.issues.map((issue) => issue.param)).toEqual([param]);
  });

  it.each(EXPORT_CASES)("GET /api/export/claims.csv and history.csv ?%s=%s answer 400 naming the parameter", async (param, value) => {
    actAs(null);
    for (const route of ["claimsCsv", "historyCsv"] as const) {
      const response = await answer(route, `?${param}=${value}`);
      expect(response.status, route).toBe(400);
      expect(response.headers.get("content-type"), route).toMatch(/^application\/json/);
      const body = (await response.json()) as { issues: Issue[] };
      expect(body.issues.map((issue) => issue.param)).toEqual([param]);
    }
  });

  it.each(SORTED_CURSORS)("a cursor out of range with %s is an issue on every route, not a query", async (sort, value) => {
    for (const route of ["claims", "claimsCsv", "historyCsv"] as const) {
      const response = await answer(route, `?${sort}&cursor=${value}`);
      expect(response.status, route).toBe(400);
      expect(((await response.json()) as { issues: Issue[] }).issues).toEqual([{ param: "cursor", message: "The page cursor is not valid." }]);
    }
  });

  it.each(SEARCH_CASES)("the page's parser reports %s=%s as an issue, and the page's search still runs", async (param, value) => {
    const { search, issues } = parseClaimSearch(new URLSearchParams(`${param}=${value}`));
    expect(issues.map((issue) => issue.param)).toEqual([param]);
    // The home page shows the issues and searches without the parameter: that must not throw.
    const page = await searchClaims(search, { prisma });
    expect(page.items.length).toBeGreaterThan(0);
  });

  it("names the control character and the impossible day with the shared messages", () => {
    const issues = (query: string) => parseClaimSearch(new URLSearchParams(query)).issues;
    expect(issues("tag=%00")).toEqual([{ param: "tag", message: "The tag: remove the control character U+0000 at position 1." }]);
    expect(issues("q=peace%1B")).toEqual([{ param: "q", message: "The search text: remove the control character U+001B at position 6." }]);
    expect(issues("claimant=antony%00blinken")).toEqual([
      { param: "claimant", message: "The claimant: remove the control character U+0000 at position 7." },
    ]);
    for (const param of ["from", "to", "dueAfter", "dueBefore"]) {
      expect(issues(`${param}=2025-02-30`)).toEqual([{ param, message: "There is no 30 February 2025." }]);
    }
    expect(issues("from=2025-13-01")).toEqual([{ param: "from", message: "There is no month 13: months run from 01 to 12." }]);
    expect(issues("to=0000-12-31")).toEqual([{ param: "to", message: "There is no year 0000: years run from 0001." }]);
    expect(issues("limit=0x10")).toEqual([{ param: "limit", message: "Limit is a whole number from 1 to 100." }]);
  });
});

describe("URL segments", () => {
  const claim = async (id: string) => {
    const { GET } = await import("@/app/api/claims/[id]/route.ts");
    try {
      return await GET(new Request(`${ORIGIN}/api/claims/${encodeURIComponent(id)}`), { params: Promise.resolve({ id }) });
    } catch (error) {
      return Response.json({ error: String(error) }, { status: 500 });
    }
  };

  it("positive control: a published claim's id gives 200", async () => {
    const { id } = await prisma.claim.findFirstOrThrow({ where: { visibility: "PUBLISHED" } });
    expect((await claim(String(id))).status).toBe(200);
  });

  it.each(["0x10", "99999999999", String(MAX_DATABASE_ID + 1), "%00", "\u0000", "1\u001B", "1e1", "-1", "016"])(
    "GET /api/claims/%j answers 404 JSON",
    async (id) => {
      const response = await claim(id);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: "Claim not found" });
    },
  );
});

describe("the public pages' segments", () => {
  // generateMetadata loads what the page loads; "not found" is what the page answers with a 404.
  it("positive control: a published claim, its claimant and its source are found", async () => {
    const claim = await prisma.claim.findFirstOrThrow({ where: { visibility: "PUBLISHED", sourceId: { not: null } }, include: { claimant: true } });
    const claimPage = await import("@/app/(public)/claims/[id]/page.tsx");
    const claimantPage = await import("@/app/(public)/claimants/[slug]/page.tsx");
    const sourcePage = await import("@/app/(public)/sources/[id]/page.tsx");
    const props = { params: Promise.resolve({ slug: claim.claimant.slug }) };
    expect((await claimantPage.generateMetadata(props)).title).toBe(claim.claimant.name);
    expect((await sourcePage.generateMetadata({ params: Promise.resolve({ id: String(claim.sourceId) }) })).title).not.toBe("Source not found");
    expect((await claimPage.generateMetadata({ params: Promise.resolve({ id: String(claim.id) }) })).title).toBe(claim.headline);
  });

  it.each(["0x10", "99999999999", "%00", "\u0000", "a\u001Bb", "\u007F"])("the segment %j is not found on /claims, /sources and /claimants", async (segment) => {
    const claimPage = await import("@/app/(public)/claims/[id]/page.tsx");
    const claimantPage = await import("@/app/(public)/claimants/[slug]/page.tsx");
    const sourcePage = await import("@/app/(public)/sources/[id]/page.tsx");
    expect(await claimPage.generateMetadata({ params: Promise.resolve({ id: segment }) })).toEqual({ title: "Claim not found" });
    expect(await sourcePage.generateMetadata({ params: Promise.resolve({ id: segment }) })).toEqual({ title: "Source not found" });
    expect(await claimantPage.generateMetadata({ params: Promise.resolve({ slug: segment }) })).toEqual({ title: "Claimant not found" });
  });
});

describe("GET /api/editor/similar-claims", () => {
  const ask = async (query: string) => {
    const { GET } = await import("@/app/api/editor/similar-claims/route.ts");
    try {
      return await GET(new Request(`${ORIGIN}/api/editor/similar-claims?${query}`));
    } catch (error) {
      return Response.json({ error: String(error) }, { status: 500 });
    }
  };

  it("positive control: typed text, with line breaks, gives 200", async () => {
    actAs(editorId);
    const response = await ask(`quote=${encodeURIComponent("We will sign the peace treaty\nwith Azerbaijan this year")}&claimantId=0x10`);
    expect(response.status).toBe(200);
  });

  it.each([
    ["quote", "%00", "U+0000"],
    ["quote", `${encodeURIComponent("We will sign the peace treaty")}%1B`, "U+001B"],
    ["summary", `${encodeURIComponent("Armenia and Azerbaijan agreed")}%00`, "U+0000"],
    ["summary", "%7F", "U+007F"],
  ])("refuses a control character in %s=%s with 400 and the issue", async (param, value, code) => {
    actAs(editorId);
    const response = await ask(`${param}=${value}`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { issues: string[] };
    expect(body.issues).toEqual([expect.stringMatching(new RegExp(`^The ${param}: remove the control character ${code.replace("+", "\\+")} `))]);
  });
});

