import pg from "pg";
import type { PageCacheStore } from "@/lib/platform/page-cache/store.ts";

/**
 * Invalidations travel between app processes as PostgreSQL notifications on one channel: a JSON
 * array of Next.js cache tags. PostgreSQL delivers a notification sent inside a transaction only
 * when that transaction commits, and to every listening connection, so the processes learn of a
 * change exactly when it becomes visible to their reads.
 */
export const INVALIDATION_CHANNEL = "claim_ledger_pages";

/** PostgreSQL refuses payloads of 8,000 bytes or more. */
const MAX_PAYLOAD = 7_900;

/** The tags as notification payloads, each under PostgreSQL's limit. */
export function invalidationPayloads(tags: readonly string[]): string[] {
  const payloads: string[] = [];
  let batch: string[] = [];
  // The JSON array's size in bytes as it grows: "[" and "]", each tag quoted, commas between.
  let length = 2;
  for (const tag of new Set(tags)) {
    const quoted = Buffer.byteLength(JSON.stringify(tag));
    if (batch.length > 0 && length + 1 + quoted > MAX_PAYLOAD) {
      payloads.push(JSON.stringify(batch));
      batch = [];
      length = 2;
    }
    length += quoted + (batch.length > 0 ? 1 : 0);
    batch.push(tag);
  }
  if (batch.length > 0) payloads.push(JSON.stringify(batch));
  return payloads;
}

function parsePayload(payload: string | undefined): string[] {
  try {
    const tags: unknown = JSON.parse(payload ?? "");
    return Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === "string") : [];
  } catch {
    return [];
  }
}

export interface InvalidationListener {
  /** Sends tags to every process, this one included (best effort outside a transaction). */
  publish(tags: readonly string[]): Promise<void>;
  stop(): Promise<void>;
}

export interface ListenerOptions {
  connectionString: string;
  /** How often the connection proves it is alive; a silent one is replaced. */
  heartbeatMs?: number;
  retryMs?: number;
  log?: (line: string) => void;
}

/**
 * Keeps one connection LISTENing for invalidations and applies them to the store. The store is
 * online only while that connection is proven alive (a heartbeat query every `heartbeatMs`): on
 * an error, a closed connection or a heartbeat that does not answer in time, it goes offline
 * (nothing cached is served) and the listener reconnects every `retryMs`.
 */
export function listenForInvalidations(store: PageCacheStore, options: ListenerOptions): InvalidationListener {
  const { connectionString, heartbeatMs = 2_000, retryMs = 1_000, log = () => {} } = options;
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  let heartbeat: NodeJS.Timeout | undefined;

  const drop = (reason: string) => {
    if (client) log(`page cache offline (${reason}): pages are rendered afresh until PostgreSQL answers again`);
    store.goOffline();
    clearInterval(heartbeat);
    const lost = client;
    client = undefined;
    lost?.removeAllListeners();
    lost?.on("error", () => {});
    void lost?.end().catch(() => {});
    if (!stopped) {
      clearTimeout(retry);
      retry = setTimeout(() => void connect(), retryMs);
    }
  };

  const connect = async () => {
    const candidate = new pg.Client({
      connectionString,
      connectionTimeoutMillis: heartbeatMs,
      query_timeout: heartbeatMs,
      keepAlive: true,
      application_name: "claim-ledger page cache",
    });
    candidate.on("error", (error) => drop(error.message));
    candidate.on("end", () => drop("connection closed"));
    candidate.on("notification", (message) => {
      if (message.channel === INVALIDATION_CHANNEL) store.invalidate(parsePayload(message.payload));
    });
    try {
      await candidate.connect();
      await candidate.query(`LISTEN ${INVALIDATION_CHANNEL}`);
    } catch (error) {
      candidate.removeAllListeners();
      candidate.on("error", () => {});
      void candidate.end().catch(() => {});
      if (!stopped) retry = setTimeout(() => void connect(), retryMs);
      return;
    }
    if (stopped) return void candidate.end();
    client = candidate;
    store.goOnline();
    heartbeat = setInterval(() => {
      candidate.query("SELECT 1").catch((error: Error) => {
        if (client === candidate) drop(error.message);
      });
    }, heartbeatMs);
    heartbeat.unref();
  };

  void connect();

  return {
    async publish(tags) {
      store.invalidate(tags);
      const current = client;
      if (!current) return;
      for (const payload of invalidationPayloads(tags)) {
        await current.query("SELECT pg_notify($1, $2)", [INVALIDATION_CHANNEL, payload]).catch(() => {});
      }
    },
    async stop() {
      stopped = true;
      clearTimeout(retry);
      clearInterval(heartbeat);
      store.goOffline();
      const current = client;
      client = undefined;
      current?.removeAllListeners();
      current?.on("error", () => {});
      await current?.end().catch(() => {});
    },
  };
}
