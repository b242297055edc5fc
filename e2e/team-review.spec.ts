import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../lib/accounts/demo-accounts.ts";
import { expectNoSeriousAxeViolations } from "./reader-axe.ts";
import { createClaim, openTab, region, signIn, unique } from "./support.ts";

const [admin, editor] = DEMO_ACCOUNTS;

// Runs on the e2e server with review before publishing on (the "review" project, playwright.config.ts).

test("an editor assigns a claim to another, who proposes its verdict; readers see it only once the first approves", async ({ page, browser }) => {
  test.setTimeout(150_000); // two editors, two approvals, an axe run
  await signIn(page, admin, "/editor");
  const word = unique();
  const path = await createClaim(page, `Review journey ${word}.`);
  const id = path.split("/").pop()!;

  await page.getByLabel("Assignee", { exact: true }).selectOption({ label: editor.name });
  await page.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(page.getByText("Assigned.", { exact: true })).toBeVisible();
  await region(page, "Draft").getByRole("button", { name: "Publish" }).click();
  await expect(region(page, "Draft").getByRole("status")).toHaveText("Submitted for review: another editor must approve it before readers see it.");
  await page.reload();
  await expect(region(page, "Waiting for review")).toContainText("Publish the claim.");
  await expect(region(page, "Waiting for review").getByRole("button", { name: "Approve" })).toBeVisible(); // an admin may approve their own

  // The assignee finds the claim on the workbench home, approves its publication and proposes a verdict.
  const context = await browser.newContext();
  const other = await context.newPage();
  await signIn(other, editor, "/editor");
  await expect(region(other, "My claims").locator(`a[href="/editor/claims/${id}"]`)).toBeVisible();
  await region(other, "Waiting for your review").getByRole("link", { name: new RegExp(`#${id} `) }).click();
  await expect(other).toHaveURL(new RegExp(`/editor/claims/${id}$`));
  await region(other, "Waiting for review").getByRole("button", { name: "Approve" }).click();
  await expect(region(other, "Published")).toBeVisible();
  await expect(region(other, "Waiting for review")).toHaveCount(0);

  await other.reload();
  await openTab(other, "Status and outcomes");
  const outcomes = region(other, "Outcomes");
  await outcomes.getByText("Link an outcome…").click();
  await outcomes.getByLabel("Outcome", { exact: true }).selectOption({ index: 1 });
  await outcomes.getByRole("button", { name: "Link outcome" }).click();
  await expect(outcomes.getByRole("status")).toHaveText("Outcome linked.");
  const status = region(other, "Status");
  await status.getByLabel("New status", { exact: true }).selectOption("FULFILLED");
  await status.getByLabel("Rationale", { exact: true }).fill(`The declaration was signed ${word}.`);
  await status.getByRole("button", { name: "Change status" }).click();
  await expect(status.getByRole("status")).toHaveText("Submitted for review: another editor must approve it before readers see it.");
  await other.reload();
  await expect(region(other, "Waiting for review")).toContainText("Another editor must approve your change.");
  await expect(region(other, "Waiting for review").getByRole("button", { name: "Approve" })).toHaveCount(0);
  await expectNoSeriousAxeViolations(other);
  await context.close();

  // Readers still see the claim without a verdict.
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  await reader.goto(`/claims/${id}`);
  await expect(reader.getByText("Where it stands")).toBeVisible();

  await page.goto("/editor");
  await region(page, "Waiting for your review").getByRole("link", { name: new RegExp(`#${id} `) }).click();
  await expect(region(page, "Waiting for review")).toContainText(`Change the status to “Borne out”: The declaration was signed ${word}.`);
  await region(page, "Waiting for review").getByRole("button", { name: "Approve" }).click();
  await expect(region(page, "Waiting for review")).toHaveCount(0);
  await openTab(page, "History");
  await expect(page.locator('[data-event-type="STATUS_CHANGED"]')).toContainText(`proposed by ${editor.name}, approved by ${admin.name}`);

  await reader.reload();
  await expect(reader.getByText("Our verdict")).toBeVisible();
  await expect(reader.getByText(`The declaration was signed ${word}.`).first()).toBeVisible();
  await readerContext.close();
});
