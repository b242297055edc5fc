import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../lib/accounts/demo-accounts.ts";
import { fillSignIn } from "./support.ts";

const [admin, editor] = DEMO_ACCOUNTS;

test("an editor signs in after a wrong password, sees the workbench, and signs out", async ({ page, browser }) => {
  await page.goto("/editor");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Feditor/);

  await fillSignIn(page, editor.email, "not the password");
  await expect(page.locator("#signin-error")).toHaveText("Wrong email or password.");
  await expect(page.getByLabel("Email")).toHaveValue(editor.email);

  await page.getByLabel("Password").fill(editor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/editor$/);
  await expect(page.getByRole("heading", { level: 1, name: "Workbench" })).toBeVisible();
  await expect(page.getByTestId("signed-in-user")).toHaveText(`${editor.name} · Editor`);
  await expect(page.getByRole("navigation", { name: "Workbench" }).getByRole("link", { name: "Editor" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Workbench" }).getByRole("link", { name: "Admin" })).toHaveCount(0);
  // Drafts are listed for editors.
  await expect(page.getByRole("region", { name: "Drafts" }).getByRole("row")).not.toHaveCount(0);

  // A copy of the session cookie, as someone who got hold of it would keep it.
  const captured = await page.context().cookies();
  expect(captured.some((cookie) => cookie.name.endsWith("next-auth.session-token"))).toBe(true);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/editor");
  await expect(page).toHaveURL(/\/signin/);

  // Signing out ended the session on the server: the copied cookie no longer opens the workbench.
  const thief = await browser.newContext();
  await thief.addCookies(captured);
  const stolen = await thief.newPage();
  await stolen.goto("/editor");
  await expect(stolen).toHaveURL(/\/signin/);
  await thief.close();
});

test("an unknown email gets the same message as a wrong password", async ({ page }) => {
  await page.goto("/signin");
  await fillSignIn(page, "nobody@claimledger.test", "whatever password");
  await expect(page.locator("#signin-error")).toHaveText("Wrong email or password.");
});

test("the sign-in page never redirects to another site", async ({ page }) => {
  await page.goto("/signin?callbackUrl=https%3A%2F%2Fevil.example%2Fphish");
  await fillSignIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/editor$/);
  await expect(page.getByTestId("signed-in-user")).toHaveText(`${admin.name} · Admin`);
});
