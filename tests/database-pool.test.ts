/**
 * The application's connection pool (lib/platform/db.ts): after a burst, idle connections beyond
 * WARM_CONNECTIONS are closed after IDLE_TIMEOUT_MS, and WARM_CONNECTIONS stay open for the next
 * burst. Counted in pg_stat_activity by the pool's own application_name.
 */
import { afterAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client.ts";
import { createPrismaClient, IDLE_TIMEOUT_MS, POOL_SIZE, WARM_CONNECTIONS } from "@/lib/platform/db.ts";
import { useMigratedDatabase } from "./support/test-database.ts";

const { database, prisma } = useMigratedDatabase();
const APPLICATION = "pool-under-test";
let pool: PrismaClient | undefined;

afterAll(async () => {
  await pool?.$disconnect();
});

async function openConnections(): Promise<number> {
  const [row] = await prisma.$queryRaw<{ count: number }[]>`SELECT count(*)::integer AS count FROM pg_stat_activity WHERE application_name = ${APPLICATION}`;
  return row!.count;
}

describe("the application's connection pool", () => {
  it(`keeps ${WARM_CONNECTIONS} connections open after a burst, and closes the others once idle`, { timeout: IDLE_TIMEOUT_MS + 15_000 }, async () => {
    expect(POOL_SIZE).toBeGreaterThan(WARM_CONNECTIONS);
    const url = new URL(database.url);
    url.searchParams.set("application_name", APPLICATION);
    pool = createPrismaClient(url.toString());
    // As many statements at once as the pool has connections: each needs its own.
    await Promise.all(Array.from({ length: POOL_SIZE }, () => pool!.$queryRaw`SELECT pg_sleep(0.2)::text`));
    expect(await openConnections()).toBe(POOL_SIZE);

    await new Promise((resolve) => setTimeout(resolve, IDLE_TIMEOUT_MS + 2_000));
    expect(await openConnections()).toBe(WARM_CONNECTIONS);
    // The kept connections serve the next statements without opening new ones.
    await Promise.all(Array.from({ length: WARM_CONNECTIONS }, () => pool!.$queryRaw`SELECT 1`));
    expect(await openConnections()).toBe(WARM_CONNECTIONS);
  });
});
