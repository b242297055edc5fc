import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../lib/accounts/demo-accounts.ts";
import { createClaim, openTab, region, signIn } from "./support.ts";

const [, editor] = DEMO_ACCOUNTS;

test("an editor sets a due date in the past, the claim joins the overdue queue, and a verdict takes it out", async ({ page }) => {
  test.slow(); // a long journey: several claims created through the forms
  await signIn(page, editor, "/editor");
  const path = await createClaim(page, "Biden expects a signed treaty by the end of 2024.");
  const claimLink = (scope: ReturnType<typeof region>) => scope.locator(`a[href="${path}"]`);

  const edit = await openTab(page, "Claim");
  await edit.getByLabel("Due by (optional)", { exact: true }).fill("2024-12-31");
  await edit.getByLabel("Due-date note (optional)", { exact: true }).fill("end of 2024, per the letter");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByRole("status")).toHaveText("Saved (version 2).");
  const change = (await openTab(page, "History")).getByRole("listitem").first();
  await expect(change).toContainText("Due by");
  await expect(change).toContainText("2024-12-31");

  await page.goto("/editor");
  const queue = region(page, "Overdue for review");
  await expect(claimLink(queue)).toBeVisible();
  await expect(queue.getByRole("row").filter({ has: page.locator(`a[href="${path}"]`) })).toContainText(/\d+ days overdue/);

  await page.goto(path);
  await openTab(page, "Status and outcomes");
  const outcomes = region(page, "Outcomes");
  await outcomes.getByText("Link an outcome…").click();
  await outcomes.getByLabel("Outcome", { exact: true }).selectOption({ index: 1 });
  await outcomes.getByLabel("Relation", { exact: true }).selectOption({ label: "Contradicts" });
  await outcomes.getByRole("button", { name: "Link outcome" }).click();
  await expect(outcomes.getByRole("status")).toHaveText("Outcome linked.");
  const status = region(page, "Status");
  await status.getByLabel("New status", { exact: true }).selectOption("NOT_FULFILLED");
  await status.getByLabel("Rationale", { exact: true }).fill("No treaty was signed in 2024.");
  await status.getByRole("button", { name: "Change status" }).click();
  await expect(status.getByRole("status")).toHaveText("Status changed.");

  await page.goto("/editor");
  await expect(region(page, "Overdue for review")).toBeVisible();
  await expect(claimLink(region(page, "Overdue for review"))).toHaveCount(0);
});

test("readers see the seeded Biden claim as overdue and can filter the index by it", async ({ page }) => {
  await page.goto("/?overdue=true");
  await expect(page.getByRole("search").getByLabel(/Only overdue claims/)).toBeChecked();
  const card = page.getByRole("article").filter({ hasText: "Aliyev should focus on reaching an agreement by the end of the year" });
  await expect(card).toContainText("Overdue since 1 January 2025");
  await card.getByRole("link", { name: /Aliyev should focus/ }).click();
  await expect(page.getByText("Overdue since 1 January 2025")).toBeVisible();
  await expect(page.getByText("End of 2024, per Biden's letter to Aliyev", { exact: false })).toBeVisible();

  const response = await page.request.get("/feed/overdue.xml");
  expect(response.headers()["content-type"]).toContain("application/atom+xml");
  expect(await response.text()).toContain("Aliyev should focus on reaching an agreement by the end of the year");
});
