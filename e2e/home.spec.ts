import { expect, test } from "@playwright/test";
import { HEALTH_DEGRADED_AFTER_MS } from "../lib/platform/health.ts";
import { STATUS } from "../lib/status.ts";
import { demoData } from "../prisma/seed-data.ts";

test("the home page lists the seeded published claims with their status", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Claim Ledger/);
  await expect(page.getByRole("heading", { level: 1, name: "Claims" })).toBeVisible();

  const claims = page.getByRole("list", { name: /Claims/ }).getByRole("article");
  await expect(claims.filter({ hasText: "tangible progress" })).toHaveCount(1);
  await expect(claims.filter({ hasText: "Peace Signing" })).toHaveCount(1);
  const published = demoData.claims.filter((claim) => claim.visibility === "PUBLISHED");
  // Every seeded published claim, each once; other specs running on the same server may have published more.
  for (const claim of published) await expect(claims.filter({ hasText: claim.quote }), claim.quote).toHaveCount(1);

  for (const claim of published) {
    const card = claims.filter({ hasText: claim.quote });
    await expect(card).toContainText(STATUS[claim.status].label);
  }
  await expect(claims.filter({ hasText: "tangible progress" })).toContainText("Antony Blinken");
});

test("the page has the landmarks and navigation a reader expects", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("banner")).toBeVisible();
  await expect(page.getByRole("main")).toBeVisible();
  await expect(page.getByRole("contentinfo")).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const label of ["Claims", "Claimants", "Sources"]) {
    await expect(nav.getByRole("link", { name: label })).toBeVisible();
  }
});

test("drafts are not shown to readers", async ({ page }) => {
  const drafts = demoData.claims.filter((claim) => claim.visibility === "DRAFT");
  expect(drafts.length).toBeGreaterThan(0);
  await page.goto("/");
  await expect(page.getByRole("article").first()).toBeVisible();
  for (const draft of drafts) {
    await expect(page.getByText(draft.quote)).toHaveCount(0);
  }
});

test("the health endpoint reports the database as up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const health = await response.json();
  expect(health).toMatchObject({ db: "up", latencyMs: expect.any(Number) });
  // On a loaded CI machine a fresh connection can take over the threshold: then the answer is "degraded", never "error".
  expect(health.status).toBe(health.latencyMs > HEALTH_DEGRADED_AFTER_MS ? "degraded" : "ok");
});
