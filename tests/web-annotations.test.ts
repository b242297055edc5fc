import { beforeAll, describe, expect, it, vi } from "vitest";
import { sourceAnnotationsPath } from "@/lib/public/web-annotations.ts";
import { withdrawClaim } from "@/lib/workbench/claim-withdrawal.ts";
import { createClaim } from "@/lib/workbench/claims.ts";
import { useMigratedDatabase } from "./support/test-database.ts";
import { claimInput, createClaimBasics, SOURCE_BODY } from "./support/workbench.ts";

/*
 * Issue 15 item 6: each published claim's anchor as a W3C Web Annotation, and a source's claims as
 * one AnnotationCollection, checked against what the Web Annotation Data Model requires.
 */

const ORIGIN = "https://ledger.example";
// The routes read through the application's client.
const {
  prisma,
  users: { editor },
} = useMigratedDatabase({ appDatabase: true, users: { editor: { role: "EDITOR" } } });

beforeAll(() => {
  vi.stubEnv("SITE_URL", ORIGIN);
  return () => vi.unstubAllEnvs();
});

type Json = Record<string, unknown>;

/** What the model (https://www.w3.org/TR/annotation-model/) requires of an annotation and its selectors. */
function expectValidAnnotation(annotation: Json, { embedded = false } = {}) {
  if (!embedded) expect(annotation["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
  expect(annotation.id).toMatch(/^https:\/\//);
  expect(annotation.type).toBe("Annotation");
  const targets = annotation.target as Json[];
  expect(targets.length).toBeGreaterThan(0);
  for (const target of targets) {
    expect(target.source).toMatch(/^https?:\/\//);
    for (const selector of [target.selector].flat() as Json[]) {
      if (selector.type === "TextQuoteSelector") expect(typeof selector.exact).toBe("string");
      else {
        expect(selector.type).toBe("TextPositionSelector");
        expect(Number.isInteger(selector.start) && Number.isInteger(selector.end) && (selector.start as number) >= 0 && (selector.start as number) <= (selector.end as number)).toBe(true);
      }
    }
  }
}

async function get(path: string) {
  const [, kind, id] = /^\/api\/(claims|sources)\/(\w+)\//.exec(path)!;
  const route = kind === "claims" ? await import("@/app/api/claims/[id]/annotation/route.ts") : await import("@/app/api/sources/[id]/annotations/route.ts");
  return route.GET(new Request(`${ORIGIN}${path}`), { params: Promise.resolve({ id: id! }) });
}

describe("a claim's Web Annotation", () => {
  it("targets the version of the text it is anchored in, by position and by quote, and the article itself by quote", async () => {
    const basics = await createClaimBasics(prisma);
    await prisma.source.update({ where: { id: basics.sourceId }, data: { url: "https://news.example/talks" } });
    const claim = await createClaim(prisma, editor, claimInput(basics, { visibility: "PUBLISHED" }));
    const response = await get(`/api/claims/${claim.id}/annotation`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"');
    const annotation = (await response.json()) as Json;
    expectValidAnnotation(annotation);
    expect(annotation).toMatchObject({ id: `${ORIGIN}/api/claims/${claim.id}/annotation`, motivation: "assessing" });
    const [onVersion, onArticle] = annotation.target as Json[];
    expect(onVersion!.source).toBe(`${ORIGIN}/sources/${basics.sourceId}/versions/1`);
    const [quote, position] = onVersion!.selector as Json[];
    expect(quote).toMatchObject({ type: "TextQuoteSelector", exact: "tangible progress" });
    expect(SOURCE_BODY.slice(position!.start as number, position!.end as number)).toBe("tangible progress");
    expect(SOURCE_BODY.slice(0, position!.start as number).endsWith(quote!.prefix as string)).toBe(true);
    expect(onArticle).toEqual({ type: "SpecificResource", source: "https://news.example/talks", selector: quote });
    expect((annotation.body as Json[])[1]).toMatchObject({ purpose: "describing", source: `${ORIGIN}/claims/${claim.id}` });
  });

  it("does not exist for a draft, a withdrawn claim, a claim without a source, or an unknown id", async () => {
    const basics = await createClaimBasics(prisma);
    const draft = await createClaim(prisma, editor, claimInput(basics));
    const withdrawn = await createClaim(prisma, editor, claimInput(basics, { visibility: "PUBLISHED" }));
    await withdrawClaim(prisma, editor, withdrawn.id, withdrawn.version, { reason: "ENTERED_IN_ERROR", correction: "Entered twice." });
    const unsourced = await createClaim(prisma, editor, claimInput(basics, { visibility: "PUBLISHED", sourceId: undefined }));
    for (const id of [draft.id, withdrawn.id, unsourced.id, 999_999, "abc"]) {
      expect((await get(`/api/claims/${id}/annotation`)).status, String(id)).toBe(404);
    }
  });
});

describe("a source's annotations", () => {
  it("are one AnnotationCollection of its published claims' annotations, in text order, drafts left out", async () => {
    const basics = await createClaimBasics(prisma);
    const later = await createClaim(prisma, editor, claimInput(basics, { visibility: "PUBLISHED", quote: "within sight, within reach" }));
    const earlier = await createClaim(prisma, editor, claimInput(basics, { visibility: "PUBLISHED" }));
    await createClaim(prisma, editor, claimInput(basics, { quote: "talks would resume in the spring" }));
    const response = await get(sourceAnnotationsPath(basics.sourceId));
    expect(response.status).toBe(200);
    const collection = (await response.json()) as Json;
    expect(collection).toMatchObject({ "@context": "http://www.w3.org/ns/anno.jsonld", type: "AnnotationCollection", total: 2 });
    const page = collection.first as Json;
    expect(page).toMatchObject({ type: "AnnotationPage", startIndex: 0 });
    const items = page.items as Json[];
    for (const item of items) expectValidAnnotation(item, { embedded: true });
    expect(items.map((item) => item.id)).toEqual([earlier, later].map((claim) => `${ORIGIN}/api/claims/${claim.id}/annotation`));
  });

  it("are not offered for a source only drafts use, or one that does not exist", async () => {
    const basics = await createClaimBasics(prisma);
    await createClaim(prisma, editor, claimInput(basics));
    for (const id of [basics.sourceId, 999_999]) expect((await get(`/api/sources/${id}/annotations`)).status, String(id)).toBe(404);
  });
});
