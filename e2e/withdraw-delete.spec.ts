import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../lib/accounts/demo-accounts.ts";
import { sitemapFilePath } from "../lib/public/sitemap.ts";
import { expectNoSeriousAxeViolations } from "./reader-axe.ts";
import { createClaim, openTab, region, signIn, unique } from "./support.ts";

const [, editor] = DEMO_ACCOUNTS;

test("an editor withdraws a published claim with a reason; readers see the notice and its history, and find it nowhere else", async ({ page, browser }) => {
  test.setTimeout(90_000);
  await signIn(page, editor, "/editor");
  const word = unique();
  const summary = `To be withdrawn ${word}.`;
  const id = (await createClaim(page, summary)).split("/").pop()!;
  await region(page, "Draft").getByRole("button", { name: "Publish" }).click();
  await expect(region(page, "Published").getByRole("status")).toHaveText("Published: readers can see the claim.");

  // A confirmation step first: the reason is required, and readers will see it.
  const withdraw = await openTab(page, "Withdraw");
  await withdraw.getByText("Withdraw this claim…").click();
  await withdraw.getByRole("button", { name: `Withdraw claim #${id}` }).click();
  await expect(withdraw.getByText("Choose why the claim is withdrawn.")).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await withdraw.getByLabel("Reason", { exact: true }).selectOption({ label: "The quote could not be verified" });
  await withdraw.getByLabel("Explanation (optional)", { exact: true }).fill("The recording has other words.");
  await withdraw.getByLabel("Correction note (shown to readers)", { exact: true }).fill("The quote was not what was said.");
  await withdraw.getByRole("button", { name: `Withdraw claim #${id}` }).click();
  const reason = "The quote could not be verified. The recording has other words.";
  await expect(region(page, "Withdrawn").getByRole("status")).toContainText(`“${reason}”`);

  // A reader, not signed in.
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  await reader.goto(`/claims/${id}`);
  await expect(reader.getByRole("heading", { level: 1, name: `Claim #${id} was withdrawn` })).toBeVisible();
  await expect(reader.getByRole("note", { name: "Withdrawal notice" })).toContainText(`Reason: ${reason}`);
  await expect(reader.getByText(summary)).toHaveCount(0);
  const history = reader.getByRole("list", { name: "Timeline entries, oldest first" });
  await expect(history.getByRole("listitem").first()).toContainText("Statement made");
  await expect(history.getByRole("listitem").last()).toContainText("Withdrawn");
  await expect(history.getByRole("listitem").last()).toContainText(reason);
  await expect(reader.locator('script[type="application/ld+json"]')).toHaveCount(0);
  await expectNoSeriousAxeViolations(reader);

  await reader.goto(`/search?q=${word}`);
  await expect(reader.getByText(summary)).toHaveCount(0);
  const sitemap = await reader.request.get(sitemapFilePath("claims", Number(id)));
  expect(sitemap.status()).toBe(200);
  expect(await sitemap.text()).not.toContain(`/claims/${id}<`);
  const json = await (await reader.request.get(`/api/claims/${id}`)).json();
  expect(json.withdrawn).toMatchObject({ reason });
  expect(json.history.at(-1)).toMatchObject({ type: "WITHDRAWN" });
  await readerContext.close();
});

test("an editor deletes a junk draft after confirming, and its page then says who deleted it", async ({ page }) => {
  await signIn(page, editor, "/editor");
  const path = await createClaim(page, `A junk draft ${unique()}.`);
  const id = path.split("/").pop()!;
  const remove = await openTab(page, "Delete");
  await expect(remove.getByRole("button", { name: `Delete draft #${id}` })).toBeHidden();
  await remove.getByText("Delete this draft…").click();
  await remove.getByLabel("Why (optional)", { exact: true }).fill("Made while testing.");
  await expectNoSeriousAxeViolations(page);
  await remove.getByRole("button", { name: `Delete draft #${id}` }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  const notice = page.getByRole("status").filter({ hasText: "was deleted" });
  await expect(notice).toContainText(`Claim #${id} was deleted by ${editor.name} on`);
  await expect(notice).toContainText("Why: Made while testing.");
  expect((await page.request.get(`/api/claims/${id}`)).status()).toBe(404);
});
