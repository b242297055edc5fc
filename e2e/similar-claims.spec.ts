import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../lib/accounts/demo-accounts.ts";
import { createClaim, openTab, region, signIn } from "./support.ts";

const [, editor] = DEMO_ACCOUNTS;

test("a duplicate is caught while the editor types it, and once linked, readers are sent to the original", async ({ page }) => {
  test.slow(); // a long journey: several claims created through the forms
  await signIn(page, editor, "/editor/claims/new");
  await page.getByLabel("Quote").fill("The sides have made TANGİBLE progress towards a peace agreement");
  const similar = page.getByRole("region", { name: /Similar claims already in the ledger/ });
  // The lookup waits for the editor to pause typing, then asks the server: on a loaded 2-core CI machine that took over 5 s once.
  await expect(similar).toBeVisible({ timeout: 15_000 });
  await expect(similar.getByRole("link", { name: /tangible progress/i }).first()).toBeVisible();
  await expect(similar).toContainText(/\d+% similar/);

  // Two claims of the same statement: the second is marked as a duplicate of the first.
  const originalPath = await createClaim(page, "Original report of the statement.");
  const originalId = originalPath.split("/").pop()!;
  await region(page, "Draft").getByRole("button", { name: "Publish" }).click();
  await expect(region(page, "Published").getByRole("status")).toHaveText("Published: readers can see the claim.");
  const duplicatePath = await createClaim(page, "Second outlet's report of the same statement.");
  const duplicateId = duplicatePath.split("/").pop()!;
  await region(page, "Draft").getByRole("button", { name: "Publish" }).click();
  await expect(region(page, "Published").getByRole("status")).toHaveText("Published: readers can see the claim.");

  const links = await openTab(page, "Linked claims");
  await links.getByLabel("Other claim number").fill(originalId);
  await links.getByLabel("Link", { exact: true }).selectOption("DUPLICATE_OF");
  await links.getByRole("button", { name: "Link claims" }).click();
  await expect(links.getByRole("status")).toContainText(`Marked as a duplicate of claim #${originalId}`);
  await expect((await openTab(page, "History")).getByRole("listitem").first()).toContainText(`This claim is a duplicate of claim #${originalId}`);

  // A cycle is refused with a message next to the field.
  await page.goto(originalPath);
  const back = await openTab(page, "Linked claims");
  await back.getByLabel("Other claim number").fill(duplicateId);
  await back.getByRole("button", { name: "Link claims" }).click();
  await expect(back.getByLabel("Other claim number")).toHaveAccessibleDescription(/already linked/);

  await page.goto(`/claims/${duplicateId}`);
  await expect(page).toHaveURL(new RegExp(`/claims/${originalId}\\?from=${duplicateId}$`));
  await expect(page.getByRole("note")).toContainText(`You followed claim #${duplicateId}`);
  const alsoSaid = page.getByRole("region", { name: "Also said" });
  await expect(alsoSaid).toContainText("the same statement, reported elsewhere");
  await page.getByRole("link", { name: `Read claim #${duplicateId} and its own history` }).click();
  await expect(page).toHaveURL(new RegExp(`/claims/${duplicateId}\\?stay=1$`));
  await expect(page.getByRole("note")).toContainText(`tracked as claim #${originalId}`);
  await expect(page.getByRole("list", { name: /Timeline entries/ })).toContainText(`Marked as a duplicate of claim #${originalId}`);
  await page.goto(`/claims/${originalId}`);
  await expect(page.getByRole("list", { name: /Timeline entries/ })).toContainText(`Claim #${duplicateId} marked as a duplicate of this claim`);
});

test("the duplicates page lists likely pairs and remembers a dismissal", async ({ page }) => {
  test.slow(); // a long journey: several claims created through the forms
  await signIn(page, editor, "/editor");
  const first = (await createClaim(page, "Pair, first report.")).split("/").pop()!;
  const second = (await createClaim(page, "Pair, second report.")).split("/").pop()!;
  await page.goto("/editor/duplicates");
  await expect(page.getByRole("heading", { level: 1, name: "Likely duplicates" })).toBeVisible();
  // Other specs create claims with the same words; walk the pages until this pair shows.
  const pair = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: new RegExp(`claims #${first} and #${second},`) }) });
  for (let step = 0; step < 20 && !(await pair.isVisible()); step++) {
    await page.getByRole("link", { name: "Compare the next claims" }).click();
  }
  await expect(pair).toBeVisible();
  await pair.getByRole("button", { name: `Not duplicates (claims #${first} and #${second})` }).click();
  await expect(pair.getByRole("status")).toContainText("will not be proposed as duplicates again");
  await page.reload();
  await expect(page.getByRole("heading", { name: new RegExp(`claims #${first} and #${second},`) })).toHaveCount(0);
});
