import { expect, type Page } from "@playwright/test";

/** Specs share one server and the demo accounts: names made with this never collide. */
export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Fills and sends the sign-in form of the current page. */
export async function fillSignIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs in from the sign-in page, then opens `path`. */
export async function signIn(page: Page, account: { email: string; password: string }, path: string) {
  await page.goto("/signin");
  await fillSignIn(page, account.email, account.password);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.goto(path);
}
