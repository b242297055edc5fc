import { expect, test } from "@playwright/test";
import { demoData } from "../prisma/seed-data.ts";
import { expectNoSeriousAxeViolations } from "./reader-axe.ts";

const published = demoData.claims.filter((claim) => claim.visibility === "PUBLISHED");
const tangible = demoData.claims.find((claim) => claim.externalId === "demo:blinken-tangible-progress")!;
const results = (page: import("@playwright/test").Page) => page.getByRole("list", { name: /^Claims,/ }).getByRole("article");

test("a reader searches for “tangible”, opens the claim and reads its history", async ({ page }) => {
  await page.goto("/");
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("searchbox", { name: "Search claims" }).fill("tangible");
  await page.getByRole("searchbox", { name: "Search claims" }).press("Enter");
  await expect(page).toHaveURL(/[?&]q=tangible/);
  await expect(results(page)).toHaveCount(1);
  await results(page).getByRole("link", { name: /tangible progress/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tangible.headline!);
  await expect(page.getByRole("region", { name: "The claim" }).locator("blockquote").first()).toHaveText(tangible.quote);
  await expect(page.getByRole("list", { name: /Timeline entries/ })).toContainText(
    (tangible.history.findLast((step) => "rationale" in step) as { rationale: string }).rationale,
  );
});

test("search is accent- and case-insensitive and finds partial names", async ({ page }) => {
  for (const q of ["BLINKEN", "blinken", "Blínken", "Blink"]) {
    await page.goto(`/?q=${encodeURIComponent(q)}`);
    await expect(results(page).filter({ hasText: tangible.quote }), q).toHaveCount(1);
  }
  await page.goto(`/?q=${encodeURIComponent("Əliyev")}`);
  await expect(results(page).first()).toBeVisible();
});

test("filters are usable by keyboard and every state is in the URL", async ({ page }) => {
  await page.goto("/");
  await page.getByText("Filters and sort").focus();
  await page.keyboard.press("Enter");
  const borneOut = page.getByRole("checkbox", { name: "Borne out", exact: true });
  await borneOut.focus();
  await page.keyboard.press("Space");
  await expect(borneOut).toBeChecked();
  await page.getByRole("combobox", { name: "Sort by" }).selectOption("outcomes");
  await page.getByRole("button", { name: "Apply" }).press("Enter");
  await expect(page).toHaveURL(/status=FULFILLED/);
  await expect(page).toHaveURL(/sort=outcomes/);
  const expected = published.filter((claim) => claim.status === "FULFILLED");
  await expect(results(page)).toHaveCount(expected.length);
  await expect(page.getByRole("checkbox", { name: "Borne out", exact: true })).toBeChecked();
  await expectNoSeriousAxeViolations(page);
});

test("pages by cursor without duplicates and shows a clear message for bad parameters", async ({ page }) => {
  const seen: string[] = [];
  const seenLinks: string[] = [];
  await page.goto("/?limit=2");
  for (;;) {
    seen.push(...(await results(page).locator("blockquote").allTextContents()));
    seenLinks.push(...(await results(page).locator("blockquote a").evaluateAll((links) => links.map((link) => link.getAttribute("href")!))));
    const next = page.getByRole("link", { name: "Next page" });
    if ((await next.count()) === 0) break;
    const href = (await next.getAttribute("href"))!;
    await next.click();
    await page.waitForURL((url) => url.pathname + url.search === href);
  }
  // Other specs publish claims (some with the same words) on the same server meanwhile: no claim
  // twice, and no seeded claim missing.
  expect(new Set(seenLinks).size).toBe(seenLinks.length);
  for (const claim of published) expect(seen.filter((text) => text.includes(claim.quote))).toHaveLength(1);

  const response = await page.goto("/?status=NOPE&from=2024-13-01&sort=sideways");
  expect(response?.status()).toBe(200);
  const alert = page.getByRole("alert").filter({ hasText: "not understood" });
  for (const param of ["status", "from", "sort"]) await expect(alert).toContainText(param);
  expect(await results(page).count()).toBeGreaterThanOrEqual(Math.min(published.length, 20));
});

test("the index is usable 360 px wide", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/?status=FULFILLED");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole("searchbox", { name: "Search claims" })).toBeVisible();
});
