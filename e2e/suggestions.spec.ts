import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../lib/accounts/demo-accounts.ts";
import { expectNoSeriousAxeViolations } from "./reader-axe.ts";
import { region, signIn, unique } from "./support.ts";

const editor = DEMO_ACCOUNTS[1];

// Joe Biden is a demo claimant; Maria Lopez is not (a new claimant).
const ARTICLE = [
  "US President Joe Biden said on Monday that the talks would resume within two months.",
  "“We will sign the agreement by the end of next year,” Biden told reporters in Geneva.",
  "Foreign Minister Maria Lopez said the ceasefire would hold.",
].join("\n");

/** Adds a source of our own (other specs share the demo data), opens its editor page and returns its path. */
async function addSource(page: Page): Promise<string> {
  const title = `Geneva talks ${unique()}`;
  await signIn(page, editor, "/editor/sources/new");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Published (optional)", { exact: true }).fill("2025-03-13");
  await page.getByLabel("Article text", { exact: true }).fill(ARTICLE);
  await page.getByRole("button", { name: "Add source" }).click();
  await page.getByRole("link", { name: "Open the source to select its claims" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return new URL(page.url()).pathname;
}

const suggestionList = (page: Page) => region(page, "Suggested claims").getByRole("list", { name: "Suggestions in the order they appear in the text" });
const suggestion = (page: Page, words: string) => suggestionList(page).getByRole("listitem").filter({ hasText: words });
/** Opens a suggestion's line to the whole suggestion and its buttons. */
async function expand(page: Page, words: string) {
  const item = suggestion(page, words);
  await item.locator("summary").click();
  return item;
}

test("an editor creates a claim from a suggestion: the form is prefilled, and the saved claim is highlighted in the article", async ({ page }) => {
  const sourcePath = await addSource(page);
  // One line each: the start of the words, the speaker, the kind.
  await expect(suggestionList(page).locator("summary")).toHaveText([
    "1. “the talks would resume within…” — Joe Biden · Prediction",
    "2. “We will sign the agreement by…” — Joe Biden · Promise",
    "3. “the ceasefire would hold” — Maria Lopez · Prediction",
  ]);
  const promise = await expand(page, "We will sign the agreement");
  await expect(promise.getByText("Direct quote", { exact: true })).toBeVisible();
  await expect(promise).toContainText("Joe Biden (US President) — existing claimant");
  await expect(promise).toContainText("Promise");
  await expect(promise).toContainText("31 December 2026");
  // Biden's lead is dated "on Monday"; the quote after it has no date of its own and takes that day.
  await expect(promise).toContainText("10 March 2025 — the day the text gives this speaker's statement just before");
  await expect(suggestion(page, "the ceasefire would hold")).toContainText("13 March 2025 — the article's date");
  await expect(suggestion(page, "the ceasefire would hold")).toContainText("Maria Lopez (Foreign Minister) — new claimant");

  await promise.getByRole("link", { name: /^Show in the article/ }).click();
  await expect(region(page, "Text and its claims").getByRole("link", { name: /We will sign the agreement.*\(suggestion 2\)/ })).toBeInViewport();

  await promise.getByRole("link", { name: /^Create claim from suggestion 2, “We will sign/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New claim" })).toBeVisible();
  await expect(page.getByLabel("Quote", { exact: true })).toHaveValue("We will sign the agreement by the end of next year");
  await expect(page.getByLabel("Claimant", { exact: true }).locator("option:checked")).toHaveText("Joe Biden (US President)");
  await expect(page.getByLabel("Kind", { exact: true })).toHaveValue("PROMISE");
  await expect(page.getByLabel("Stated on", { exact: true })).toHaveValue("2025-03-10");
  await expect(page.getByLabel("Due by (optional)", { exact: true })).toHaveValue("2026-12-31");
  await expect(page.getByLabel("Which occurrence (optional)", { exact: true })).toHaveValue("1");

  await page.getByLabel("Summary", { exact: true }).fill("Biden promised the agreement would be signed by the end of 2026.");
  await page.getByRole("button", { name: "Create claim" }).click();
  await expect(page).toHaveURL(/\/editor\/claims\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: /^Claim #\d+$/ })).toBeVisible();

  await page.goto(sourcePath);
  await expect(region(page, "Text and its claims").getByRole("link", { name: /^We will sign the agreement by the end of next year \(claim \d+\)$/ })).toBeVisible();
  const created = await expand(page, "We will sign the agreement");
  await expect(created).toContainText(/Already a claim: claim #\d+/);
  await expect(created.getByRole("link", { name: /^Create claim/ })).toHaveCount(0);
  await expect(created.getByRole("checkbox")).toHaveCount(0);
  await created.getByRole("link", { name: /^Show in the article/ }).click();
  await expect(region(page, "Text and its claims").getByRole("link", { name: /^We will sign the agreement.*\(claim \d+\)$/ })).toBeInViewport();
});

test("dismissing a suggestion hides it for the source; Undo and Restore bring it back — by keyboard, at 360 px", async ({ page }) => {
  test.setTimeout(60_000); // an axe run
  await page.setViewportSize({ width: 360, height: 800 });
  const sourcePath = await addSource(page);
  const panel = region(page, "Suggested claims");

  await suggestion(page, "the ceasefire would hold").locator("summary").focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(suggestion(page, "the ceasefire would hold").getByRole("button", { name: /^Dismiss suggestion 3/ })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(panel.getByRole("status")).toHaveText("Dismissed “the ceasefire would hold”.");
  await expect(suggestion(page, "the ceasefire would hold")).toHaveCount(0);
  const undo = panel.getByRole("button", { name: "Undo the dismissal" });
  await expect(undo).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(panel.getByRole("status")).toHaveText("Restored “the ceasefire would hold”.");
  await expect(suggestion(page, "the ceasefire would hold")).toHaveCount(1);

  await (await expand(page, "the ceasefire would hold")).getByRole("button", { name: /^Dismiss/ }).click();
  await expect(suggestion(page, "the ceasefire would hold")).toHaveCount(0);
  await page.goto(sourcePath);
  await expect(suggestion(page, "the ceasefire would hold")).toHaveCount(0);
  await expect(suggestionList(page).getByRole("listitem")).toHaveCount(2);

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoSeriousAxeViolations(page);

  await panel.getByText("Show dismissed suggestions (1)").click();
  await panel.getByRole("button", { name: /^Restore suggestion 3, “the ceasefire would hold”/ }).click();
  await expect(panel.getByRole("status")).toHaveText("Restored “the ceasefire would hold”.");
  await expect(suggestion(page, "the ceasefire would hold")).toHaveCount(1);
  await expect(panel.getByText(/Show dismissed suggestions/)).toHaveCount(0);
});
