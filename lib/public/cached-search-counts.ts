import { unstable_cache } from "next/cache";
import { pageCacheInstalled } from "@/lib/platform/page-cache/installed.ts";
import { EVERY_SEARCH, pathTag } from "@/lib/public/page-invalidation.ts";
import type { CountsCache } from "@/lib/public/search.ts";

/** Every change that drops the cached searches drops their counts too (page-invalidation.ts). */
const SEARCH_TAGS = EVERY_SEARCH.map(pathTag);

/**
 * A search's counts, kept in the page cache of this process (lib/platform/page-cache/) like a cached
 * search, and dropped with them: a reader paging through a search's results, or asking for it with
 * another sort, another status or another parameter, reads only the page of results from the
 * database. Read again in the background after five minutes, as cached searches are, for what
 * changes with the date alone (the overdue filter). Where no page cache is installed (dev mode, tests calling a route, scripts) the
 * counts are read afresh: nothing would keep them.
 */
export const cachedSearchCounts: CountsCache = (key, read) =>
  pageCacheInstalled() ? unstable_cache(read, ["search-counts", key], { tags: SEARCH_TAGS, revalidate: 300 })() : read();
