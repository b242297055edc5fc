import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../lib/accounts/demo-accounts.ts";
import { demoSources } from "../prisma/seed-data.ts";
import { signIn, unique } from "./support.ts";

const editor = DEMO_ACCOUNTS[1];

test("an editor uploads an HTML article, selects a statement by keyboard and starts a claim from it, with a suggestion's defaults", async ({ page }) => {
  const title = `Summit report ${unique()}`;
  const statement = "the treaty will be signed before the end of the year";
  const html = `<html><head><title>${title}</title><script>track()</script></head><body><nav>Menu</nav><article>
    <h1>${title}</h1><p>The minister said that ${statement}, according to officials.</p><p>Talks resume in March.</p></article></body></html>`;
  const upload = { name: "summit.html", mimeType: "text/html", buffer: Buffer.from(html) };

  await signIn(page, editor, "/editor/sources/new");
  await page.getByLabel("Published (optional)", { exact: true }).fill("2025-03-13");
  await page.getByLabel("URL (optional)", { exact: true }).fill("javascript:alert(1)");
  await page.getByLabel("Or upload a file", { exact: true }).setInputFiles(upload);
  await page.getByRole("button", { name: "Add source" }).click();

  // Refused: the typed fields stay; the browser empties the file field, and the form says so beside it.
  const file = page.getByLabel("Or upload a file", { exact: true });
  await expect(page.getByLabel("URL (optional)", { exact: true })).toHaveAccessibleDescription(/http:\/\/ or https:\/\//);
  await expect(page.getByLabel("Published (optional)", { exact: true })).toHaveValue("2025-03-13");
  await expect(file).toHaveAccessibleDescription(/“summit\.html” was not kept.*Choose the file again/);
  await page.getByLabel("URL (optional)", { exact: true }).fill("");
  await file.setInputFiles(upload);
  await expect(file).not.toHaveAccessibleDescription(/was not kept/);
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page.getByRole("status")).toContainText(`Saved “${title}”.`);
  await page.getByRole("link", { name: "Open the source to select its claims" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  const text = page.getByLabel("Select a statement", { exact: true });
  await expect(text).toHaveValue(/The minister said that the treaty will be signed/);
  const body = await text.inputValue();
  expect(body).not.toContain("track()");
  expect(body).not.toContain("Menu");

  // Keyboard only: move the caret to the statement, then extend the selection with Shift+Arrow,
  // sloppily: the comma after it is selected too, and left out of the quote.
  await text.focus();
  await page.keyboard.press("Control+Home");
  for (let i = 0; i < body.indexOf(statement); i++) await page.keyboard.press("ArrowRight");
  for (let i = 0; i < `${statement},`.length; i++) await page.keyboard.press("Shift+ArrowRight");
  await expect(page.getByText(`Selected: “${statement}”`)).toBeVisible();
  await page.getByRole("button", { name: "New claim from selection" }).click();

  // The defaults a suggestion gets: stated on the publication date, kind and due date read from the words.
  await expect(page).toHaveURL(/\/editor\/claims\/new\?source=\d+&quote=/);
  await expect(page.getByLabel("Quote", { exact: true })).toHaveValue(statement);
  await expect(page.getByLabel("Stated on", { exact: true })).toHaveValue("2025-03-13");
  await expect(page.getByLabel("Kind", { exact: true })).toHaveValue("PREDICTION");
  await expect(page.getByLabel("Due by (optional)", { exact: true })).toHaveValue("2025-12-31");
  await expect(page.getByLabel("Which occurrence (optional)", { exact: true })).toHaveValue("1");
});

test("a source used by a claim cannot be deleted, with a clear message", async ({ page }) => {
  await signIn(page, editor, "/editor/sources");
  await page.getByRole("link", { name: demoSources.commonspace.title }).click();
  await page.getByText("Delete this source…").click();
  await page.getByRole("button", { name: /^Delete source #\d+$/ }).click();
  await expect(page.getByRole("alert").filter({ hasText: "cannot be deleted" })).toHaveText(/^This source cannot be deleted: \d+ claims? use it\.$/);
});

test("an editor checks a CSV file, sees per-row errors, then imports a good file once", async ({ page }) => {
  const id = unique();
  await signIn(page, editor, "/editor/import");
  const header = "external_id,quote,summary,claimant,stated_at,kind";
  await page.getByLabel("Claims CSV file", { exact: true }).setInputFiles({ name: "huge.csv", mimeType: "text/csv", buffer: Buffer.alloc(6 * 1024 * 1024, 97) });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByText("The file is 6 MB; the limit is 5 MB.")).toBeVisible();

  await page.getByLabel("Claims CSV file", { exact: true }).setInputFiles({
    name: "bad.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`${header}\r\n${id}-bad,Words,Summary,Someone,2025-02-30,GUESS\r\n`),
  });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Some rows have errors" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Rows with errors" })).toContainText("kind");

  const good = `${header}\r\n${id}-1,We shall open the border,A promise,Ilham Aliyev,2025-03-01,PROMISE\r\n${id}-2,Peace is near,An assertion,Nikol Pashinyan,2025-03-02,ASSERTION\r\n`;
  await page.getByLabel("Claims CSV file", { exact: true }).setInputFiles({ name: "good.csv", mimeType: "text/csv", buffer: Buffer.from(good) });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByRole("table", { name: "What will be imported" })).toContainText("We shall open the border");
  await expect(page.getByLabel("Claims CSV file", { exact: true })).toHaveAccessibleDescription(/Checked: “good\.csv”/);
  await page.getByRole("button", { name: "Import 2 claims" }).click();
  await expect(page.getByRole("status")).toHaveText(/^Imported 2 claims as drafts; 0 already /);

  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByRole("status")).toContainText("0 new claims to import, 2 already ");
});

test("a reader downloads the filtered claims as CSV from the index", async ({ page }) => {
  await page.goto("/?status=FULFILLED");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "claims", exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^claims-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  const lines = text.trim().split("\r\n");
  expect(lines[0]).toMatch(/^id,permalink,quote,/);
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.slice(1).every((line) => line.includes(",FULFILLED,Borne out,"))).toBe(true);
});
