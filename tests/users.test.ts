import pg from "pg";
import { beforeEach, describe, expect, it } from "vitest";
import { AuthorizationError, DomainError } from "@/lib/errors.ts";
import { verifyPassword } from "@/lib/accounts/passwords.ts";
import {
  changeRole,
  changeRoleSchema,
  createUser,
  createUserSchema,
  listUsers,
  setDisabled,
  setDisabledSchema,
  type Actor,
} from "@/lib/accounts/users.ts";
import { useMigratedDatabase } from "./support/test-database.ts";

const { database, prisma } = useMigratedDatabase();
beforeEach(async () => {
  await prisma.user.deleteMany();
});

async function addUser(email: string, role: "ADMIN" | "EDITOR", disabled = false) {
  return prisma.user.create({ data: { email, name: email.split("@")[0]!, role, disabledAt: disabled ? new Date() : null } });
}

async function expectDomainError(promise: Promise<unknown>, message: RegExp): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).message).toMatch(message);
  return error as DomainError;
}

describe("createUser", () => {
  it("stores an argon2id hash of a random initial password and never the password itself", async () => {
    const admin = await addUser("root@example.org", "ADMIN");
    const { user, initialPassword } = await createUser(prisma, admin, { email: "ada@example.org", name: "Ada Lovelace", role: "EDITOR" });

    // The admin knows this password: Ada must choose her own at her first sign-in.
    expect(user).toMatchObject({ email: "ada@example.org", name: "Ada Lovelace", role: "EDITOR", disabledAt: null, mustChangePassword: true, lastSignInAt: null });
    expect(user).not.toHaveProperty("passwordHash");
    expect(initialPassword.length).toBeGreaterThanOrEqual(16);

    const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row.passwordHash!, initialPassword)).toBe(true);
    expect(await verifyPassword(row.passwordHash!, `${initialPassword}x`)).toBe(false);
    expect(JSON.stringify(row)).not.toContain(initialPassword);

    const second = await createUser(prisma, admin, { email: "bob@example.org", name: "Bob", role: "EDITOR" });
    expect(second.initialPassword).not.toBe(initialPassword);
  });

  it("refuses an email that exists in any letter case, with the error on the email field", async () => {
    const admin = await addUser("root@example.org", "ADMIN");
    await createUser(prisma, admin, createUserSchema.parse({ email: "ada@example.org", name: "Ada", role: "EDITOR" }));
    const input = createUserSchema.parse({ email: "  ADA@Example.ORG ", name: "Other Ada", role: "ADMIN" });
    expect(input.email).toBe("ada@example.org");
    const error = await expectDomainError(createUser(prisma, admin, input), /already exists/);
    expect(error.fieldErrors.email?.[0]).toMatch(/ada@example\.org/);
    expect(await prisma.user.count()).toBe(2);
  });

  it("is refused for an actor who is not an admin", async () => {
    const editor = await addUser("ed@example.org", "EDITOR");
    await expect(createUser(prisma, editor, { email: "x@example.org", name: "X", role: "EDITOR" })).rejects.toBeInstanceOf(AuthorizationError);
    expect(await prisma.user.count()).toBe(1);
  });

  it("lists users oldest first without password hashes", async () => {
    const admin = await addUser("root@example.org", "ADMIN");
    await createUser(prisma, admin, { email: "ada@example.org", name: "Ada", role: "EDITOR" });
    const users = await listUsers(prisma);
    expect(users.map((user) => user.email)).toEqual(["root@example.org", "ada@example.org"]);
    expect(users[1]).not.toHaveProperty("passwordHash");
  });
});

describe("input schemas", () => {
  it("trims and lower-cases the email and trims the name", () => {
    expect(createUserSchema.parse({ email: " Ada@Example.org ", name: "  Ada  ", role: "ADMIN" })).toEqual({
      email: "ada@example.org",
      name: "Ada",
      role: "ADMIN",
    });
  });

  it("reports each bad field with a message for that field", () => {
    const result = createUserSchema.safeParse({ email: "not-an-email", name: "   ", role: "OWNER" });
    expect(result.success).toBe(false);
    const fields = result.error!.issues.map((issue) => issue.path.join("."));
    expect(fields.sort()).toEqual(["email", "name", "role"]);
    const tooLong = createUserSchema.safeParse({ email: "a@example.org", name: "x".repeat(201), role: "EDITOR" });
    expect(tooLong.error?.issues[0]?.message).toMatch(/200/);
    expect(createUserSchema.safeParse({ email: "", name: "A", role: "EDITOR" }).error?.issues[0]?.message).toBe("Enter an email address.");
  });

  it("parses the per-user forms", () => {
    expect(changeRoleSchema.parse({ userId: "7", role: "EDITOR" })).toEqual({ userId: 7, role: "EDITOR" });
    expect(changeRoleSchema.safeParse({ userId: "abc", role: "EDITOR" }).success).toBe(false);
    expect(setDisabledSchema.parse({ userId: "7", disabled: "true" })).toEqual({ userId: 7, disabled: true });
    expect(setDisabledSchema.parse({ userId: "7", disabled: "false" })).toEqual({ userId: 7, disabled: false });
    expect(setDisabledSchema.safeParse({ userId: "7", disabled: "yes" }).success).toBe(false);
  });
});

describe("changeRole", () => {
  it("changes an editor to admin and back", async () => {
    const admin = await addUser("root@example.org", "ADMIN");
    const editor = await addUser("ed@example.org", "EDITOR");
    expect((await changeRole(prisma, admin, editor.id, "ADMIN")).role).toBe("ADMIN");
    expect((await changeRole(prisma, admin, editor.id, "EDITOR")).role).toBe("EDITOR");
  });

  it("refuses to demote the last active admin, even when a disabled admin exists", async () => {
    const admin = await addUser("root@example.org", "ADMIN");
    await addUser("old@example.org", "ADMIN", true);
    const error = await expectDomainError(changeRole(prisma, admin, admin.id, "EDITOR"), /last active admin/);
    expect(error.fieldErrors.role).toBeDefined();
    expect((await prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("ADMIN");
  });

  it("demotes one of two active admins", async () => {
    const first = await addUser("one@example.org", "ADMIN");
    const second = await addUser("two@example.org", "ADMIN");
    expect((await changeRole(prisma, first, second.id, "EDITOR")).role).toBe("EDITOR");
    await expectDomainError(changeRole(prisma, first, first.id, "EDITOR"), /last active admin/);
  });

  it("refuses an unknown user and a non-admin actor", async () => {
    const admin = await addUser("root@example.org", "ADMIN");
    const editor = await addUser("ed@example.org", "EDITOR");
    await expectDomainError(changeRole(prisma, admin, 999_999, "ADMIN"), /does not exist/);
    await expect(changeRole(prisma, editor, editor.id, "ADMIN")).rejects.toBeInstanceOf(AuthorizationError);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: editor.id } })).role).toBe("EDITOR");
  });
});

describe("setDisabled", () => {
  it("disables and re-enables a user", async () => {
    const admin = await addUser("root@example.org", "ADMIN");
    const editor = await addUser("ed@example.org", "EDITOR");
    const disabled = await setDisabled(prisma, admin, editor.id, true);
    expect(disabled.disabledAt).toBeInstanceOf(Date);
    // Disabling again keeps the original time.
    expect((await setDisabled(prisma, admin, editor.id, true)).disabledAt).toEqual(disabled.disabledAt);
    expect((await setDisabled(prisma, admin, editor.id, false)).disabledAt).toBeNull();
  });

  it("refuses to let an admin disable themselves", async () => {
    const first = await addUser("one@example.org", "ADMIN");
    await addUser("two@example.org", "ADMIN");
    await expectDomainError(setDisabled(prisma, first, first.id, true), /your own account/);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: first.id } })).disabledAt).toBeNull();
  });

  it("refuses to disable the last active admin and allows it while another is active", async () => {
    const first = await addUser("one@example.org", "ADMIN");
    const second = await addUser("two@example.org", "ADMIN");
    const third = await addUser("three@example.org", "ADMIN");
    await setDisabled(prisma, first, second.id, true);
    // Acting as `third` on `first` would leave only `third`: allowed. Then `first`'s turn is refused.
    await setDisabled(prisma, third, first.id, true);
    await expectDomainError(setDisabled(prisma, { id: 0, role: "ADMIN" }, third.id, true), /last active admin/);
    // A disabled admin can be re-enabled.
    expect((await setDisabled(prisma, third, second.id, false)).disabledAt).toBeNull();
  });

  it("is refused for an actor who is not an admin", async () => {
    await addUser("root@example.org", "ADMIN");
    const editor = await addUser("ed@example.org", "EDITOR");
    const other = await addUser("other@example.org", "EDITOR");
    await expect(setDisabled(prisma, editor, other.id, true)).rejects.toBeInstanceOf(AuthorizationError);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: other.id } })).disabledAt).toBeNull();
  });
});

describe("concurrent demotions of the last two admins", () => {
  /**
   * A third connection holds the admin rows locked while both demotions start, so both are in
   * flight at the same time; without the FOR UPDATE in lib/accounts/users.ts both would read "two admins"
   * and both would succeed.
   */
  async function raceWhileLocked(run: (a: Actor, b: Actor) => [Promise<unknown>, Promise<unknown>]) {
    const a = await addUser("a@example.org", "ADMIN");
    const b = await addUser("b@example.org", "ADMIN");
    const blocker = new pg.Client(database.url);
    await blocker.connect();
    try {
      await blocker.query("BEGIN");
      await blocker.query(`SELECT "id" FROM "User" WHERE "role" = 'ADMIN' FOR UPDATE`);
      const results = Promise.allSettled(run(a, b));
      await waitForLockWaiters(2);
      await blocker.query("ROLLBACK");
      return { results: await results, ids: [a.id, b.id] };
    } finally {
      await blocker.end();
    }
  }

  // Watched from its own connection: inside a transaction, pg_stat_activity is a frozen snapshot.
  async function waitForLockWaiters(count: number) {
    const monitor = new pg.Client(database.url);
    await monitor.connect();
    try {
      for (let attempt = 0; attempt < 400; attempt += 1) {
        const { rows } = await monitor.query<{ waiting: number }>(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        if ((rows[0]?.waiting ?? 0) >= count) return;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      throw new Error(`expected ${count} transactions waiting for the admin lock`);
    } finally {
      await monitor.end();
    }
  }

  it("lets exactly one of two simultaneous demotions succeed", async () => {
    const { results } = await raceWhileLocked((a, b) => [changeRole(prisma, a, b.id, "EDITOR"), changeRole(prisma, b, a.id, "EDITOR")]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((result) => result.status === "rejected");
    expect((refused as PromiseRejectedResult).reason).toBeInstanceOf(DomainError);
    expect(await prisma.user.count({ where: { role: "ADMIN", disabledAt: null } })).toBe(1);
  });

  it("lets exactly one of a simultaneous demotion and disable succeed", async () => {
    const { results } = await raceWhileLocked((a, b) => [changeRole(prisma, a, b.id, "EDITOR"), setDisabled(prisma, b, a.id, true)]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.user.count({ where: { role: "ADMIN", disabledAt: null } })).toBe(1);
  });
});
