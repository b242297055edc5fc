/**
 * Passwords after sign-in: a user changes their own (the current one required; every other session
 * ends, this one goes on), an admin-set password must be replaced before anything else works, an
 * admin resets a password (shown once), and the last sign-in is recorded. The guard, the actions
 * and the database are real; only the cookie-reading layer is replaced (tests/support/session.ts).
 */
import { isRedirectError } from "next/dist/client/components/redirect-error.js";
import { getURLFromRedirectError } from "next/dist/client/components/redirect.js";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { IDLE, INVALID_INPUT, type ActionState } from "@/lib/action-state.ts";
import { AuthorizationError, DomainError } from "@/lib/errors.ts";
import { enableDemoAccounts, DEMO_ACCOUNTS } from "@/lib/accounts/demo-accounts.ts";
import { hashPassword, verifyPassword } from "@/lib/accounts/passwords.ts";
import { recordSignIn } from "@/lib/accounts/sign-in.ts";
import { THROTTLE } from "@/lib/accounts/sign-in-throttle.ts";
import { createUser, resetPassword, resetPasswordByAdmin } from "@/lib/accounts/users.ts";
import { actAs, continueSession } from "./support/session.ts";
import { useMigratedDatabase } from "./support/test-database.ts";

vi.mock("@/lib/accounts/session.ts", () => import("./support/session.ts"));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "localhost:3000" }) }));

const PASSWORD = "the editor's own passphrase";
const NEW_PASSWORD = "a brand new passphrase";

const { prisma, users } = useMigratedDatabase({ appDatabase: true, users: { admin: { role: "ADMIN" }, editor: { role: "EDITOR" } } });

let auth: typeof import("@/lib/accounts/auth.ts");
let account: typeof import("@/app/account/actions.ts");
let admin: typeof import("@/app/admin/users/actions.ts");
let claims: typeof import("@/app/editor/claims/actions.ts");
beforeAll(async () => {
  auth = await import("@/lib/accounts/auth.ts");
  account = await import("@/app/account/actions.ts");
  admin = await import("@/app/admin/users/actions.ts");
  claims = await import("@/app/editor/claims/actions.ts");
});

beforeEach(async () => {
  await prisma.signInThrottle.deleteMany();
  await prisma.user.update({ where: { id: users.editor.id }, data: { passwordHash: await hashPassword(PASSWORD), mustChangePassword: false } });
  continueSession.mockClear();
});

function form(fields: Record<string, string | number>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
  return data;
}

const change = (fields: Record<string, string>) => account.changePasswordAction(IDLE, form(fields));
const version = async (id: number) => (await prisma.user.findUniqueOrThrow({ where: { id } })).sessionVersion;
/** Acts as `id` in the session `sessionId`, begun at the user's current session version. */
const signedIn = async (id: number, sessionId: string) => actAs(id, { sessionId, sessionVersion: await version(id) });

async function guardRefusal(options?: { beforePasswordChange: boolean }): Promise<string | null> {
  try {
    await auth.requireRole("EDITOR", options);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(AuthorizationError);
    return (error as AuthorizationError).message;
  }
}

/** The destination of a redirect() the call threw, or the state it returned. */
async function outcome(call: Promise<ActionState>): Promise<ActionState | { redirectedTo: string }> {
  try {
    return await call;
  } catch (error) {
    if (isRedirectError(error)) return { redirectedTo: getURLFromRedirectError(error)! };
    throw error;
  }
}

describe("changing one's own password", () => {
  it("needs the current password, ends every other session of the user and keeps this one", async () => {
    const start = await version(users.editor.id);
    await signedIn(users.editor.id, "laptop");
    const laptop = { sessionId: "laptop", sessionVersion: start };

    const state = await change({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD, repeatPassword: NEW_PASSWORD });
    expect(state).toMatchObject({ status: "success", message: expect.stringMatching(/other sessions have ended/) });
    expect(state.values ?? {}).not.toHaveProperty("newPassword");

    const row = await prisma.user.findUniqueOrThrow({ where: { id: users.editor.id } });
    expect(await verifyPassword(row.passwordHash!, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(row.passwordHash!, PASSWORD)).toBe(false);
    expect(row.sessionVersion).toBe(start + 1);
    // This browser's session was re-issued at the new version and goes on…
    expect(continueSession).toHaveBeenCalledWith(start + 1);
    expect(await guardRefusal()).toBeNull();
    // …while the same session's old cookie, and any other session begun before, are refused.
    actAs(users.editor.id, laptop);
    expect(await guardRefusal()).toBe("Sign in to do this.");
    actAs(users.editor.id, { sessionId: "phone", sessionVersion: start });
    expect(await guardRefusal()).toBe("Sign in to do this.");
  });

  it("refuses a wrong current password with an error on that field, changes nothing and counts it as a failed sign-in", async () => {
    await signedIn(users.editor.id, "laptop");
    const before = await prisma.user.findUniqueOrThrow({ where: { id: users.editor.id } });

    const state = await change({ currentPassword: "not my password at all", newPassword: NEW_PASSWORD, repeatPassword: NEW_PASSWORD });
    expect(state).toEqual({ status: "error", message: INVALID_INPUT, fieldErrors: { currentPassword: ["That is not your current password."] }, values: {} });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: users.editor.id } })).toEqual(before);
    expect(continueSession).not.toHaveBeenCalled();
    expect(await guardRefusal()).toBeNull();

    for (let i = 1; i < THROTTLE.freeFailures.email; i++) await change({ currentPassword: `wrong ${i}`, newPassword: NEW_PASSWORD, repeatPassword: NEW_PASSWORD });
    await change({ currentPassword: "wrong again", newPassword: NEW_PASSWORD, repeatPassword: NEW_PASSWORD });
    // Blocked now, even with the right password: a borrowed session cannot guess without limit.
    const blocked = await change({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD, repeatPassword: NEW_PASSWORD });
    expect(blocked).toMatchObject({ status: "error", message: expect.stringMatching(/^Too many wrong passwords\. Try again in \d+ seconds\.$/) });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: users.editor.id } })).toEqual(before);
  });

  it.each([
    ["a short new password", { newPassword: "too short", repeatPassword: "too short" }, { newPassword: ["A password needs at least 12 characters."] }],
    ["two different new passwords", { newPassword: NEW_PASSWORD, repeatPassword: `${NEW_PASSWORD}!` }, { repeatPassword: ["The two new passwords differ."] }],
    ["the current password again", { newPassword: PASSWORD, repeatPassword: PASSWORD }, { newPassword: ["Choose a password other than the current one."] }],
    ["no current password", { currentPassword: "", newPassword: NEW_PASSWORD, repeatPassword: NEW_PASSWORD }, { currentPassword: ["Enter your current password."] }],
  ])("refuses %s with the error beside the field", async (_case, fields, fieldErrors) => {
    await signedIn(users.editor.id, "laptop");
    const before = await prisma.user.findUniqueOrThrow({ where: { id: users.editor.id } });
    const state = await change({ currentPassword: PASSWORD, ...fields });
    expect(state).toMatchObject({ status: "error", fieldErrors });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: users.editor.id } })).toEqual(before);
  });

  it("is refused to a signed-out caller", async () => {
    actAs(null);
    expect(await change({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD, repeatPassword: NEW_PASSWORD })).toMatchObject({ status: "error", message: "Sign in to do this." });
  });
});

describe("a password an admin set", () => {
  it("must be replaced before any editor or admin action works; then the user goes on to the page they asked for", async () => {
    const { user, initialPassword } = await createUser(prisma, users.admin, { email: "newcomer@example.org", name: "Newcomer", role: "ADMIN" });
    expect(user.mustChangePassword).toBe(true);
    await signedIn(user.id, "first");

    expect(await guardRefusal()).toBe(auth.PASSWORD_CHANGE_REQUIRED);
    const refused = await claims.addNoteAction(IDLE, form({ id: 1, body: "A note" }));
    expect(refused).toMatchObject({ status: "error", message: auth.PASSWORD_CHANGE_REQUIRED });
    const refusedAdmin = await admin.createUserAction(IDLE, form({ email: "x@example.org", name: "X", role: "EDITOR" }));
    expect(refusedAdmin).toMatchObject({ status: "error", message: auth.PASSWORD_CHANGE_REQUIRED });
    expect(await prisma.user.count({ where: { email: "x@example.org" } })).toBe(0);
    expect(await guardRefusal({ beforePasswordChange: true })).toBeNull();

    const done = await outcome(change({ currentPassword: initialPassword, newPassword: NEW_PASSWORD, repeatPassword: NEW_PASSWORD, next: "/editor/claims?status=OPEN" }));
    expect(done).toEqual({ redirectedTo: "/editor/claims?status=OPEN" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword).toBe(false);
    expect(await guardRefusal()).toBeNull();
  });

  it("sends the user on only to a page of this site", async () => {
    const { user, initialPassword } = await createUser(prisma, users.admin, { email: "traveller@example.org", name: "Traveller", role: "EDITOR" });
    await signedIn(user.id, "first");
    const done = await outcome(change({ currentPassword: initialPassword, newPassword: NEW_PASSWORD, repeatPassword: NEW_PASSWORD, next: "https://evil.example/phish" }));
    expect(done).toEqual({ redirectedTo: "/editor" });
  });

  it("is set by `npm run user:create`'s functions too, but never for the demo accounts", async () => {
    await resetPassword(prisma, users.editor.email, NEW_PASSWORD);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: users.editor.id } })).mustChangePassword).toBe(true);

    for (const demo of DEMO_ACCOUNTS) await prisma.user.create({ data: { email: demo.email, name: demo.name, role: demo.role } });
    await enableDemoAccounts(prisma);
    const demos = await prisma.user.findMany({ where: { email: { in: DEMO_ACCOUNTS.map((demo) => demo.email) } } });
    expect(demos).toHaveLength(2);
    for (const demo of demos) expect(demo).toMatchObject({ mustChangePassword: false, passwordHash: expect.stringMatching(/^\$argon2id\$/) });
  });
});

describe("an admin resets a password", () => {
  it("gives the user a one-time random password, ends their sessions and makes them choose their own", async () => {
    const start = await version(users.editor.id);
    await signedIn(users.admin.id, "admin-desk");
    const state = await admin.resetPasswordAction(IDLE, form({ userId: users.editor.id }));
    expect(state).toMatchObject({ status: "success", message: "editor has a new password; their sessions have ended.", data: { name: "editor", email: "editor@example.org" } });
    const temporary = state.data!.password;
    expect(temporary.length).toBeGreaterThanOrEqual(16);

    const row = await prisma.user.findUniqueOrThrow({ where: { id: users.editor.id } });
    expect(row).toMatchObject({ mustChangePassword: true, sessionVersion: start + 1 });
    expect(await verifyPassword(row.passwordHash!, temporary)).toBe(true);
    expect(await verifyPassword(row.passwordHash!, PASSWORD)).toBe(false);
    expect(JSON.stringify(row)).not.toContain(temporary);

    actAs(users.editor.id, { sessionId: "editor-laptop", sessionVersion: start });
    expect(await guardRefusal()).toBe("Sign in to do this.");
    // The admin's own session is untouched.
    await signedIn(users.admin.id, "admin-desk");
    expect(await guardRefusal()).toBeNull();
  });

  it("is refused for the admin's own account, an unknown user and a non-admin", async () => {
    await expect(resetPasswordByAdmin(prisma, users.admin, users.admin.id)).rejects.toThrow(new DomainError("Change your own password on your account page."));
    await expect(resetPasswordByAdmin(prisma, users.admin, 999_999)).rejects.toThrow(new DomainError("That user does not exist."));
    await expect(resetPasswordByAdmin(prisma, users.editor, users.admin.id)).rejects.toBeInstanceOf(AuthorizationError);
    await signedIn(users.editor.id, "laptop");
    expect(await admin.resetPasswordAction(IDLE, form({ userId: users.admin.id }))).toMatchObject({ status: "error", message: "You do not have permission to do this." });
  });
});

describe("the last sign-in", () => {
  it("is stamped on each successful sign-in, found by id or by email", async () => {
    const first = new Date("2026-12-01T09:00:00Z");
    expect(await recordSignIn(prisma, { id: users.editor.id }, first)).toEqual({ id: users.editor.id, sessionVersion: await version(users.editor.id) });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: users.editor.id } })).lastSignInAt).toEqual(first);
    const second = new Date("2026-12-02T10:30:00Z");
    await recordSignIn(prisma, { email: "editor@example.org" }, second);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: users.editor.id } })).lastSignInAt).toEqual(second);
  });
});
