import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../lib/accounts/demo-accounts.ts";
import { expectNoSeriousAxeViolations } from "./reader-axe.ts";
import { createClaim, signIn, unique } from "./support.ts";

const [, editor] = DEMO_ACCOUNTS;

// Other specs use the same server: this one finds only the claim it creates, by a word of its
// summary. The form sends its empty fields too (`status=&claimant=…`): only the filled ones are checked.

test("an editor searches the claims list and filters it by keyboard, and the URL keeps the state", async ({ page }) => {
  test.slow(); // a claim created through the form, several pages, two axe runs: 33 s on a loaded machine
  await signIn(page, editor, "/editor");
  const word = `listcheck${unique()}`;
  const claimPath = await createClaim(page, `The ${word} talks resume in spring.`);

  await page.goto("/editor/claims");
  const search = page.getByLabel("Search claims", { exact: true });
  await search.fill(word);
  await search.press("Enter");
  await page.waitForURL((url) => url.pathname === "/editor/claims" && url.searchParams.get("q") === word);
  await expect(page.getByRole("main").getByRole("status")).toHaveText("1 claim");
  const table = page.getByRole("table", { name: "Claims, most recently changed first" });
  await expect(table.getByRole("link")).toHaveCount(1);
  await expect(table.getByRole("link")).toHaveAttribute("href", claimPath);
  await expect(table.getByRole("row").nth(1)).toContainText("Draft");

  // From the search field to the state filter by Tab (past the Search button and the status filter).
  await search.focus();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  const state = page.getByLabel("State", { exact: true });
  await expect(state).toBeFocused();
  await page.keyboard.press("p");
  await expect(state).toHaveValue("published");
  await search.press("Enter");
  await page.waitForURL((url) => url.searchParams.get("q") === word && url.searchParams.get("state") === "published");
  await expect(page.getByText("No claim matches.")).toBeVisible();

  await state.focus();
  await page.keyboard.press("d");
  await search.press("Enter");
  await page.waitForURL((url) => url.searchParams.get("q") === word && url.searchParams.get("state") === "draft");
  await expect(table.getByRole("link")).toHaveAttribute("href", claimPath);

  // The URL alone restores the search and the filter.
  const url = page.url();
  await page.goto("/editor");
  await page.goto(url);
  await expect(search).toHaveValue(word);
  await expect(state).toHaveValue("draft");
  await expect(table.getByRole("link")).toHaveCount(1);

  // A parameter it does not understand is named above a working list, not an error page.
  const response = await page.goto(`/editor/claims?q=${word}&state=archived`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("State must be one of draft, published, withdrawn.");
  await expect(table.getByRole("link")).toHaveCount(1);
  await expectNoSeriousAxeViolations(page);

  // The dashboard's tables list the new draft once (the activity log below them names it again).
  await page.goto("/editor");
  await expect(page.getByRole("main").getByRole("table").locator(`a[href="${claimPath}"]`)).toHaveCount(1);
  await expectNoSeriousAxeViolations(page);
});
