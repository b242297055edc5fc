import { expect, test } from "@playwright/test";
import { demoData } from "../prisma/seed-data.ts";

const published = demoData.claims.filter((claim) => claim.visibility === "PUBLISHED");
const draftQuotes = demoData.claims.filter((claim) => claim.visibility === "DRAFT").map((claim) => claim.quote);

test("the Atom feed, the sitemap and the JSON API answer with published claims only", async ({ request }) => {
  const feed = await request.get("/feed.xml");
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await feed.text();
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');

  // The sitemap is an index of files; the claims are in the claims files.
  const locations = async (url: string) => {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    return [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  };
  const files = await locations("/sitemap.xml");
  expect(files[0]).toBe("/sitemap/pages.xml");
  const urls = (await Promise.all(files.filter((file) => file.startsWith("/sitemap/claims-")).map(locations))).flat();
  const claimUrls = new Set(urls.filter((url) => /^\/claims\/\d+$/.test(url)));

  const list = await request.get("/api/claims?limit=100");
  expect(list.status()).toBe(200);
  const body = await list.json();
  // Other specs publish claims on the same server meanwhile: every seeded published claim is there, once.
  for (const claim of published) {
    const items = body.items.filter((item: { quote: string }) => item.quote === claim.quote);
    expect(items).toHaveLength(1);
    expect(claimUrls.has(new URL(items[0].url).pathname)).toBe(true);
  }
  for (const quote of draftQuotes) {
    expect(JSON.stringify(body)).not.toContain(quote);
    expect(xml).not.toContain(quote);
  }
  const detail = await request.get(`/api/claims/${body.items[0].id}`);
  expect(detail.status()).toBe(200);
  expect((await detail.json()).history.length).toBeGreaterThan(0);

  const bad = await request.get("/api/claims?sort=sideways");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).issues[0].param).toBe("sort");
});
