import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../lib/accounts/demo-accounts.ts";
import { signIn, unique } from "./support.ts";

const editor = DEMO_ACCOUNTS[1];

/** A published claim naming a new claimant, as a suggestion's "new claimant" would make it. */
async function claimByNewClaimant(page: Page, claimant: string, quote: string) {
  await page.goto("/editor/claims/new");
  await page.getByLabel("Quote", { exact: true }).fill(quote);
  await page.getByLabel("Summary", { exact: true }).fill("Turkey will open the border once a treaty is signed.");
  await page.getByLabel("Headline (optional)", { exact: true }).fill("Turkey's border promise: awaiting a treaty");
  await page.getByLabel("Claimant", { exact: true }).selectOption({ label: "New claimant…" });
  await page.getByLabel("Name", { exact: true }).fill(claimant);
  await page.getByLabel("Stated on", { exact: true }).fill("2022-03-03");
  await page.getByLabel("Kind", { exact: true }).selectOption({ label: "Promise" });
  await page.getByLabel("Visibility", { exact: true }).selectOption({ label: "Published (readers see it)" });
  await page.getByRole("button", { name: "Create claim" }).click();
  await expect(page).toHaveURL(/\/editor\/claims\/\d+$/);
}

test("an editor corrects a claimant, merges two, and every old public address leads to the one that stayed", async ({ page, request }) => {
  test.setTimeout(90_000); // two claims, three claimant pages and a merge, on a shared machine
  const tag = unique();
  const survivor = `Mevlut Cavusoglu ${tag}`;
  const duplicate = `Turkish FM Cavusoglu ${tag}`;
  await signIn(page, editor, "/editor");
  await claimByNewClaimant(page, survivor, `We will support the talks ${tag}`);
  await claimByNewClaimant(page, duplicate, `We will open the border ${tag}`);
  // Readers have seen the duplicate's page: it is in the page cache now.
  const firstAddress = `/claimants/turkish-fm-cavusoglu-${tag}`;
  expect((await request.get(firstAddress)).status()).toBe(200);
  expect((await request.get(firstAddress)).status()).toBe(200);

  // The seeded claimants' organisation and country are there to correct.
  await page.goto("/editor/claimants");
  await page.getByLabel("Search claimants", { exact: true }).fill("carpenter");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: "Michael Carpenter" }).click();
  await expect(page.getByLabel("Organisation (optional)", { exact: true })).toHaveValue("U.S. Mission to the OSCE");
  await expect(page.getByLabel("Country (optional)", { exact: true })).toHaveValue("United States");

  // The duplicate: a refused save says why beside each field and keeps what was typed.
  await page.goto(`/editor/claimants?q=${encodeURIComponent(duplicate)}`);
  await page.getByRole("link", { name: duplicate }).click();
  await page.getByLabel("Name", { exact: true }).fill("");
  await page.getByLabel("Wikidata id (optional)", { exact: true }).fill("Q0");
  await page.getByLabel("Country (optional)", { exact: true }).fill("Türkiye");
  await page.getByRole("button", { name: "Save claimant" }).click();
  await expect(page.getByLabel("Name", { exact: true })).toHaveAccessibleDescription(/Enter the name\./);
  await expect(page.getByLabel("Wikidata id (optional)", { exact: true })).toHaveAccessibleDescription(/Q followed by its number/);
  await expect(page.getByLabel("Wikidata id (optional)", { exact: true })).toHaveValue("Q0");
  await expect(page.getByLabel("Country (optional)", { exact: true })).toHaveValue("Türkiye");

  // A rename moves the public page; the old address answers with a permanent redirect.
  await page.getByLabel("Name", { exact: true }).fill(`FM Cavusoglu ${tag}`);
  await page.getByLabel("Wikidata id (optional)", { exact: true }).fill("");
  await page.getByRole("button", { name: "Save claimant" }).click();
  const secondAddress = `/claimants/fm-cavusoglu-${tag}`;
  await expect(page.getByRole("status")).toHaveText(`Saved. The public page moved to ${secondAddress}; ${firstAddress} leads there.`);
  const renamed = await request.get(firstAddress, { maxRedirects: 0 });
  expect(renamed.status()).toBe(308);
  expect(renamed.headers().location).toBe(secondAddress);
  expect((await request.get(secondAddress)).status()).toBe(200);

  // The one that stays: its role with dates, organisation, country, Wikidata id, description.
  await page.goto(`/editor/claimants?q=${encodeURIComponent(survivor)}`);
  await page.getByRole("link", { name: survivor }).click();
  await expect(page).toHaveURL(/\/editor\/claimants\/\d+$/);
  const survivorPage = page.url();
  await page.getByLabel("Title or role (optional)", { exact: true }).fill("Foreign Minister of Türkiye");
  await page.getByLabel("In the role from (optional)", { exact: true }).fill("2014-08-29");
  await page.getByLabel("In the role until (optional)", { exact: true }).fill("2023-06-04");
  await page.getByLabel("Organisation (optional)", { exact: true }).fill("Ministry of Foreign Affairs");
  await page.getByLabel("Country (optional)", { exact: true }).fill("Türkiye");
  await page.getByLabel("Aliases (optional)", { exact: true }).fill("Mevlüt Çavuşoğlu");
  await page.getByLabel("Wikidata id (optional)", { exact: true }).fill("Q312590");
  await page.getByRole("button", { name: "Save claimant" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  await expect(page.getByText("Foreign Minister of Türkiye, 2014–2023")).toBeVisible();
  await expect(page.getByRole("link", { name: "Q312590" })).toHaveAttribute("href", "https://www.wikidata.org/wiki/Q312590");

  // Merge, after a confirmation that says what happens.
  const merge = page.getByRole("form", { name: "Merge claimants" });
  await merge.getByLabel("The other claimant", { exact: true }).selectOption({ label: `FM Cavusoglu ${tag} (1 claim)` });
  await merge.getByRole("radio", { name: `${survivor} (this one)` }).check();
  await merge.getByRole("button", { name: "Merge…" }).click();
  await expect(merge).toContainText(`Merge “FM Cavusoglu ${tag}” into “${survivor}”? Its 1 claim move`);
  await merge.getByRole("button", { name: "Cancel" }).click();
  await expect(merge.getByRole("button", { name: "Merge…" })).toBeFocused();
  await merge.getByRole("button", { name: "Merge…" }).click();
  await merge.getByRole("button", { name: `Merge into ${survivor}` }).click();
  await expect(page).toHaveURL(`${survivorPage}?merged=1`);
  await expect(page.getByRole("status").first()).toContainText("Merged: 1 claim moved");
  await expect(page.getByLabel("Aliases (optional)", { exact: true })).toHaveValue(`Mevlüt Çavuşoğlu\nFM Cavusoglu ${tag}`);

  // Both old addresses of the merged claimant lead readers to the survivor's page, which shows it all.
  for (const address of [firstAddress, secondAddress]) {
    const response = await request.get(address, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers().location).toBe(`/claimants/mevlut-cavusoglu-${tag}`);
  }
  await page.goto(firstAddress);
  await expect(page).toHaveURL(new RegExp(`/claimants/mevlut-cavusoglu-${tag}$`));
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1 })).toHaveText(survivor);
  await expect(main).toContainText("Foreign Minister of Türkiye, 2014–2023 · Ministry of Foreign Affairs · Türkiye");
  await expect(main.getByText("Also known as", { exact: true })).toBeVisible();
  await expect(main.getByText(`Mevlüt Çavuşoğlu · FM Cavusoglu ${tag}`, { exact: true })).toBeVisible();
  await expect(main.getByRole("link", { name: "Q312590" })).toHaveAttribute("href", "https://www.wikidata.org/wiki/Q312590");
  await expect(main.getByText(`We will open the border ${tag}`)).toBeVisible();
  await expect(main.getByText(`We will support the talks ${tag}`)).toBeVisible();
});
