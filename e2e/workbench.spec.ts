import { expect, test, type Browser } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../lib/accounts/demo-accounts.ts";
import { createClaim, region, signIn, unique } from "./support.ts";

const [admin, editor] = DEMO_ACCOUNTS;

// Other specs use the same server and demo accounts: these tests work only on claims they create.

test("an editor creates a claim, edits it, links an outcome, gives a verdict, publishes it, and the history shows each step", async ({ page }) => {
  await signIn(page, editor, "/editor/claims/new");

  // A form error keeps what was typed.
  await page.getByLabel("Quote").fill("words that are in no source at all");
  await page.getByLabel("Source (optional)", { exact: true }).selectOption({ index: 1 });
  await page.getByRole("button", { name: "Create claim" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Check the highlighted fields");
  await expect(page.getByLabel("Summary")).toHaveAccessibleDescription(/Enter a neutral summary/);
  await expect(page.getByLabel("Quote")).toHaveValue("words that are in no source at all");

  const path = await createClaim(page, "Biden urges a peace treaty by the end of 2024.");
  const claimId = path.split("/").pop()!;

  const edit = region(page, "Edit");
  await edit.getByLabel("Summary").fill("Biden urges Azerbaijan to sign a peace treaty before 2025.");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByRole("status")).toHaveText("Saved (version 2).");

  // A new outcome, created from the claim's page, then linked to it.
  const outcomeTitle = `Treaty text agreed ${unique()}`;
  await region(page, "Outcomes").getByRole("link", { name: "Create a new outcome" }).click();
  await page.getByLabel("Title").fill(outcomeTitle);
  await page.getByLabel("Happened on").fill("2025-03-13");
  await page.getByLabel("Or its web address").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Create outcome" }).click();
  await expect(page.getByLabel("Or its web address")).toHaveAccessibleDescription(/starting with http:\/\/ or https:\/\//);
  await page.getByLabel("Or its web address").fill("https://example.org/treaty-text");
  await page.getByRole("button", { name: "Create outcome" }).click();
  await expect(page.getByRole("status")).toHaveText(`Outcome “${outcomeTitle}” created.`);
  await page.getByRole("link", { name: /Back to the claim/ }).click();

  // A verdict is refused before an outcome is linked.
  const status = region(page, "Status");
  await status.getByLabel("New status").selectOption("PARTIALLY_FULFILLED");
  await status.getByLabel("Rationale").fill("The text was agreed, but nothing was signed in 2024.");
  await status.getByRole("button", { name: "Change status" }).click();
  await expect(status.getByLabel("New status")).toHaveAccessibleDescription(/link at least one outcome/);
  await expect(status.getByLabel("Rationale")).toHaveValue("The text was agreed, but nothing was signed in 2024.");

  const outcomes = region(page, "Outcomes");
  await outcomes.getByLabel("Outcome", { exact: true }).selectOption({ label: `2025-03-13 — ${outcomeTitle}` });
  await outcomes.getByLabel("Relation").selectOption({ label: "Partly supports" });
  await outcomes.getByLabel("Note").fill("Agreed text, not yet signed.");
  await outcomes.getByRole("button", { name: "Link outcome" }).click();
  await expect(outcomes.getByRole("status")).toHaveText("Outcome linked.");
  await expect(outcomes.getByRole("link", { name: outcomeTitle })).toBeVisible();

  await status.getByLabel("New status").selectOption("PARTIALLY_FULFILLED");
  await status.getByLabel("Rationale").fill("The text was agreed in March 2025, after the deadline; nothing was signed in 2024.");
  await status.getByRole("button", { name: "Change status" }).click();
  await expect(status.getByRole("status")).toHaveText("Status changed.");

  await region(page, "Draft").getByRole("button", { name: "Publish" }).click();
  await expect(region(page, "Published").getByRole("status")).toHaveText("Published: readers can see the claim.");

  const history = region(page, "History").getByRole("listitem");
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
  const first = await editorPage(browser, editor, "/editor/claims/new");
  const path = await createClaim(first, "The original summary.");
  const second = await editorPage(browser, admin, path);

  await region(first, "Edit").getByLabel("Summary").fill("The first editor's summary.");
  await region(first, "Edit").getByRole("button", { name: "Save changes" }).click();
  await expect(region(first, "Edit").getByRole("status")).toHaveText("Saved (version 2).");

  const edit = region(second, "Edit");
  await edit.getByLabel("Summary").fill("The second editor's summary.");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByRole("alert")).toHaveText("This claim changed since you opened it.");
  const changed = edit.getByRole("region", { name: /What changed since you opened it/ });
  await expect(changed.getByRole("row", { name: /Summary/ })).toContainText("The original summary.");
  await expect(changed.getByRole("row", { name: /Summary/ })).toContainText("The first editor's summary.");
  await expect(edit.getByLabel("Summary")).toHaveValue("The second editor's summary.");

  // Nothing was overwritten.
  await second.reload();
  await expect(region(second, "Edit").getByLabel("Summary")).toHaveValue("The first editor's summary.");
  await expect(region(second, "History").getByRole("listitem").filter({ hasText: "Edited by" })).toHaveCount(1);

  await first.context().close();
  await second.context().close();
});
