import { listenOnChannel } from "@/lib/platform/postgres/channel-listener.ts";
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
 * online only while that connection is proven alive (lib/platform/postgres/channel-listener.ts):
 * when it is lost the store goes offline (nothing cached is served, since invalidations could be
 * missed) until the listener is back.
 */
export function listenForInvalidations(store: PageCacheStore, options: ListenerOptions): InvalidationListener {
  const { log = () => {}, ...connection } = options;
  const listener = listenOnChannel({
    ...connection,
    channel: INVALIDATION_CHANNEL,
    applicationName: "claim-ledger page cache",
    onNotification: (payload) => store.invalidate(parsePayload(payload)),
    onListening: () => store.goOnline(),
    onLost: (reason) => {
      log(`page cache offline (${reason}): pages are rendered afresh until PostgreSQL answers again`);
      store.goOffline();
    },
  });
  return {
    async publish(tags) {
      store.invalidate(tags);
      for (const payload of invalidationPayloads(tags)) {
        if (!(await listener.notify(payload))) return;
      }
    },
    async stop() {
      await listener.stop();
      store.goOffline();
    },
  };
}
