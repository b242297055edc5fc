import { afterAll, beforeAll } from "vitest";
import type { PrismaClient, Role, User } from "@/generated/prisma/client.ts";
import { createPrismaClient } from "@/lib/platform/db.ts";
import { createMigratedDatabase, type TestDatabase } from "./database.ts";

export interface TestUser {
  role: Role;
  /** `<key in lower case>@example.org` unless given. */
  email?: string;
  /** The key unless given. */
  name?: string;
  disabledAt?: Date;
  mustChangePassword?: boolean;
  emailNotifications?: boolean;
}

export interface TestDatabaseFixture<U extends string> {
  database: TestDatabase;
  /** A client on `database`. */
  prisma: PrismaClient;
  users: Record<U, User>;
}

/** Where lib/platform/db.ts caches the application's client. */
const appClient = globalThis as { prisma?: PrismaClient };

/**
 * Registers beforeAll/afterAll in the calling file or describe block: a fresh migrated database,
 * a Prisma client on it and the users asked for, created in that order; the database is dropped
 * afterwards. With `appDatabase`, DATABASE_URL points at it, so that route handlers and actions
 * using the application's client (`db` from lib/platform/db.ts) reach it too.
 *
 * The returned objects can be destructured at once but are only usable inside hooks and tests:
 * beforeAll fills in `database` and each user in place, and `prisma` forwards to a client that
 * beforeAll creates.
 */
export function useMigratedDatabase<U extends string = never>(
  options: { users?: Record<U, TestUser>; appDatabase?: boolean } = {},
): TestDatabaseFixture<U> {
  const database = {} as TestDatabase;
  let client: PrismaClient | undefined;
  const prisma = new Proxy({} as PrismaClient, {
    get(_target, property) {
      if (!client) throw new Error("The test database is created in beforeAll: use it inside hooks and tests only");
      const value = Reflect.get(client, property, client);
      return typeof value === "function" ? value.bind(client) : value;
    },
  });
  const specs = Object.entries<TestUser>(options.users ?? {});
  const users = Object.fromEntries(specs.map(([key]) => [key, {}])) as Record<U, User>;

  beforeAll(async () => {
    Object.assign(database, await createMigratedDatabase());
    if (options.appDatabase) {
      process.env.DATABASE_URL = database.url;
      delete appClient.prisma;
    }
    client = createPrismaClient(database.url);
    for (const [key, { email = `${key.toLowerCase()}@example.org`, name = key, ...rest }] of specs) {
      Object.assign(users[key as U], await client.user.create({ data: { email, name, ...rest } }));
    }
  });
  afterAll(async () => {
    if (options.appDatabase) await appClient.prisma?.$disconnect();
    await client?.$disconnect();
    await database.drop?.();
  });

  return { database, prisma, users };
}
