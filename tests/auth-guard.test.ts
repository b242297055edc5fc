import { beforeAll, describe, expect, it, vi } from "vitest";
import { AuthorizationError } from "@/lib/errors.ts";
import { actAs } from "./support/session.ts";
import { useMigratedDatabase } from "./support/test-database.ts";

vi.mock("@/lib/accounts/session.ts", () => import("./support/session.ts"));

const {
  prisma,
  users: { admin, editor },
} = useMigratedDatabase({ appDatabase: true, users: { admin: { role: "ADMIN" }, editor: { role: "EDITOR" } } });
let requireRole: typeof import("@/lib/accounts/auth.ts").requireRole;

beforeAll(async () => {
  ({ requireRole } = await import("@/lib/accounts/auth.ts"));
});

async function refusal(role: "ADMIN" | "EDITOR") {
  try {
    await requireRole(role);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(AuthorizationError);
    return (error as AuthorizationError).status;
  }
}

describe("requireRole", () => {
  it("refuses anonymous callers with 401", async () => {
    actAs(null);
    expect(await refusal("EDITOR")).toBe(401);
  });

  it("lets an editor do editor work but not admin work", async () => {
    actAs(editor.id);
    expect(await refusal("EDITOR")).toBeNull();
    expect(await refusal("ADMIN")).toBe(403);
  });

  it("lets an admin do everything", async () => {
    actAs(admin.id);
    expect((await requireRole("ADMIN")).email).toBe("admin@example.org");
    expect(await refusal("EDITOR")).toBeNull();
  });

  it("stops a disabled user on their next request, whatever their session says", async () => {
    actAs(editor.id);
    expect(await refusal("EDITOR")).toBeNull();
    await prisma.user.update({ where: { id: editor.id }, data: { disabledAt: new Date() } });
    expect(await refusal("EDITOR")).toBe(401);
    await prisma.user.update({ where: { id: editor.id }, data: { disabledAt: null } });
    expect(await refusal("EDITOR")).toBeNull();
  });

  it("applies a role change on the next request", async () => {
    actAs(editor.id);
    expect(await refusal("ADMIN")).toBe(403);
    await prisma.user.update({ where: { id: editor.id }, data: { role: "ADMIN" } });
    expect(await refusal("ADMIN")).toBeNull();
    await prisma.user.update({ where: { id: editor.id }, data: { role: "EDITOR" } });
  });

  it("refuses a session once it was signed out of, while the user's other sessions go on", async () => {
    const { revokeSession } = await import("@/lib/accounts/users.ts");
    actAs(editor.id, { sessionId: "laptop" });
    expect(await refusal("EDITOR")).toBeNull();
    await revokeSession(prisma, { sessionId: "laptop", userId: editor.id, expiresAt: new Date(Date.now() + 3_600_000) });
    expect(await refusal("EDITOR")).toBe(401);
    actAs(editor.id, { sessionId: "phone" });
    expect(await refusal("EDITOR")).toBeNull();
  });

  it("ends the user's sessions when an admin changes their role or disables them", async () => {
    const { changeRole, setDisabled } = await import("@/lib/accounts/users.ts");
    const version = async () => (await prisma.user.findUniqueOrThrow({ where: { id: editor.id } })).sessionVersion;
    actAs(editor.id, { sessionVersion: await version() });
    await changeRole(prisma, admin, editor.id, "ADMIN");
    expect(await refusal("EDITOR")).toBe(401);
    await changeRole(prisma, admin, editor.id, "EDITOR");
    actAs(editor.id, { sessionVersion: await version() });
    await setDisabled(prisma, admin, editor.id, true);
    await setDisabled(prisma, admin, editor.id, false);
    expect(await refusal("EDITOR")).toBe(401);
    actAs(editor.id, { sessionVersion: await version() });
    expect(await refusal("EDITOR")).toBeNull();
  });

  it("refuses a session whose user no longer exists", async () => {
    actAs(999_999);
    expect(await refusal("EDITOR")).toBe(401);
  });
});
