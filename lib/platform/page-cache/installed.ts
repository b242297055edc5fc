/**
 * Where the app server installs its page cache for Next.js's cache handler (next-cache-handler.mjs,
 * which names the same symbol) to find. Nothing is installed in dev mode, in tests or in scripts:
 * Next.js then keeps nothing.
 */
export const INSTALLED = Symbol.for("claim-ledger.page-cache");

/** Whether this process keeps cached pages (and data: lib/public/cached-search-counts.ts). */
export function pageCacheInstalled(): boolean {
  return INSTALLED in globalThis;
}
