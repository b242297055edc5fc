import { expect, type Page } from "@playwright/test";
import { demoSources } from "../prisma/seed-data.ts";

/** Specs share one server and the demo accounts: names made with this never collide. */
export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Fills and sends the sign-in form of the current page. */
export async function fillSignIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs in from the sign-in page, then opens `path`. */
export async function signIn(page: Page, account: { email: string; password: string }, path: string) {
  await page.goto("/signin");
  await fillSignIn(page, account.email, account.password);
  // The first sign-in on a fresh server (the password hash, the workbench's first render) took over
  // the default 5 s on a loaded 2-core machine.
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible({ timeout: 15_000 });
  await page.goto(path);
}

/** Words that occur exactly once in a demo source, so the new claim anchors without ambiguity. */
function uniquePhrase(body: string): string {
  for (let start = 0; start + 40 <= body.length; start += 7) {
    const phrase = body.slice(start, start + 40).trim();
    if (/^\w.*\w$/.test(phrase) && body.indexOf(phrase) === body.lastIndexOf(phrase)) return phrase;
  }
  throw new Error("no unique phrase in the demo source");
}

export const region = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

/**
 * Creates a draft claim through the form, with a headline so that it can be published (unless
 * `headline` is empty), and returns its editor page's path, where "Create claim" leads. Labels are matched exactly, here and in the specs: an optional field's label is its name
 * and " (optional)" once, a required field's is its name alone.
 */
export async function createClaim(page: Page, summary: string, { headline = `Biden's pledge: ${summary}` }: { headline?: string } = {}): Promise<string> {
  const source = demoSources.commonspace;
  await page.goto("/editor/claims/new");
  await page.getByLabel("Quote", { exact: true }).fill(uniquePhrase(source.body));
  await page.getByLabel("Summary", { exact: true }).fill(summary);
  await page.getByLabel("Headline (optional)", { exact: true }).fill(headline);
  await page.getByLabel("Claimant", { exact: true }).selectOption({ label: "Joe Biden (US President)" });
  await page.getByLabel("Source (optional)", { exact: true }).selectOption({ label: `${source.title} — ${source.publisher}` });
  await page.getByLabel("Stated on", { exact: true }).fill("2024-04-09");
  await page.getByLabel("Kind", { exact: true }).selectOption({ label: "Promise" });
  await page.getByLabel("Tags (optional)", { exact: true }).fill("peace-treaty, e2e");
  await page.getByRole("button", { name: "Create claim" }).click();
  await expect(page).toHaveURL(/\/editor\/claims\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: /^Claim #\d+$/ })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** Opens a tab of the claim page and returns its panel. */
export async function openTab(page: Page, name: string) {
  await page.getByRole("tab", { name, exact: true }).click();
  const panel = page.getByRole("tabpanel", { name, exact: true });
  await expect(panel).toBeVisible();
  return panel;
}
