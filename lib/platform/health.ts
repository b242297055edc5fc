import type { PrismaClient } from "@/generated/prisma/client.ts";

export type Health = { status: "ok"; db: "up" } | { status: "error"; db: "down" };

/** Whether the database answers a trivial query within `timeoutMs`. Never throws. */
export async function checkHealth(prisma: PrismaClient, timeoutMs = 2_000): Promise<Health> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("database health check timed out")), timeoutMs);
  });
  try {
    await Promise.race([prisma.$queryRaw`SELECT 1`, timeout]);
    return { status: "ok", db: "up" };
  } catch {
    return { status: "error", db: "down" };
  } finally {
    clearTimeout(timer);
  }
}
