import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../lib/accounts/demo-accounts.ts";
import { expectNoSeriousAxeViolations } from "./reader-axe.ts";
import { createClaim, openTab, signIn, unique } from "./support.ts";

const [admin, editor] = DEMO_ACCOUNTS;

test("an editor names another in a note; she sees it under the bell, marks it read and answers in the thread, and he is told", async ({ page, browser }) => {
  test.setTimeout(90_000); // two editors, two sign-ins, an axe run
  await signIn(page, editor, "/editor");
  const word = unique();
  const path = await createClaim(page, `Discussion ${word}.`);
  const id = path.split("/").pop()!;
  const notes = await openTab(page, "Notes");
  await notes.getByLabel("New note", { exact: true }).fill(`@${admin.name}, can you check the date? ${word}`);
  await notes.getByRole("button", { name: "Add note" }).click();
  await expect(notes.getByRole("article", { name: `Note by ${editor.name}` }).getByText(`@${admin.name}`, { exact: true })).toBeVisible();

  const context = await browser.newContext();
  const other = await context.newPage();
  await signIn(other, admin, "/editor");
  await expect(other.getByRole("link", { name: /^Notifications, \d+ unread$/ })).toBeVisible();
  await other.getByRole("link", { name: /^Notifications/ }).click();
  await expect(other.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  const item = other.getByRole("listitem").filter({ hasText: word });
  await expect(item).toContainText(`${editor.name} named you in a note on claim #${id}`);
  await expectNoSeriousAxeViolations(other);
  await item.getByRole("button", { name: "Mark as read" }).click();
  await expect(item.getByRole("button", { name: "Mark as read" })).toHaveCount(0);
  await expect(item).not.toContainText("New:");

  await item.getByRole("link", { name: new RegExp(`claim #${id}`) }).click();
  await expect(other).toHaveURL(new RegExp(`/editor/claims/${id}\\?tab=notes$`));
  const thread = other.getByRole("tabpanel", { name: "Notes", exact: true });
  await thread.getByText(`Answer ${editor.name}`).click();
  await thread.getByLabel("Your answer", { exact: true }).fill(`Checked ${word}: the letter is dated 9 April.`);
  await thread.getByRole("button", { name: "Answer", exact: true }).click();
  await expect(thread.getByRole("list", { name: `Answers to ${editor.name}` })).toContainText(`Checked ${word}`);
  await context.close();

  await page.goto("/editor/notifications");
  await expect(page.getByRole("listitem").filter({ hasText: `Checked ${word}` })).toContainText(`${admin.name} wrote a note on claim #${id}`);
});
