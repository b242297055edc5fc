import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../lib/accounts/demo-accounts.ts";
import { suggestClaims } from "../lib/suggestions/index.ts";
import { demoClaims, demoSources } from "../prisma/seed-data.ts";
import { expectNoSeriousAxeViolations } from "./reader-axe.ts";
import { createClaim, openTab, region, signIn, unique } from "./support.ts";

const editor = DEMO_ACCOUNTS[1];

/** Two screens at 1280×800 (issue 14): the claim page and the source page never grow past it. */
const SCREEN = { width: 1280, height: 800 };
const TWO_SCREENS = 1600;

// The largest pages the demo data makes: the claim with the longest history, the source with the most suggestions.
const busiestClaim = demoClaims.reduce((most, claim) => (claim.history.length > most.history.length ? claim : most));
const busiestSource = Object.values(demoSources)
  .map((source) => ({ source, count: suggestClaims(source.body, { publishedAt: source.publishedAt ? new Date(source.publishedAt) : null }).length }))
  .reduce((most, entry) => (entry.count > most.count ? entry : most)).source;

const pageHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

async function openSource(page: Page, title: string) {
  await page.goto("/editor/sources");
  await page.getByRole("link", { name: title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

test("the busiest demo claim and source each fit in two screens at 1280×800, on every tab, and axe finds nothing serious", async ({ page }) => {
  test.setTimeout(120_000); // several axe runs
  await page.setViewportSize(SCREEN);
  await signIn(page, editor, "/editor");

  await openSource(page, busiestSource.title);
  const sourceHeight = await pageHeight(page);
  test.info().annotations.push({ type: "height", description: `source page “${busiestSource.title}”: ${sourceHeight} px` });
  expect(sourceHeight).toBeLessThanOrEqual(TWO_SCREENS);
  await expectNoSeriousAxeViolations(page);

  await openSource(page, demoSources[busiestClaim.source].title);
  await region(page, "Text and its claims").getByRole("link", { name: new RegExp(`^${busiestClaim.quote.slice(0, 30)}.*\\(claim \\d+\\)$`) }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Claim #\d+$/ })).toBeVisible();
  // The quote is marked in its source, scrolled into view inside the source's own box.
  const text = page.getByRole("region", { name: "Text of the source" });
  await expect(text.locator("mark", { hasText: "(this claim)" })).toBeVisible();
  const quoteInBox = await text.evaluate((box) => {
    const quote = box.querySelector("[data-current-quote]")!.getBoundingClientRect();
    const shown = box.getBoundingClientRect();
    return box.scrollTop > 0 && quote.top >= shown.top && quote.bottom <= shown.bottom;
  });
  expect(quoteInBox).toBe(true);

  for (const name of ["Claim", "Status and outcomes", "Linked claims", "Notes", "History", "Withdraw"]) {
    await openTab(page, name);
    const height = await pageHeight(page);
    test.info().annotations.push({ type: "height", description: `claim page, ${name} tab: ${height} px` });
    expect(height, `${name} tab`).toBeLessThanOrEqual(TWO_SCREENS);
    if (name === "Claim" || name === "Status and outcomes") await expectNoSeriousAxeViolations(page);
  }

  // The edit form folds a published claim's correction note until the quote or summary is reworded.
  const form = await openTab(page, "Claim");
  const note = form.getByLabel(/^Correction note \(shown to readers\)/);
  await expect(note).toBeHidden();
  await form.getByLabel("Summary", { exact: true }).fill(`${busiestClaim.summary} Reworded.`);
  await expect(note).toBeVisible();
});

test("tabs switch by mouse and by keyboard, are kept in the URL, work without JavaScript, and a refused form keeps its tab and input", async ({ page, browser }) => {
  test.setTimeout(90_000); // a long journey: a claim created, many steps, a second browser
  await signIn(page, editor, "/editor");
  const path = await createClaim(page, `Tabs ${unique()}.`);
  const tabs = page.getByRole("tablist", { name: /^Work on claim #\d+$/ });
  await expect(tabs.getByRole("tab", { name: "Claim", exact: true })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("tabpanel", { name: "History", exact: true })).toBeHidden();
  await expect(page.getByText("Next step: Publish when ready.")).toBeVisible();

  // Mouse.
  await tabs.getByRole("tab", { name: "History", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${path}\\?tab=history$`));
  await expect(page.getByRole("tabpanel", { name: "History", exact: true })).toBeVisible();
  await expect(page.getByRole("tabpanel", { name: "Claim", exact: true })).toBeHidden();

  // Keyboard: arrows move and select, Home and End go to the ends; only the selected tab is in the Tab order.
  await tabs.getByRole("tab", { name: "History", exact: true }).focus();
  await page.keyboard.press("ArrowLeft");
  await expect(tabs.getByRole("tab", { name: "Notes", exact: true })).toBeFocused();
  await expect(tabs.getByRole("tab", { name: "Notes", exact: true })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("tabpanel", { name: "Notes", exact: true })).toBeVisible();
  await page.keyboard.press("End");
  await expect(tabs.getByRole("tab", { name: "Delete", exact: true })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(tabs.getByRole("tab", { name: "Claim", exact: true })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(tabs.getByRole("tab", { name: "Status and outcomes", exact: true })).toHaveAttribute("aria-selected", "true");
  await expect(tabs.getByRole("tab", { name: "Claim", exact: true })).toHaveAttribute("tabindex", "-1");
  await expect(page).toHaveURL(new RegExp(`${path}\\?tab=status$`));

  // A verdict without an outcome is refused: the editor stays on the tab, with the error and what they typed.
  const status = region(page, "Status");
  await status.getByLabel("New status", { exact: true }).selectOption("FULFILLED");
  await status.getByLabel("Rationale", { exact: true }).fill("Typed before the refusal.");
  await status.getByRole("button", { name: "Change status" }).click();
  await expect(status.getByLabel("New status", { exact: true })).toHaveAccessibleDescription(/link at least one outcome/);
  await expect(page.getByRole("tabpanel", { name: "Status and outcomes", exact: true })).toBeVisible();
  await expect(status.getByLabel("Rationale", { exact: true })).toHaveValue("Typed before the refusal.");
  await expect(page).toHaveURL(new RegExp(`${path}\\?tab=status$`));

  // Another tab and back: the hidden panel kept its form as it was.
  await openTab(page, "Notes");
  await openTab(page, "Status and outcomes");
  await expect(status.getByLabel("Rationale", { exact: true })).toHaveValue("Typed before the refusal.");

  // A success keeps the tab too, and a reload opens it again.
  await openTab(page, "Notes");
  await page.getByLabel("New note", { exact: true }).fill("A note from the notes tab.");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByRole("tabpanel", { name: "Notes", exact: true }).getByRole("status")).toHaveText(/added/i);
  await expect(page).toHaveURL(new RegExp(`${path}\\?tab=notes$`));
  await page.reload();
  await expect(page.getByRole("tabpanel", { name: "Notes", exact: true })).toContainText("A note from the notes tab.");

  // Without JavaScript each tab is a link to the page on that tab.
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await context.newPage();
  await plain.goto(`${path}?tab=links`);
  await expect(plain.getByRole("tabpanel", { name: "Linked claims", exact: true })).toBeVisible();
  await expect(plain.getByRole("tabpanel", { name: "Claim", exact: true })).toBeHidden();
  await plain.getByRole("tab", { name: "History", exact: true }).click();
  await expect(plain).toHaveURL(new RegExp(`${path}\\?tab=history$`));
  await expect(plain.getByRole("tabpanel", { name: "History", exact: true })).toBeVisible();
  await context.close();
});

test("a draft without a headline is not published: the next step asks for it, Publish says why; written, readers meet it first", async ({ page }) => {
  await signIn(page, editor, "/editor");
  const summary = `Headline first ${unique()}.`;
  const path = await createClaim(page, summary, { headline: "" });
  const id = path.split("/").pop()!;
  await expect(page.getByText("Next step: Write the headline readers will see, then publish.")).toBeVisible();
  await region(page, "Draft").getByRole("button", { name: "Publish" }).click();
  await expect(region(page, "Draft")).toContainText("Readers see a published claim by its headline: write one (the verdict in one line) before publishing.");
  expect((await page.request.get(`/claims/${id}`, { maxRedirects: 0 })).status()).toBe(404);

  const headline = `Biden's pledge, headline first: awaiting outcome ${unique()}`;
  const form = await openTab(page, "Claim");
  await form.getByLabel("Headline (optional)", { exact: true }).fill(headline);
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Next step: Publish when ready.")).toBeVisible();
  await region(page, "Draft").getByRole("button", { name: "Publish" }).click();
  await expect(region(page, "Published").getByRole("status")).toHaveText("Published: readers can see the claim.");

  await page.goto(`/claims/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(headline);
  await expect(page.getByRole("region", { name: "Where it stands" })).toContainText("Awaiting outcome");
  await expectNoSeriousAxeViolations(page);
});

test("a withdrawn claim shows its notice and no form the server would refuse, but notes can still be added", async ({ page }) => {
  test.setTimeout(60_000); // an axe run
  await signIn(page, editor, "/editor");
  const path = await createClaim(page, `Withdrawn workbench ${unique()}.`);
  const id = path.split("/").pop()!;
  await region(page, "Draft").getByRole("button", { name: "Publish" }).click();
  await expect(region(page, "Published").getByRole("status")).toHaveText("Published: readers can see the claim.");
  const withdraw = await openTab(page, "Withdraw");
  await withdraw.getByText("Withdraw this claim…").click();
  await withdraw.getByLabel("Reason", { exact: true }).selectOption({ label: "Entered in error" });
  await withdraw.getByLabel("Correction note (shown to readers)", { exact: true }).fill("It was entered twice.");
  await withdraw.getByRole("button", { name: `Withdraw claim #${id}` }).click();
  await expect(region(page, "Withdrawn").getByRole("status")).toContainText("Withdrawn on");

  await page.goto(path);
  await expect(page.getByRole("tab")).toHaveText(["Claim", "Status and outcomes", "Linked claims", "Notes", "History"]);
  for (const name of ["Claim", "Status and outcomes", "Linked claims"]) {
    await expect((await openTab(page, name)).getByRole("button")).toHaveCount(0);
  }
  await expect(page.getByRole("button", { name: /^(Publish|Unpublish)$/ })).toHaveCount(0);
  await openTab(page, "Notes");
  await page.getByLabel("New note", { exact: true }).fill("Why we withdrew it.");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByRole("tabpanel", { name: "Notes", exact: true }).getByRole("status")).toHaveText(/added/i);
  await expectNoSeriousAxeViolations(page);
});

test("the source's suggestions are one line each, open to the whole suggestion, and several are dismissed at once", async ({ page }) => {
  test.setTimeout(60_000); // an axe run
  const article = [
    "Foreign Minister Maria Lopez said the ceasefire would hold.",
    "US President Joe Biden said on Monday that the talks would resume within two months.",
    "“We will sign the agreement by the end of next year,” Biden told reporters in Geneva.",
  ].join("\n");
  const title = `Batch dismissal ${unique()}`;
  await signIn(page, editor, "/editor/sources/new");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Article text", { exact: true }).fill(article);
  await page.getByRole("button", { name: "Add source" }).click();
  await page.getByRole("link", { name: "Open the source to select its claims" }).click();

  const panel = region(page, "Suggested claims");
  const list = panel.getByRole("list", { name: "Suggestions in the order they appear in the text" });
  await expect(list.getByRole("listitem")).toHaveCount(3);
  // The context is the article beside the list, not repeated in each suggestion.
  await expect(list).not.toContainText("Foreign Minister Maria Lopez said the ceasefire");

  await panel.getByRole("button", { name: "Dismiss selected" }).click();
  await expect(panel.getByText("Select the suggestions to dismiss.")).toBeVisible();

  await list.getByRole("checkbox", { name: /^Select suggestion 1,/ }).check();
  await list.getByRole("checkbox", { name: /^Select suggestion 3,/ }).check();
  await panel.getByRole("button", { name: "Dismiss selected" }).click();
  await expect(panel.getByRole("status")).toHaveText("Dismissed 2 suggestions.");
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await page.reload();
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(panel.getByText("Show dismissed suggestions (2)")).toBeVisible();

  const left = list.getByRole("listitem");
  await left.locator("summary").click();
  await expect(left.getByRole("link", { name: /^Create claim from suggestion 2/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});
