import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../lib/accounts/demo-accounts.ts";
import { expectNoSeriousAxeViolations } from "./reader-axe.ts";
import { fillSignIn, unique } from "./support.ts";

const [admin] = DEMO_ACCOUNTS;

// These tests only create and change their own users: other specs sign in as the demo accounts
// on the same server at the same time.

async function signInAsAdminAtUsersPage(page: Page) {
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fadmin%2Fusers/);
  await fillSignIn(page, admin.email, admin.password);
  // As in signIn (support.ts): the password hash and the first render outlast 5 s on a loaded machine.
  await expect(page).toHaveURL(/\/admin\/users$/, { timeout: 15_000 });
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
}

const newUserForm = (page: Page) => page.getByRole("region", { name: "New user" });

/** Creates a user through the form and returns the initial password shown once. */
async function createUser(page: Page, user: { email: string; name: string; role: "Editor" | "Admin" }): Promise<string> {
  const form = newUserForm(page);
  await form.getByLabel("Email").fill(user.email);
  await form.getByLabel("Name").fill(user.name);
  await form.getByLabel("Role").selectOption({ label: user.role });
  await form.getByRole("button", { name: "Create user" }).click();

  const box = page.getByRole("region", { name: `Initial password for ${user.name}` });
  await expect(box).toBeVisible();
  await expect(box).toContainText(`Give this password to ${user.name}; it will not be shown again.`);
  const password = (await box.locator("code").textContent())?.trim() ?? "";
  expect(password.length).toBeGreaterThanOrEqual(16);
  return password;
}

const userRow = (page: Page, email: string) => page.getByRole("row").filter({ has: page.getByRole("cell", { name: email, exact: true }) });

test("an admin creates an editor, who signs in with the initial password, must choose their own, and gets 403 on the admin page", async ({ page }) => {
  test.slow(); // four password hashes (two sign-ins, the new user's, the change): over 30 s on a loaded machine, as the first test of a run
  await signInAsAdminAtUsersPage(page);
  const editor = { email: `eve.${unique()}@example.org`, name: "Eve Example", role: "Editor" as const };
  const password = await createUser(page, editor);

  await expect(newUserForm(page).getByText("Created Eve Example (Editor).")).toHaveRole("status");
  // The form is empty again for the next user.
  await expect(newUserForm(page).getByLabel("Email")).toHaveValue("");
  const row = userRow(page, editor.email);
  await expect(row).toContainText("Editor");
  await expect(row).toContainText("Active");
  await expect(row).toContainText("Must choose a password");
  await expect(row).toContainText("Never");

  // Shown once: gone after a reload.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await expect(page.getByText(password)).toHaveCount(0);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  await page.goto("/signin");
  await fillSignIn(page, editor.email, password);
  await expect(page).toHaveURL(/\/account\?next=%2Feditor$/);
  await expect(page.getByText("An admin set your password.")).toBeVisible();
  const mine = `${unique()} is Eve's own password`;
  await page.getByLabel("Current password").fill(password);
  await page.getByLabel("New password", { exact: true }).fill(mine);
  await page.getByLabel("Repeat the new password").fill(mine);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/editor$/);
  await expect(page.getByTestId("signed-in-user")).toContainText(editor.name);

  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await expect(page.getByText(admin.email)).toHaveCount(0);
});

test("a refused new user keeps what the admin typed, with the error beside the field", async ({ page }) => {
  await signInAsAdminAtUsersPage(page);
  const form = newUserForm(page);
  await form.getByLabel("Email").fill(admin.email.toUpperCase());
  await form.getByLabel("Name").fill("Duplicate Person");
  await form.getByLabel("Role").selectOption({ label: "Admin" });
  await form.getByRole("button", { name: "Create user" }).click();

  await expect(form.getByRole("alert")).toHaveText("A user with that email already exists.");
  const email = form.getByLabel("Email");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAccessibleDescription(`${admin.email} already has an account.`);
  await expect(email).toHaveValue(admin.email.toUpperCase());
  await expect(form.getByLabel("Name")).toHaveValue("Duplicate Person");
  await expect(form.getByLabel("Role")).toHaveValue("ADMIN");
});

test("an admin changes a role, and disables an account whose open session then stops working", async ({ page, browser }) => {
  test.setTimeout(90_000); // two browsers, and the new user is sent on to choose a password
  await signInAsAdminAtUsersPage(page);
  const user = { email: `dan.${unique()}@example.org`, name: `Dan ${unique()}`, role: "Editor" as const };
  const password = await createUser(page, user);

  // The new user signs in in another browser.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto("/signin");
  await fillSignIn(otherPage, user.email, password);
  await expect(otherPage.getByTestId("signed-in-user")).toContainText(user.name);

  const row = userRow(page, user.email);
  await row.getByLabel(`Role of ${user.name}`).selectOption("ADMIN");
  await row.getByRole("button", { name: `Change role of ${user.name}` }).click();
  await expect(row.getByText(`${user.name} is now an admin.`)).toHaveRole("status");
  await expect(row.getByRole("cell", { name: "Admin", exact: true })).toBeVisible();
  await row.getByLabel(`Role of ${user.name}`).selectOption("EDITOR");
  await row.getByRole("button", { name: `Change role of ${user.name}` }).click();
  await expect(row.getByText(`${user.name} is now an editor.`)).toHaveRole("status");

  // Disabling asks first; cancel leaves the account alone.
  await row.getByRole("button", { name: `Disable… ${user.name}` }).click();
  await expect(row).toContainText(`Disable ${user.name}? They can no longer sign in`);
  await row.getByRole("button", { name: "Cancel" }).click();
  await expect(row).toContainText("Active");
  await row.getByRole("button", { name: `Disable… ${user.name}` }).click();
  await row.getByRole("button", { name: `Disable ${user.name}`, exact: true }).click();
  await expect(row.getByText(`${user.name} is disabled.`)).toHaveRole("status");
  await expect(row).toContainText("Disabled");

  // Their open session stops working on its next request.
  await otherPage.reload();
  await expect(otherPage.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(otherPage.getByTestId("signed-in-user")).toHaveCount(0);

  await row.getByRole("button", { name: `Re-enable ${user.name}` }).click();
  await expect(row.getByText(`${user.name} can sign in again.`)).toHaveRole("status");
  await expect(row).toContainText("Active");
  await other.close();
});

test("an admin cannot disable themselves: their row offers no disable button", async ({ page }) => {
  await signInAsAdminAtUsersPage(page);
  const row = userRow(page, admin.email);
  await expect(row).toContainText("(you)");
  await expect(row).toContainText("This is you");
  await expect(row.getByRole("button", { name: /Disable/ })).toHaveCount(0);
});

test("the users page fits a 360 px wide screen: rows stack instead of widening the page", async ({ page, browser }) => {
  // A failed sign-in with a long address, so that the sign-in limits table has a row to lay out.
  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto("/signin");
  await fillSignIn(stranger, `a-rather-long-address-${unique()}@newsroom.example.org`, "not the password");
  await expect(stranger.locator("#signin-error")).toHaveText("Wrong email or password.");
  await stranger.context().close();

  await page.setViewportSize({ width: 360, height: 740 });
  await signInAsAdminAtUsersPage(page);
  await expect(page.getByRole("region", { name: "Users, oldest account first" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Sign-in limits, blocked first" })).toContainText("a-rather-long-address-");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const create = newUserForm(page).getByRole("button", { name: "Create user" });
  await create.scrollIntoViewIfNeeded();
  const box = await create.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(360);
});

test("the users page has no serious accessibility problems, with a new password and a field error shown", async ({ page }) => {
  test.setTimeout(60_000); // three axe runs
  await signInAsAdminAtUsersPage(page);
  await expectNoSeriousAxeViolations(page);
  const user = { email: `axe.${unique()}@example.org`, name: "Axel Check", role: "Editor" as const };
  await createUser(page, user);
  const form = newUserForm(page);
  await form.getByLabel("Email").fill(user.email);
  await form.getByLabel("Name").fill("Axel Again");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByRole("alert")).toBeVisible();
  // The password is still there: a failed second attempt must not lose it before it was handed over.
  await expect(page.getByRole("region", { name: `Initial password for ${user.name}` })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoSeriousAxeViolations(page);
});

test("signed out, /admin sends you to sign in, and back to the page you asked for", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fadmin$/);
});

test("an admin's browser becomes a known device, and the admin sees and clears a stranger's sign-in lock", async ({ page, browser }) => {
  await signInAsAdminAtUsersPage(page);
  const device = (await page.context().cookies()).find((cookie) => cookie.name === "claim-ledger-device");
  expect(device).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  expect(device!.expires * 1000 - Date.now()).toBeGreaterThan(179 * 24 * 60 * 60 * 1000);

  // A stranger fails five times with one email (a made-up one: other specs use the demo accounts).
  const email = `locked.${unique()}@example.org`;
  const stranger = await browser.newPage();
  await stranger.goto("/signin");
  for (let i = 0; i < 5; i++) {
    await fillSignIn(stranger, email, "wrong password");
    await expect(stranger.getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
  }
  await fillSignIn(stranger, email, "wrong password");
  await expect(stranger.locator("#signin-error")).toContainText("Too many failed sign-in attempts.");

  await page.reload();
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: email }) });
  await expect(row).toContainText("5");
  await expect(row).toContainText("UTC");
  await row.getByRole("button", { name: `Clear the email limit for ${email}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "Cleared: the next attempt is allowed." })).toBeVisible();
  await expect(row).toHaveCount(0);

  // Cleared: the stranger is told the password is wrong again, not to wait.
  await fillSignIn(stranger, email, "wrong password");
  await expect(stranger.locator("#signin-error")).toHaveText("Wrong email or password.");
  await stranger.close();
});
