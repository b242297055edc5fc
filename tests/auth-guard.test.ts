import { getAccessFallbackHTTPStatus, isHTTPAccessFallbackError } from "next/dist/client/components/http-access-fallback/http-access-fallback.js";
import { getURLFromRedirectError } from "next/dist/client/components/redirect.js";
import { isRedirectError } from "next/dist/client/components/redirect-error.js";
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

describe("userForPage (layouts and pages)", () => {
  /** What the page guard does: the user it lets through, or where it sends the visitor, or the HTTP status it answers. */
  async function pageGuard(role: "ADMIN" | "EDITOR", returnTo: string) {
    // Set by next.config.mjs (experimental.authInterrupts) in a Next.js build; forbidden() needs it.
    vi.stubEnv("__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS", "true");
    const { userForPage } = await import("@/lib/accounts/page-guard.ts");
    try {
      return { user: (await userForPage(role, returnTo)).email };
    } catch (error) {
      if (isRedirectError(error)) return { redirectedTo: getURLFromRedirectError(error) };
      if (isHTTPAccessFallbackError(error)) return { status: getAccessFallbackHTTPStatus(error) };
      throw error;
    } finally {
      vi.unstubAllEnvs();
    }
  }

  it("sends anonymous visitors to sign in and back, answers 403 to an editor on an admin page, lets an admin in", async () => {
    actAs(null);
    expect(await pageGuard("ADMIN", "/admin/users")).toEqual({ redirectedTo: "/signin?callbackUrl=%2Fadmin%2Fusers" });
    actAs(editor.id, { sessionVersion: (await prisma.user.findUniqueOrThrow({ where: { id: editor.id } })).sessionVersion });
    expect(await pageGuard("ADMIN", "/admin")).toEqual({ status: 403 });
    expect(await pageGuard("EDITOR", "/editor")).toEqual({ user: "editor@example.org" });
    actAs(admin.id);
    expect(await pageGuard("ADMIN", "/admin/users")).toEqual({ user: "admin@example.org" });
  });

  it("sends a user who must replace an admin-set password to the account page first, whatever the page", async () => {
    await prisma.user.update({ where: { id: admin.id }, data: { mustChangePassword: true } });
    try {
      actAs(admin.id);
      expect(await pageGuard("ADMIN", "/admin/users")).toEqual({ redirectedTo: "/account?next=%2Fadmin%2Fusers" });
      expect(await pageGuard("EDITOR", "/editor/claims/3")).toEqual({ redirectedTo: "/account?next=%2Feditor%2Fclaims%2F3" });
    } finally {
      await prisma.user.update({ where: { id: admin.id }, data: { mustChangePassword: false } });
    }
  });
});
