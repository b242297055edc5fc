import { publicUrlEnv } from "@/lib/platform/env.ts";
/**
 * The security headers that depend on the request or on the run-time configuration, set by
 * proxy.ts on every page response: the Content-Security-Policy with a fresh nonce, and HSTS when
 * the public origin is https. The headers that never change (X-Content-Type-Options,
 * Referrer-Policy, Permissions-Policy, X-Frame-Options) are in next.config.mjs `headers()`, for
 * every path; they are fixed at build time, which is why HSTS (it depends on SITE_URL /
 * NEXTAUTH_URL, which may be set only where the app runs) is not among them.
 *
 * Nonce and caching (issue 18): Next.js puts the nonce it finds in the request's CSP header on its
 * own inline bootstrap/flight scripts and script tags while it renders, so every page that gets
 * this CSP must be rendered per request. Public pages are (`dynamic = "force-dynamic"`). A cached
 * page would be served with the nonce of the request that rendered it (or none), and every script
 * of it would be blocked. So when #18 caches public pages, those paths need a nonce-free policy,
 * chosen per path in proxy.ts, while the nonce stays on the pages rendered per request (workbench,
 * admin, sign-in): `experimental.sri` in next.config.mjs puts integrity hashes on Next's external
 * script tags so `script-src 'self'` can hold for them, but it does NOT cover the inline flight
 * scripts (`self.__next_f.push(…)`, vercel/next.js#95354): their 'sha256-…' hashes, which differ per
 * page and per deploy, must be in that page's policy (computed when the page is cached and stored
 * with it), or the cached page must not need them; 'unsafe-inline' would undo the policy.
 */

export const HSTS_VALUE = "max-age=63072000; includeSubDomains";

/** A fresh, unguessable nonce: 16 random bytes, base64 (the nonce-source grammar). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

const NONCE = /^[A-Za-z0-9+/_-]+={0,2}$/;

/**
 * The Content-Security-Policy of an HTML response.
 *
 * - script-src: only scripts carrying this response's nonce (Next.js's inline bootstrap and flight
 *   data, its chunk script tags) and what they load ('strict-dynamic': the chunks React and Next.js
 *   load later). No 'unsafe-inline'. In development React needs eval() for its debugging aids.
 * - style-src 'unsafe-inline': server-rendered `style` attributes (the status bars of the counts
 *   per status) and the inline styles of Next.js's dev overlay cannot carry a nonce; a nonce in
 *   style-src would also make browsers ignore 'unsafe-inline'. Injected CSS cannot run code.
 * - img-src data:: nothing uses a data: image today; allowed so that a small inline icon in CSS
 *   does not need a policy change (an image cannot run code).
 * - connect-src, font-src and the rest fall back to default-src 'self'.
 */
export function contentSecurityPolicy({ nonce, development = false }: { nonce: string; development?: boolean }): string {
  if (!NONCE.test(nonce)) throw new Error("A CSP nonce must be base64 text");
  const directives: string[][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:"],
    ["font-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/**
 * HSTS only when the configured public origin (SITE_URL, else NEXTAUTH_URL: lib/platform/env.ts) is
 * https: sent over plain http (local runs, the tests) it would be ignored at best, and a wrong one
 * pins a host to https for two years.
 */
export function strictTransportSecurity(siteOrigin: string | null = publicUrlEnv().siteOrigin): string | undefined {
  return siteOrigin?.startsWith("https://") ? HSTS_VALUE : undefined;
}
