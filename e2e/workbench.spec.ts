import { expect, test, type Browser } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../lib/accounts/demo-accounts.ts";
import { createClaim, openTab, region, signIn, unique } from "./support.ts";

const [admin, editor] = DEMO_ACCOUNTS;

// Other specs use the same server and demo accounts: these tests work only on claims they create.

test("an editor creates a claim, edits it, links an outcome, gives a verdict, publishes it, and the history shows each step", async ({ page }) => {
  test.slow(); // a long journey: a claim and an outcome created through the forms, every tab of the claim
  await signIn(page, editor, "/editor/claims/new");

  // A form error keeps everything: the chosen claimant and source, every typed field. An over-long
  // quote is kept whole (never cut) and refused with its limit named beside it.
  const longQuote = `${"words that are in no source at all ".repeat(60)}end`;
  await page.getByLabel("Quote", { exact: true }).fill(longQuote);
  await page.getByLabel("Claimant", { exact: true }).selectOption({ label: "Joe Biden (US President)" });
  await page.getByLabel("Source (optional)", { exact: true }).selectOption({ index: 1 });
  const sourceId = await page.getByLabel("Source (optional)", { exact: true }).inputValue();
  await page.getByLabel("Kind", { exact: true }).selectOption({ label: "Assertion" });
  await page.getByLabel("Tags (optional)", { exact: true }).fill("kept-tag");
  await page.getByRole("button", { name: "Create claim" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Check the highlighted fields");
  await expect(page.getByLabel("Summary", { exact: true })).toHaveAccessibleDescription(/Enter a neutral summary/);
  // Refused by the server (aria-invalid), which names the limit; the counter says how far over it is.
  await expect(page.getByLabel("Quote", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Quote", { exact: true })).toHaveAccessibleDescription(/2,000 characters.*103 over the limit/);
  await expect(page.getByLabel("Quote", { exact: true })).toHaveValue(longQuote);
  await expect(page.getByLabel("Claimant", { exact: true }).locator("option:checked")).toHaveText("Joe Biden (US President)");
  await expect(page.getByLabel("Source (optional)", { exact: true })).toHaveValue(sourceId);
  await expect(page.getByLabel("Kind", { exact: true })).toHaveValue("ASSERTION");
  await expect(page.getByLabel("Tags (optional)", { exact: true })).toHaveValue("kept-tag");
  await page.screenshot({ path: test.info().outputPath("claim-form-after-an-error.png"), fullPage: true });

  // A new claimant, typed in, survives an error too.
  await page.getByLabel("Claimant", { exact: true }).selectOption({ label: "New claimant…" });
  await page.getByLabel("Name", { exact: true }).fill("Erin Example");
  await page.getByLabel("Role or office (optional)", { exact: true }).fill("Spokesperson");
  await page.getByRole("button", { name: "Create claim" }).click();
  await expect(page.getByLabel("Summary", { exact: true })).toHaveAccessibleDescription(/Enter a neutral summary/);
  await expect(page.getByLabel("Claimant", { exact: true })).toHaveValue("new");
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Erin Example");
  await expect(page.getByLabel("Role or office (optional)", { exact: true })).toHaveValue("Spokesperson");
  await expect(page).toHaveURL(/\/editor\/claims\/new$/);

  // "Create claim" leads to the new claim's page (createClaim checks it).
  const path = await createClaim(page, "Biden urges a peace treaty by the end of 2024.");
  const claimId = path.split("/").pop()!;

  const edit = await openTab(page, "Claim");
  await edit.getByLabel("Summary", { exact: true }).fill("Biden urges Azerbaijan to sign a peace treaty before 2025.");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByRole("status")).toHaveText("Saved (version 2).");

  // A new outcome, created from the claim's page, then linked to it.
  const outcomeTitle = `Treaty text agreed ${unique()}`;
  await openTab(page, "Status and outcomes");
  await region(page, "Outcomes").getByRole("link", { name: "Create a new outcome" }).click();
  await page.getByLabel("Title", { exact: true }).fill(outcomeTitle);
  await page.getByLabel("Happened on", { exact: true }).fill("2025-03-13");
  await page.getByLabel("Or its web address", { exact: true }).fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Create outcome" }).click();
  await expect(page.getByLabel("Or its web address", { exact: true })).toHaveAccessibleDescription(/starting with http:\/\/ or https:\/\//);
  await page.getByLabel("Or its web address", { exact: true }).fill("https://example.org/treaty-text");
  await page.getByRole("button", { name: "Create outcome" }).click();
  await expect(page.getByRole("status")).toHaveText(`Outcome “${outcomeTitle}” created.`);
  await page.getByRole("link", { name: /Back to the claim/ }).click();
  await openTab(page, "Status and outcomes");

  // A verdict is refused before an outcome is linked.
  const status = region(page, "Status");
  await status.getByLabel("New status", { exact: true }).selectOption("PARTIALLY_FULFILLED");
  await status.getByLabel("Rationale", { exact: true }).fill("The text was agreed, but nothing was signed in 2024.");
  await status.getByRole("button", { name: "Change status" }).click();
  await expect(status.getByLabel("New status", { exact: true })).toHaveAccessibleDescription(/link at least one outcome/);
  await expect(status.getByLabel("Rationale", { exact: true })).toHaveValue("The text was agreed, but nothing was signed in 2024.");

  const outcomes = region(page, "Outcomes");
  await outcomes.getByText("Link an outcome…").click();
  await outcomes.getByLabel("Outcome", { exact: true }).selectOption({ label: `2025-03-13 — ${outcomeTitle}` });
  await outcomes.getByLabel("Relation", { exact: true }).selectOption({ label: "Partly supports" });
  await outcomes.getByLabel("Note (optional)", { exact: true }).fill("Agreed text, not yet signed.");
  await outcomes.getByRole("button", { name: "Link outcome" }).click();
  await expect(outcomes.getByRole("status")).toHaveText("Outcome linked.");
  await expect(outcomes.getByRole("link", { name: outcomeTitle })).toBeVisible();

  await status.getByLabel("New status", { exact: true }).selectOption("PARTIALLY_FULFILLED");
  await status.getByLabel("Rationale", { exact: true }).fill("The text was agreed in March 2025, after the deadline; nothing was signed in 2024.");
  await status.getByRole("button", { name: "Change status" }).click();
  await expect(status.getByRole("status")).toHaveText("Status changed.");

  await region(page, "Draft").getByRole("button", { name: "Publish" }).click();
  await expect(region(page, "Published").getByRole("status")).toHaveText("Published: readers can see the claim.");

  const history = (await openTab(page, "History")).getByRole("listitem");
  await expect(history).toHaveCount(5);
  await expect(history.nth(0)).toContainText(`Published by ${editor.name}`);
  await expect(history.nth(1)).toContainText(`Status changed by ${editor.name}`);
  await expect(history.nth(1)).toContainText("Awaiting outcome");
  await expect(history.nth(1)).toContainText("Partially borne out");
  await expect(history.nth(1)).toContainText("nothing was signed in 2024");
  await expect(history.nth(2)).toContainText(`Outcome linked by ${editor.name}`);
  await expect(history.nth(2)).toContainText(outcomeTitle);
  await expect(history.nth(3)).toContainText(`Edited by ${editor.name}`);
  await expect(history.nth(3)).toContainText("Biden urges Azerbaijan to sign a peace treaty before 2025.");
  await expect(history.nth(4)).toContainText(`Created by ${editor.name}`);
  await expect(history.locator("time").first()).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);

  // Readers now see it.
  await page.goto(`/claims/${claimId}`);
  await expect(page.getByText("Biden urges Azerbaijan to sign a peace treaty before 2025.").first()).toBeVisible();
  await expect(page.getByText(outcomeTitle).first()).toBeVisible();
});

async function editorPage(browser: Browser, account: { email: string; password: string }, path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account, path);
  return page;
}

test("a stale save from a second editor is refused, shows what changed and keeps the input", async ({ browser }) => {
  test.slow(); // two browsers, each signing in and opening the claim
  const first = await editorPage(browser, editor, "/editor/claims/new");
  const path = await createClaim(first, "The original summary.");
  const second = await editorPage(browser, admin, path);

  const firstEdit = first.getByRole("tabpanel", { name: "Claim" });
  await firstEdit.getByLabel("Summary", { exact: true }).fill("The first editor's summary.");
  await firstEdit.getByRole("button", { name: "Save changes" }).click();
  await expect(firstEdit.getByRole("status")).toHaveText("Saved (version 2).");

  const edit = second.getByRole("tabpanel", { name: "Claim" });
  await edit.getByLabel("Summary", { exact: true }).fill("The second editor's summary.");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByRole("alert")).toHaveText("This claim changed since you opened it.");
  const changed = edit.getByRole("region", { name: /What changed since you opened it/ });
  await expect(changed.getByRole("row", { name: /Summary/ })).toContainText("The original summary.");
  await expect(changed.getByRole("row", { name: /Summary/ })).toContainText("The first editor's summary.");
  await expect(edit.getByLabel("Summary", { exact: true })).toHaveValue("The second editor's summary.");

  // Nothing was overwritten.
  await second.reload();
  await expect(second.getByRole("tabpanel", { name: "Claim" }).getByLabel("Summary", { exact: true })).toHaveValue("The first editor's summary.");
  await expect((await openTab(second, "History")).getByRole("listitem").filter({ hasText: "Edited by" })).toHaveCount(1);

  await first.context().close();
  await second.context().close();
});
