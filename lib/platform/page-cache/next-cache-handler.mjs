// @ts-check
/**
 * Next.js's cache handler (next.config.mjs `cacheHandler`): hands every cache read, write and tag
 * invalidation to the page cache the app server installed (lib/platform/page-cache/server.ts).
 * Plain JavaScript because Next.js imports it itself, also during `next build`, where no page
 * cache is installed and nothing is kept.
 */
const INSTALLED = Symbol.for("claim-ledger.page-cache");

/** @returns {import("./server.ts").PageCache | undefined} */
const pageCache = () => /** @type {any} */ (globalThis)[INSTALLED];

export default class PageCacheHandler {
  /** @param {string} key @param {{ tags?: string[], softTags?: string[] }} context */
  async get(key, context) {
    return pageCache()?.get(key, [...(context?.tags ?? []), ...(context?.softTags ?? [])]) ?? null;
  }

  /** @param {string} key @param {any} value @param {{ cacheControl?: unknown }} context */
  async set(key, value, context) {
    pageCache()?.set(key, value, context?.cacheControl);
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    await pageCache()?.revalidate(typeof tags === "string" ? [tags] : tags);
  }

  resetRequestCache() {}
}
