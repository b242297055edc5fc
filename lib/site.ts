import { publicUrlEnv, type PublicUrlEnv } from "@/lib/platform/env.ts";
import { validHost } from "@/lib/platform/trusted-proxy.ts";

const first = (value: string | null) => value?.split(",")[0]?.trim() || null;

/**
 * The site's origin for absolute URLs (feeds, sitemap, JSON-LD, OpenGraph, CSV permalinks, the
 * JSON API's links):
 * 1. the configured public URL (SITE_URL, else NEXTAUTH_URL), whatever the request says;
 * 2. else the request's own Host header, with http for localhost/loopback and https otherwise;
 *    X-Forwarded-Host/-Proto only when TRUST_PROXY trusts a proxy, as the server in front of
 *    Next.js left them (lib/platform/trusted-proxy.ts: one value each, read that many hops from
 *    the right). A client-sent X-Forwarded-Host never names the site.
 */
export function siteOrigin(headers: Headers, env: PublicUrlEnv = publicUrlEnv()): string {
  if (env.siteOrigin) return env.siteOrigin;
  const trusted = env.trustProxy > 0;
  const host = (trusted ? validHost(first(headers.get("x-forwarded-host"))) : null) ?? validHost(headers.get("host")) ?? "localhost";
  const forwardedProto = trusted ? first(headers.get("x-forwarded-proto"))?.toLowerCase() : undefined;
  const proto = forwardedProto === "http" || forwardedProto === "https" ? forwardedProto : /^(localhost|127\.|\[::1\])/.test(host) ? "http" : "https";
  return `${proto}://${host}`;
}

/**
 * The site's origin in a cached page or response (lib/public/cached-pages.ts): shared by every
 * reader, it must not depend on any request header, so it is the configured public URL, else
 * http://localhost on this server's port (the app server warns at start when SITE_URL is unset).
 */
export function cachedPageOrigin(env: PublicUrlEnv = publicUrlEnv()): string {
  return env.siteOrigin ?? `http://localhost:${process.env.PORT ?? 3000}`;
}
