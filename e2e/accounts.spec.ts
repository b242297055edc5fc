import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../lib/accounts/demo-accounts.ts";
import { expectNoSeriousAxeViolations } from "./reader-axe.ts";
import { fillSignIn, signIn, unique } from "./support.ts";

const [admin, editor] = DEMO_ACCOUNTS;

// Each test makes its own users (other specs sign in as the demo accounts at the same time).

/** Signs the demo admin in on the users page and creates a user there; returns the initial password shown once. */
async function createUserAsAdmin(page: Page, user: { email: string; name: string }): Promise<string> {
  await signIn(page, admin, "/admin/users");
  const form = page.getByRole("region", { name: "New user" });
  await form.getByLabel("Email").fill(user.email);
  await form.getByLabel("Name").fill(user.name);
  await form.getByRole("button", { name: "Create user" }).click();
  const box = page.getByRole("region", { name: `Initial password for ${user.name}` });
  return ((await box.locator("code").textContent()) ?? "").trim();
}

async function changePassword(page: Page, current: string, next: string) {
  await page.getByLabel("Current password").fill(current);
  await page.getByLabel("New password", { exact: true }).fill(next);
  await page.getByLabel("Repeat the new password").fill(next);
  await page.getByRole("button", { name: "Change password" }).click();
}

/** A new browser signed in as `email` at `path`. */
async function browserSignedIn(browser: Browser, email: string, password: string, path = "/editor"): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  await fillSignIn(page, email, password);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  return { context, page };
}

const sessionCookies = async (context: BrowserContext) => (await context.cookies()).filter((cookie) => cookie.name.endsWith("next-auth.session-token"));

test("a new user must choose their own password first; changing it later ends every other session and refuses an older copy of this one", async ({ page, browser }) => {
  test.setTimeout(120_000); // several browsers, sign-ins and axe runs on a shared machine
  const user = { email: `paula.${unique()}@example.org`, name: `Paula ${unique()}` };
  const initial = await createUserAsAdmin(page, user);

  // First sign-in: every workbench page leads to the account page until the password is hers
  // (the editor layout's guard answers first, and knows its section, not the page).
  const first = await browserSignedIn(browser, user.email, initial, "/editor/claims");
  await expect(first.page).toHaveURL(/\/account\?next=%2Feditor$/);
  await expect(first.page.getByText("An admin set your password. Choose your own before you continue")).toBeVisible();
  await first.page.goto("/editor/sources/new");
  await expect(first.page).toHaveURL(/\/account\?next=%2Feditor$/);
  await first.page.goto("/admin/users");
  await expect(first.page).toHaveURL(/\/account\?next=%2Fadmin%2Fusers$/);
  await first.page.goto("/account?next=%2Feditor%2Fsources");

  // A wrong current password: the error beside the field, nothing changed.
  const own = `${unique()} Paula's own password`;
  await changePassword(first.page, "not the initial password", own);
  const current = first.page.getByLabel("Current password");
  await expect(current).toHaveAttribute("aria-invalid", "true");
  await expect(current).toHaveAccessibleDescription("That is not your current password.");
  await expect(first.page.getByRole("region", { name: "Change password" }).getByRole("alert")).toHaveText("Check the highlighted fields; nothing was saved.");
  await expectNoSeriousAxeViolations(first.page);

  await changePassword(first.page, initial, own);
  await expect(first.page).toHaveURL(/\/editor\/sources$/);
  await expect(first.page.getByRole("heading", { level: 1, name: "Sources" })).toBeVisible();

  // A second browser signs in with the new password; the first keeps a copy of its cookie as it is now.
  const second = await browserSignedIn(browser, user.email, own);
  await expect(second.page).toHaveURL(/\/editor$/);
  const before = await sessionCookies(first.context);
  expect(before).toHaveLength(1);

  // The first browser changes the password again, from the header's Account link.
  await first.page.getByRole("link", { name: "Account", exact: true }).click();
  await expect(first.page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await expect(first.page.getByText("An admin set your password.")).toHaveCount(0);
  const newest = `${unique()} Paula's newest password`;
  await changePassword(first.page, own, newest);
  await expect(first.page.getByRole("status").filter({ hasText: "Your password is changed." })).toBeVisible();
  expect((await sessionCookies(first.context))[0]!.value).not.toBe(before[0]!.value);

  // This browser stays signed in…
  await first.page.goto("/editor/claims");
  await expect(first.page.getByRole("heading", { level: 1, name: "Claims" })).toBeVisible();
  // …the other one is signed out…
  await second.page.goto("/editor/claims");
  await expect(second.page).toHaveURL(/\/signin\?callbackUrl=%2Feditor/);
  // …and so is a browser holding the first one's cookie from before the change.
  const copy = await browser.newContext();
  await copy.addCookies(before);
  const copied = await copy.newPage();
  await copied.goto("/editor/claims");
  await expect(copied).toHaveURL(/\/signin\?callbackUrl=%2Feditor/);
  await fillSignIn(copied, user.email, own);
  await expect(copied.locator("#signin-error")).toHaveText("Wrong email or password.");

  for (const context of [first.context, second.context, copy]) await context.close();
});

test("an admin resets a password: shown once, the user's session ends, they choose their own at sign-in; the list shows the last sign-in", async ({ page, browser }) => {
  test.setTimeout(120_000); // several browsers, sign-ins and axe runs on a shared machine
  const user = { email: `rita.${unique()}@example.org`, name: `Rita ${unique()}` };
  const initial = await createUserAsAdmin(page, user);
  const rita = await browserSignedIn(browser, user.email, initial);
  const own = `${unique()} Rita's own password`;
  await changePassword(rita.page, initial, own);
  await expect(rita.page).toHaveURL(/\/editor$/);

  await page.reload();
  const row = page.getByRole("row").filter({ has: page.getByRole("cell", { name: user.email, exact: true }) });
  await expect(row).not.toContainText("Never");
  await expect(row).toContainText(/\d{4},? \d{2}:\d{2} UTC/);
  await expect(row).not.toContainText("Must choose a password");

  await row.getByRole("button", { name: `Reset password… of ${user.name}` }).click();
  await expect(row).toContainText(`Give ${user.name} a new random password?`);
  await row.getByRole("button", { name: `Reset password of ${user.name}`, exact: true }).click();
  await expect(row.getByText(`${user.name} has a new password; their sessions have ended.`)).toHaveRole("status");
  const box = row.getByRole("region", { name: `New password for ${user.name}` });
  const temporary = ((await box.locator("code").textContent()) ?? "").trim();
  expect(temporary.length).toBeGreaterThanOrEqual(16);
  await expect(row).toContainText("Must choose a password");
  await expectNoSeriousAxeViolations(page);

  // Rita's open session has ended; her own password no longer works; the new one leads to the account page.
  await rita.page.goto("/editor");
  await expect(rita.page).toHaveURL(/\/signin\?callbackUrl=%2Feditor$/);
  await fillSignIn(rita.page, user.email, own);
  await expect(rita.page.locator("#signin-error")).toHaveText("Wrong email or password.");
  await fillSignIn(rita.page, user.email, temporary);
  await expect(rita.page).toHaveURL(/\/account\?next=%2Feditor$/);
  await rita.context.close();

  // Shown once: gone after a reload.
  await page.reload();
  await expect(page.getByText(temporary)).toHaveCount(0);
});

test("an editor gets 403 on the admin pages; signed out, they lead to sign-in", async ({ page, browser }) => {
  test.setTimeout(120_000); // several browsers, sign-ins and axe runs on a shared machine
  const anonymous = await browser.newPage();
  const signedOut = await anonymous.goto("/admin");
  expect(new URL(signedOut!.url()).pathname).toBe("/signin");
  await anonymous.close();

  await signIn(page, editor, "/editor");
  for (const path of ["/admin", "/admin/users"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
  }
  // A plain request with the same session cookie too.
  expect((await page.request.get("/admin/users")).status()).toBe(403);
  await expectNoSeriousAxeViolations(page);
});
