/**
 * The site's origin as the reader reached it, for absolute URLs (feed, sitemap, JSON-LD,
 * OpenGraph). Behind a proxy, X-Forwarded-Host/-Proto name the public host.
 */
export function siteOrigin(headers: Headers): string {
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host") || "localhost";
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || (/^(localhost|127\.|\[::1\])/.test(host) ? "http" : "https");
  return `${proto}://${host}`;
}
