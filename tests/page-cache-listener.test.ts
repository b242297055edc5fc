import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { listenForInvalidations, type InvalidationListener } from "@/lib/platform/page-cache/invalidations.ts";
import { PageCacheStore, type CacheValue } from "@/lib/platform/page-cache/store.ts";
import { changeStatus } from "@/lib/workbench/claims.ts";
import { silentServer } from "./support/dead-database.ts";
import { useMigratedDatabase } from "./support/test-database.ts";
import { createTestClaim } from "./support/workbench.ts";

/*
 * Two app processes, each with its own page cache and its own listening connection, on one
 * PostgreSQL: a change committed anywhere drops the page from both within a second, and a process
 * that cannot hear invalidations serves nothing from its cache.
 */

const {
  database,
  prisma,
  users: { editor },
} = useMigratedDatabase({ users: { editor: { role: "EDITOR" } } });

const page = (path: string): CacheValue => ({ kind: "APP_PAGE", html: `<p>${path}</p>`, status: 200, headers: { "x-next-cache-tags": `_N_T_/layout,_N_T_${path}` } });

const running: InvalidationListener[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((listener) => listener.stop()));
});

function appProcess(connectionString = database.url, options: { heartbeatMs?: number; retryMs?: number } = {}) {
  const store = new PageCacheStore();
  const listener = listenForInvalidations(store, { connectionString, ...options });
  running.push(listener);
  return { store, listener };
}

async function within(ms: number, condition: () => boolean): Promise<number> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return performance.now() - start;
}

describe("page caches of two processes on one PostgreSQL", () => {
  it("both drop a claim's page within a second of a status change committed by a third connection", async () => {
    const claim = await createTestClaim(prisma, editor, { visibility: "PUBLISHED" });
    const path = `/claims/${claim.id}`;
    const one = appProcess();
    const two = appProcess();
    await within(5_000, () => one.store.online && two.store.online);
    for (const { store } of [one, two]) {
      store.get(path);
      store.set(path, page(path));
      store.set("/claims/0", page("/claims/0"));
      expect(store.get(path)).not.toBeNull();
    }

    await changeStatus(prisma, editor, claim.id, claim.version, { status: "IN_PROGRESS", rationale: "Talks resumed." });
    const delays = await Promise.all([one, two].map(({ store }) => within(1_000, () => store.get(path) === null)));
    expect(Math.max(...delays)).toBeLessThan(1_000);
    // Only the pages the change shows on.
    expect(one.store.get("/claims/0")).not.toBeNull();
    expect(two.store.get("/claims/0")).not.toBeNull();
  });

  it("an invalidation published by one process (revalidatePath in an action) reaches the other", async () => {
    const one = appProcess();
    const two = appProcess();
    await within(5_000, () => one.store.online && two.store.online);
    two.store.get("/sources");
    two.store.set("/sources", page("/sources"));
    await one.listener.publish(["_N_T_/sources"]);
    await within(1_000, () => two.store.get("/sources") === null);
  });

  it("a process whose listening connection is cut serves nothing cached until it listens again, then starts empty", async () => {
    const one = appProcess(database.url, { heartbeatMs: 200, retryMs: 100 });
    await within(5_000, () => one.store.online);
    one.store.get("/");
    one.store.set("/", page("/"));
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    try {
      await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'claim-ledger page cache'");
    } finally {
      await admin.end();
    }
    await within(2_000, () => !one.store.online);
    expect(one.store.get("/")).toBeNull();
    await within(5_000, () => one.store.online);
    expect(one.store.get("/")).toBeNull();
  });

  it("a process whose database does not answer stays offline and serves nothing cached", async () => {
    const frozen = await silentServer();
    try {
      const one = appProcess(frozen.url, { heartbeatMs: 200, retryMs: 100 });
      one.store.set("/", page("/"));
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(one.store.online).toBe(false);
      expect(one.store.get("/")).toBeNull();
    } finally {
      frozen.close();
    }
  });
});
