import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../lib/accounts/demo-accounts.ts";
import { region, signIn, unique } from "./support.ts";

const editor = DEMO_ACCOUNTS[1];

// Blinken's "tangible progress" is a published demo claim; this article repeats it.
const ARTICLE = [
  "WASHINGTON — The Secretary of State looked back on the Arlington round.",
  "“They’ve made tangible progress on a durable peace agreement,” Blinken told reporters at the State Department.",
  "Diplomats said the next round would take place in the spring.",
].join("\n");

test("an article repeating a published claim is added as another appearance in one click, and the claim's page says it was said twice", async ({ page }) => {
  const title = `Arlington looked back on ${unique()}`;
  await signIn(page, editor, "/editor/sources/new");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Published (optional)", { exact: true }).fill("2025-06-06");
  await page.getByLabel("Article text", { exact: true }).fill(ARTICLE);
  await page.getByRole("button", { name: "Add source" }).click();
  await page.getByRole("link", { name: "Open the source to select its claims" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  const item = region(page, "Suggested claims").getByRole("listitem").filter({ hasText: "made tangible progress" });
  await expect(item.locator("summary")).toContainText(/repeats claim #\d+/);
  await item.locator("summary").click();
  const add = item.getByRole("button", { name: /^Add as an appearance of claim #\d+/ });
  const claimId = Number((await add.textContent())!.match(/#(\d+)/)![1]);
  await add.click();
  await expect(region(page, "Suggested claims").getByText(`Added this source as an appearance of claim #${claimId}`)).toBeVisible();

  await page.goto(`/claims/${claimId}`);
  const appearances = region(page, "Said 2 times");
  await expect(appearances).toBeVisible();
  await expect(appearances.getByRole("link", { name: title })).toBeVisible();
  await expect(appearances).toContainText("6 June 2025");
});
