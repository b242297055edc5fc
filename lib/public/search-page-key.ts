/**
 * A search's cached page (app/(public)/search/[query]) is keyed by its query string: empty
 * parameters dropped (the search form sends every field), the rest sorted, base64url-encoded into
 * one path segment. Two URLs asking the same thing share one page; the proxy rewrites a search
 * there (lib/public/cached-pages.ts). No database import: the proxy loads this.
 */

/** Longer query strings are rendered per request rather than cached (nothing useful is that long). */
export const MAX_CACHED_QUERY_LENGTH = 1_000;

export function searchPageKey(params: URLSearchParams): string | null {
  const kept = new URLSearchParams([...params].filter(([, value]) => value !== ""));
  kept.sort();
  const query = kept.toString();
  if (query === "" || query.length > MAX_CACHED_QUERY_LENGTH) return null;
  return Buffer.from(query).toString("base64url");
}

/** The parameters a key stands for; null for anything but the key searchPageKey makes of them. */
export function searchParamsOfKey(key: string): URLSearchParams | null {
  const params = new URLSearchParams(Buffer.from(key, "base64url").toString("utf8"));
  return searchPageKey(params) === key ? params : null;
}
