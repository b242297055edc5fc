import { createHash } from "node:crypto";
import { contentSecurityPolicy, createNonce } from "@/lib/platform/security-headers.ts";
import { listenForInvalidations, type InvalidationListener } from "@/lib/platform/page-cache/invalidations.ts";
import { ResponseReplay } from "@/lib/platform/page-cache/replay.ts";
import { PageCacheStore, type CacheHit, type CacheValue } from "@/lib/platform/page-cache/store.ts";
import { INSTALLED } from "@/lib/platform/page-cache/installed.ts";

/**
 * What next-cache-handler.mjs reaches through `globalThis`: Next.js loads that file itself (it
 * cannot be TypeScript, and `next build` loads it with no database), so the store lives here and
 * is installed by the app server (scripts/server.ts) before Next.js starts. Without it (during
 * `next build`) nothing is cached.
 */
export interface PageCache {
  get(key: string, extraTags: readonly string[]): CacheHit | null;
  set(key: string, value: CacheValue | null, cacheControl?: unknown): void;
  revalidate(tags: readonly string[]): Promise<void>;
}

type WithPageCache = typeof globalThis & { [INSTALLED]?: PageCache };

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi;

/** The 'sha256-…' sources of the page's inline scripts, in order of appearance, each once. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, body] of html.matchAll(INLINE_SCRIPT)) hashes.add(`'sha256-${createHash("sha256").update(body!).digest("base64")}'`);
  return [...hashes];
}

/**
 * Past this many inline scripts, a hash each would make the header too large for the proxies in
 * front of the app (nginx reads 4–8 KB of response headers by default; Node.js clients 16 KB). A
 * long list or page (5,000 claimants) is streamed as hundreds of flight scripts.
 */
export const MAX_SCRIPT_HASHES = 32;

/**
 * A cached page's script policy: the hashes of its inline scripts; for a page with more than
 * MAX_SCRIPT_HASHES of them, a nonce made now and written into every script tag of this render.
 * That nonce is the same for every reader of this version of the page (which is what lets it be
 * cached), and made after everything rendered into it was stored, so no stored content can carry it.
 */
function cachedPagePolicy(value: CacheValue, html: string): string {
  const hashes = inlineScriptHashes(html);
  if (hashes.length <= MAX_SCRIPT_HASHES) return contentSecurityPolicy({ scriptHashes: hashes });
  const nonce = createNonce();
  value.html = html.replace(/<script\b([^>]*)>/gi, (_tag, attributes: string) => `<script nonce="${nonce}"${attributes.replace(/\snonce="[^"]*"/i, "")}>`);
  return contentSecurityPolicy({ nonce });
}

/**
 * Readies a response Next.js is about to cache and send, on the value itself (so the reader whose
 * request rendered it gets the same headers as every later one):
 * - A page gets the Content-Security-Policy it is served with. Shared by every reader, it cannot
 *   carry a per-request nonce: its policy allows exactly its own inline scripts (Next.js's
 *   bootstrap and flight data) by hash, and scripts from this origin (cachedPagePolicy).
 * - A route's body (feeds, sitemap, JSON) gets an ETag, which Next.js gives pages only, so that a
 *   client or CDN asking again learns "304 Not Modified" (lib/platform/http-server.ts). Its own
 *   Cache-Control gives way to the one all cached responses get (lib/platform/cache-headers.ts).
 */
export function prepareForCache(value: CacheValue | null): void {
  if (value?.kind === "APP_PAGE" && typeof value.html === "string") {
    value.headers = { ...value.headers, "content-security-policy": cachedPagePolicy(value, value.html) };
  }
  if (value?.kind === "APP_ROUTE" && value.body) {
    const { "cache-control": _ignored, ...headers } = value.headers ?? {};
    value.headers = { ...headers, etag: `"${createHash("sha256").update(value.body).digest("base64url").slice(0, 27)}"` };
  }
}

/**
 * Starts this process's page cache: the store, and the listener that keeps it in step with every
 * other app process through PostgreSQL. Call once per process, before Next.js starts.
 */
export function startPageCache(options: { connectionString: string; maxBytes?: number; log?: (line: string) => void }): InvalidationListener & {
  replay: ResponseReplay;
} {
  const store = new PageCacheStore(options.maxBytes);
  const listener = listenForInvalidations(store, { connectionString: options.connectionString, log: options.log });
  (globalThis as WithPageCache)[INSTALLED] = {
    get: (key, extraTags) => store.get(key, extraTags),
    set: (key, value, cacheControl) => {
      prepareForCache(value);
      store.set(key, value, cacheControl);
    },
    revalidate: (tags) => listener.publish(tags),
  };
  return {
    replay: new ResponseReplay(store),
    publish: listener.publish,
    async stop() {
      delete (globalThis as WithPageCache)[INSTALLED];
      await listener.stop();
    },
  };
}
