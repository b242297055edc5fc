import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client.ts";
import { createPrismaClient } from "@/lib/db.ts";
import { AuthorizationError } from "@/lib/errors.ts";
import { createMigratedDatabase, type TestDatabase } from "./support/database.ts";
import { actAs } from "./support/session.ts";

vi.mock("@/lib/session.ts", () => import("./support/session.ts"));

let database: TestDatabase;
let prisma: PrismaClient;
let requireRole: typeof import("@/lib/auth.ts").requireRole;
const ids = { admin: 0, editor: 0 };

beforeAll(async () => {
  database = await createMigratedDatabase();
  process.env.DATABASE_URL = database.url;
  delete (globalThis as { prisma?: unknown }).prisma;
  ({ requireRole } = await import("@/lib/auth.ts"));
  prisma = createPrismaClient(database.url);
  ids.admin = (await prisma.user.create({ data: { email: "admin@example.org", name: "Admin", role: "ADMIN" } })).id;
  ids.editor = (await prisma.user.create({ data: { email: "editor@example.org", name: "Editor", role: "EDITOR" } })).id;
});
afterAll(async () => {
  await prisma.$disconnect();
  await database.drop();
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
    actAs(ids.editor);
    expect(await refusal("EDITOR")).toBeNull();
    expect(await refusal("ADMIN")).toBe(403);
  });

  it("lets an admin do everything", async () => {
    actAs(ids.admin);
    expect((await requireRole("ADMIN")).email).toBe("admin@example.org");
    expect(await refusal("EDITOR")).toBeNull();
  });

  it("stops a disabled user on their next request, whatever their session says", async () => {
    actAs(ids.editor);
    expect(await refusal("EDITOR")).toBeNull();
    await prisma.user.update({ where: { id: ids.editor }, data: { disabledAt: new Date() } });
    expect(await refusal("EDITOR")).toBe(401);
    await prisma.user.update({ where: { id: ids.editor }, data: { disabledAt: null } });
    expect(await refusal("EDITOR")).toBeNull();
  });

  it("applies a role change on the next request", async () => {
    actAs(ids.editor);
    expect(await refusal("ADMIN")).toBe(403);
    await prisma.user.update({ where: { id: ids.editor }, data: { role: "ADMIN" } });
    expect(await refusal("ADMIN")).toBeNull();
    await prisma.user.update({ where: { id: ids.editor }, data: { role: "EDITOR" } });
  });

  it("refuses a session whose user no longer exists", async () => {
    actAs(999_999);
    expect(await refusal("EDITOR")).toBe(401);
  });
});
