import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../lib/accounts/demo-accounts.ts";
import { expectNoSeriousAxeViolations } from "./reader-axe.ts";
import { createClaim, openTab, signIn, unique } from "./support.ts";

const [, editor] = DEMO_ACCOUNTS;

test("an editor finds claims, selects them all on the page and tags them at once", async ({ page }) => {
  test.setTimeout(90_000); // two claims made through the form, an axe run
  await signIn(page, editor, "/editor");
  const word = unique();
  const paths = [await createClaim(page, `Batch one ${word}.`), await createClaim(page, `Batch two ${word}.`)];

  await page.goto(`/editor/claims?q=${word}`);
  await expect(page.getByRole("status").filter({ hasText: "2 claims" })).toBeVisible();
  const batch = page.getByRole("group", { name: "Change several claims at once" });
  await batch.getByLabel("Select every claim on this page").check();
  for (const path of paths) await expect(page.getByLabel(`Select claim #${path.split("/").pop()}`)).toBeChecked();
  await batch.getByLabel("Change", { exact: true }).selectOption({ label: "Add a tag" });
  await batch.getByLabel("Tag", { exact: true }).fill(`batch-${word}`);
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("button", { name: "Apply to the selected claims" }).click();
  await expect(page.getByText("2 claims changed.")).toBeVisible();

  for (const path of paths) {
    await page.goto(path);
    const claimTab = await openTab(page, "Claim");
    await expect(claimTab.getByLabel("Tags (optional)", { exact: true })).toHaveValue(new RegExp(`batch-${word}`));
  }
});
