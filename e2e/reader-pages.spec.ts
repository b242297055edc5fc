import { expect, test } from "@playwright/test";
import { STATUS } from "../lib/status.ts";
import { demoData } from "../prisma/seed-data.ts";
import { expectNoSeriousAxeViolations } from "./reader-axe.ts";

const draftQuotes = demoData.claims.filter((claim) => claim.visibility === "DRAFT").map((claim) => claim.quote);

test("the claimants index leads to a claimant's claims and status breakdown", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Claimants" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Claimants" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.getByRole("link", { name: "Antony Blinken" }).click();
  await expect(page).toHaveURL(/\/claimants\/antony-blinken$/);
  await expect(page.getByRole("heading", { level: 1, name: "Antony Blinken" })).toBeVisible();
  const breakdown = page.getByRole("list", { name: "Claims per status" });
  await expect(breakdown.getByRole("listitem")).toHaveCount(Object.keys(STATUS).length);
  const blinken = demoData.claims.filter((claim) => claim.claimant === "antony-blinken" && claim.visibility === "PUBLISHED");
  await expect(page.getByRole("list", { name: /Claims by Antony Blinken/ }).getByRole("article")).toHaveCount(blinken.length);
  await expectNoSeriousAxeViolations(page);
});

test("a source page shows its text with the claims highlighted, each linking to its claim", async ({ page }) => {
  await page.goto("/sources");
  await expect(page.getByRole("heading", { level: 1, name: "Sources" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.getByRole("link", { name: /durable peace agreement at US-hosted talks/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("durable peace agreement");
  const tangible = page.locator("mark").getByRole("link", { name: /tangible progress/ });
  await expect(tangible).toHaveCount(1);
  for (const quote of draftQuotes) await expect(page.getByText(quote)).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);

  await tangible.click();
  await expect(page).toHaveURL(/\/claims\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("tangible progress");
});

test("claimant and source pages are usable 360 px wide", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ["/claimants", "/claimants/antony-blinken", "/sources"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("unknown claimants and sources answer 404", async ({ request }) => {
  expect((await request.get("/claimants/no-such-person")).status()).toBe(404);
  expect((await request.get("/sources/999999")).status()).toBe(404);
  expect((await request.get("/sources/abc")).status()).toBe(404);
});

test("the claimant and source lists have page addresses: page 1 is the list itself, a page past the end is not found", async ({ request }) => {
  for (const list of ["/claimants", "/sources"]) {
    const first = await request.get(`${list}/page/1`, { maxRedirects: 0 });
    expect(first.status(), list).toBe(308);
    expect(first.headers().location).toBe(list);
    for (const missing of [`${list}/page/2`, `${list}/page/02`, `${list}/page/0`, `${list}/page/x`]) {
      expect((await request.get(missing)).status(), missing).toBe(404);
    }
  }
});
