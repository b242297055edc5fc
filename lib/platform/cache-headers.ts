/**
 * The Cache-Control of a cached public response (lib/public/cached-pages.ts), for browsers and
 * CDNs: anyone may keep it; a CDN serves it for 1 s, then serves it stale for up to 30 s more
 * while it asks again, so a change reaches readers behind a CDN within about a second and the app
 * sees at most one request per page per second from each CDN node. Browsers keep it 0 s: they
 * ask again each time, and the ETag answers "304 Not Modified" when nothing changed.
 */
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=1, stale-while-revalidate=30";

/** For anyone signed in: their browser and any CDN must keep nothing. */
export const PRIVATE_CACHE_CONTROL = "private, no-store";

/**
 * The Cache-Control to send instead of the one Next.js chose. Next.js marks a response it serves
 * from its cache `s-maxage=<revalidate>, stale-while-revalidate=<a year>`: too long for a CDN that
 * Next.js cannot tell of a change, and silent on who may keep it. Every other value is kept.
 */
export function cacheControlFor(nextValue: string, signedIn: boolean): string {
  if (!nextValue.startsWith("s-maxage=")) return nextValue;
  return signedIn ? PRIVATE_CACHE_CONTROL : PUBLIC_CACHE_CONTROL;
}
