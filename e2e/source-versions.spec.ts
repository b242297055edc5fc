import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../lib/accounts/demo-accounts.ts";
import { expectNoSeriousAxeViolations } from "./reader-axe.ts";
import { region, signIn, unique } from "./support.ts";

const editor = DEMO_ACCOUNTS[1];
const sha256 = (text: string) => createHash("sha256").update(Buffer.from(text, "utf8")).digest("hex");

test("an editor changes the text of a source a published claim quotes, with a reason; readers see both versions with their hashes", async ({ page }) => {
  test.setTimeout(90_000);
  const title = `Talks report ${unique()}`;
  const quote = "the bridge would open before the winter";
  const v1 = `The minister said on Tuesday that ${quote}. Officials in Vienna were less sure.`;
  const v2 = v1.replace("said on", "said clearly on");

  await signIn(page, editor, "/editor/sources/new");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Publisher (optional)", { exact: true }).fill("E2E Times");
  await page.getByLabel("Article text", { exact: true }).fill(v1);
  await page.getByRole("button", { name: "Add source" }).click();
  await page.getByRole("link", { name: "Open the source to select its claims" }).click();
  await expect(page).toHaveURL(/\/editor\/sources\/\d+$/);
  const sourcePath = new URL(page.url()).pathname;
  const sourceId = sourcePath.split("/").at(-1)!;

  await page.goto("/editor/claims/new");
  await page.getByLabel("Quote", { exact: true }).fill(quote);
  await page.getByLabel("Summary", { exact: true }).fill("The bridge opens before winter.");
  await page.getByLabel("Headline (optional)", { exact: true }).fill("Biden's bridge before winter: awaiting outcome");
  await page.getByLabel("Claimant", { exact: true }).selectOption({ label: "Joe Biden (US President)" });
  await page.getByLabel("Source (optional)", { exact: true }).selectOption({ label: `${title} — E2E Times` });
  await page.getByLabel("Stated on", { exact: true }).fill("2024-04-09");
  await page.getByLabel("Kind", { exact: true }).selectOption({ label: "Promise" });
  await page.getByRole("button", { name: "Create claim" }).click();
  await expect(page).toHaveURL(/\/editor\/claims\/\d+$/);
  await region(page, "Draft").getByRole("button", { name: "Publish" }).click();
  await expect(region(page, "Published").getByRole("status")).toHaveText("Published: readers can see the claim.");

  // A changed text without a reason is refused next to the reason's field, keeping the new text.
  await page.goto(sourcePath);
  await page.getByText("Edit the title, details or text…").click();
  const text = page.getByLabel("Article text", { exact: true });
  await text.fill(v2);
  await page.getByRole("button", { name: "Save source" }).click();
  const reason = page.getByLabel("Why the text changed", { exact: true });
  await expect(reason).toHaveAccessibleDescription(/Say why the text changed/);
  await expect(text).toHaveValue(v2);
  await reason.fill("The publisher fixed a typo.");
  await page.getByRole("button", { name: "Save source" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toContainText("1 claim anchor(s) re-located");
  await expect(page.getByText("Text versions (2; current: version 2)")).toBeVisible();

  await page.goto(`/sources/${sourceId}`);
  const versions = region(page, `Versions of the text (2)`);
  await expect(versions.getByText(sha256(v2))).toBeVisible();
  await expect(versions.getByText(sha256(v1))).toBeVisible();
  await expect(versions.getByText("The publisher fixed a typo.")).toBeVisible();
  await versions.getByRole("link", { name: "Version 1" }).click();
  await expect(page).toHaveURL(new RegExp(`/sources/${sourceId}/versions/1$`));
  await expect(page.getByRole("heading", { level: 1, name: `${title}: version 1` })).toBeVisible();
  const old = region(page, "Text of version 1");
  await expect(old).toContainText("The minister said on Tuesday that");
  await expect(old).not.toContainText("said clearly");
  await expect(old.locator("mark")).toHaveText(quote);
  await expectNoSeriousAxeViolations(page);
});
