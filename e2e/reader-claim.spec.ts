import { expect, test } from "@playwright/test";
import { demoData, demoSources } from "../prisma/seed-data.ts";
import { expectNoSeriousAxeViolations } from "./reader-axe.ts";

const tangible = demoData.claims.find((claim) => claim.externalId === "demo:blinken-tangible-progress")!;

test("a reader opens a claim from the index and reads its full history", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: new RegExp(tangible.quote.slice(10, 40)) }).click();
  await expect(page).toHaveURL(/\/claims\/\d+$/);
  // The verdict first: the headline, then the verdict with its conclusion, all in the first screen.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tangible.headline!);
  const verdict = page.getByRole("region", { name: "Our verdict" });
  await expect(verdict).toContainText("Borne out");
  await expect(verdict).toContainText("Rated 5 of 5");
  const conclusion = tangible.history.findLast((step) => "rationale" in step);
  await expect(verdict).toContainText(conclusion && "rationale" in conclusion ? conclusion.rationale : "");
  const box = (await verdict.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height);
  await expect(page.getByRole("region", { name: "The claim" }).locator("blockquote").first()).toHaveText(tangible.quote);
  await expect(page.getByRole("link", { name: "Antony Blinken" })).toBeVisible();
  await expect(page.locator("mark")).toHaveText(tangible.quote);
  await expect(page.getByRole("link", { name: "version 1 of its text" })).toHaveAttribute("href", /^\/sources\/\d+\/versions\/1$/);
  await expect(page.getByRole("img", { name: "Timeline of the claim" })).toBeVisible();

  const entries = page.getByRole("list", { name: /Timeline entries/ }).getByRole("listitem");
  for (const step of tangible.history) {
    if ("rationale" in step) await expect(entries.filter({ hasText: step.rationale })).toHaveCount(1);
  }
  await expect(page.getByRole("heading", { name: "Outcomes" })).toBeVisible();
  await expect(page.getByText("Borne out").first()).toBeVisible();
  // The seed links it to the other statement of the same remarks.
  await expect(page.getByRole("region", { name: "Also said" })).toContainText("there is an agreement within sight, within reach");
  await expect(entries.filter({ hasText: "Linked as related to claim #" })).toHaveCount(1);

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "null");
  expect(jsonLd).toMatchObject({ "@type": "ClaimReview", reviewRating: { ratingValue: 5 } });
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", tangible.headline!);
  await expect(page).toHaveTitle(`${tangible.headline} · Claim Ledger`);
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  const shared = await page.request.get(new URL(image!).pathname);
  expect(shared.headers()["content-type"]).toBe("image/png");
  await expect(page.getByRole("region", { name: "Sources" }).getByRole("link", { name: demoSources[tangible.source].title })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test("a draft claim answers 404", async ({ request }) => {
  let drafts = 0;
  // The demo claims are created in order, so their ids are 1..n.
  for (let id = 1; id <= demoData.claims.length; id++) {
    const claim = demoData.claims[id - 1]!;
    const response = await request.get(`/claims/${id}`);
    expect(response.status(), claim.externalId).toBe(claim.visibility === "DRAFT" ? 404 : 200);
    if (claim.visibility === "DRAFT") {
      drafts++;
      expect(await response.text()).not.toContain(claim.quote);
    }
  }
  expect(drafts).toBeGreaterThan(0);
  expect((await request.get("/claims/not-a-number")).status()).toBe(404);
});

test("the claim page is usable 360 px wide", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  await page.getByRole("link", { name: new RegExp(tangible.quote.slice(10, 40)) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
