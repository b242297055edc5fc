import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../lib/accounts/demo-accounts.ts";
import { expectNoSeriousAxeViolations } from "./reader-axe.ts";
import { createClaim, openTab, region, signIn, unique } from "./support.ts";

const [, editor] = DEMO_ACCOUNTS;

test("an editor corrects a published verdict with a note; readers see it on the claim page, on /corrections, in the feed and the JSON-LD", async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  await signIn(page, editor, "/editor");
  const path = await createClaim(page, `Biden expects a signed treaty, ${unique()}.`);
  const id = path.split("/").pop()!;

  // A verdict, then published: readers see "Borne out".
  await openTab(page, "Status and outcomes");
  const outcomes = region(page, "Outcomes");
  await outcomes.getByText("Link an outcome…").click();
  await outcomes.getByLabel("Outcome", { exact: true }).selectOption({ index: 1 });
  await outcomes.getByRole("button", { name: "Link outcome" }).click();
  await expect(outcomes.getByRole("status")).toHaveText("Outcome linked.");
  const status = region(page, "Status");
  await status.getByLabel("New status", { exact: true }).selectOption("FULFILLED");
  await status.getByLabel("Rationale", { exact: true }).fill("The declaration was signed.");
  await status.getByRole("button", { name: "Change status" }).click();
  await expect(status.getByRole("status")).toHaveText("Status changed.");
  await region(page, "Draft").getByRole("button", { name: "Publish" }).click();
  await expect(region(page, "Published").getByRole("status")).toHaveText("Published: readers can see the claim.");

  // Changing the published verdict without a note is refused next to the note's field, keeping the input.
  await openTab(page, "Status and outcomes");
  const note = status.getByLabel(/^Correction note \(shown to readers\)/);
  await status.getByLabel("New status", { exact: true }).selectOption("NOT_FULFILLED");
  await status.getByLabel("Rationale", { exact: true }).fill("The signing was called off.");
  await status.getByRole("button", { name: "Change status" }).click();
  await expect(note).toHaveAccessibleDescription(/Readers have seen the verdict “Borne out”: say in a correction note/);
  await expect(status.getByLabel("Rationale", { exact: true })).toHaveValue("The signing was called off.");
  await expect(status.getByLabel("New status", { exact: true })).toHaveValue("NOT_FULFILLED");
  await expectNoSeriousAxeViolations(page);

  const correction = `We had rated this as borne out from a draft text; no treaty was signed. ${unique()}`;
  await note.fill(correction);
  await status.getByRole("button", { name: "Change status" }).click();
  await expect(status.getByRole("status")).toHaveText("Status changed.");

  // A reader, not signed in.
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  const today = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" }).format(new Date());
  await reader.goto(`/claims/${id}`);
  const corrections = reader.getByRole("region", { name: "Correction" });
  await expect(corrections).toContainText(`Corrected on ${today}: ${correction}`);
  const jsonLd = JSON.parse((await reader.locator('script[type="application/ld+json"]').textContent()) ?? "null");
  expect(jsonLd).toMatchObject({ reviewRating: { alternateName: "Not borne out" }, correction: [{ "@type": "CorrectionComment", text: correction }] });
  await expectNoSeriousAxeViolations(reader);

  await corrections.getByRole("link", { name: "Every correction" }).click();
  await expect(reader).toHaveURL(/\/corrections$/);
  await expect(reader.getByRole("heading", { level: 1, name: "Corrections" })).toBeVisible();
  const entry = reader.getByRole("list", { name: "Corrections, newest first" }).getByRole("listitem").first();
  await expect(entry).toContainText("Status corrected: Borne out → Not borne out");
  await expect(entry).toContainText(correction);
  await expect(entry.getByRole("link")).toHaveAttribute("href", `/claims/${id}`);
  await expectNoSeriousAxeViolations(reader);

  const feed = await request.get("/feed/corrections.xml");
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  expect(await feed.text()).toContain(`<summary>${correction}</summary>`);
  await readerContext.close();
});

test("the methodology page renders the status vocabulary and the policy, linked from every claim page and the footer", async ({ page }) => {
  await page.goto("/");
  await page.locator('main a[href^="/claims/"]').first().click();
  await expect(page).toHaveURL(/\/claims\/\d+$/);
  await page.getByRole("link", { name: "How we choose claims, reach verdicts and correct mistakes" }).click();
  await expect(page).toHaveURL(/\/methodology$/);
  await expect(page.getByRole("heading", { level: 1, name: "Methodology" })).toBeVisible();
  const vocabulary = page.getByRole("region", { name: "What each status means" });
  await expect(vocabulary).toContainText("Borne out");
  await expect(vocabulary).toContainText("rated 5 of 5");
  await expect(page.getByRole("heading", { level: 2, name: "Corrections policy" })).toHaveAttribute("id", "corrections-policy");
  await expectNoSeriousAxeViolations(page);

  await page.goto("/");
  await page.getByRole("navigation", { name: "About our work" }).getByRole("link", { name: "Methodology" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Methodology" })).toBeVisible();
});
