import { publicUrlEnv } from "@/lib/platform/env.ts";
/**
 * The security headers that depend on the request or on the run-time configuration: the
 * Content-Security-Policy and HSTS when the public origin is https. The headers that never change
 * (X-Content-Type-Options, Referrer-Policy, Permissions-Policy, X-Frame-Options) are in
 * next.config.mjs `headers()`, for every path; they are fixed at build time, which is why HSTS (it
 * depends on SITE_URL / NEXTAUTH_URL, which may be set only where the app runs) is not among them.
 *
 * Two kinds of pages, two kinds of policy:
 * - Pages rendered per request (the workbench, admin, sign-in, searches) get a fresh nonce from
 *   proxy.ts: Next.js finds it in the request's CSP header and puts it on its own scripts.
 * - Cached public pages (lib/public/cached-pages.ts) are shared by every reader, so a nonce would
 *   be the same for all of them. Their policy lists the page's own inline scripts by hash
 *   (`self.__next_f.push(…)` flight data differs per page and per deploy), computed once when the
 *   page enters the cache and stored with it (lib/platform/page-cache/server.ts).
 * Neither allows 'unsafe-inline' scripts.
 */

export const HSTS_VALUE = "max-age=63072000; includeSubDomains";

/** A fresh, unguessable nonce: 16 random bytes, base64 (the nonce-source grammar). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

const NONCE = /^[A-Za-z0-9+/_-]+={0,2}$/;
const HASH_SOURCE = /^'sha256-[A-Za-z0-9+/]{43}='$/;

/**
 * The Content-Security-Policy of an HTML response.
 *
 * - script-src with a nonce: only scripts carrying this response's nonce (Next.js's inline bootstrap
 *   and flight data, its chunk script tags) and what they load ('strict-dynamic': the chunks React
 *   and Next.js load later). In development React needs eval() for its debugging aids.
 * - script-src with hashes (a cached page): exactly the page's inline scripts, and scripts from
 *   this origin (Next.js's chunks, named in the page or loaded later).
 * - style-src 'unsafe-inline': server-rendered `style` attributes (the status bars of the counts
 *   per status) and the inline styles of Next.js's dev overlay cannot carry a nonce; a nonce in
 *   style-src would also make browsers ignore 'unsafe-inline'. Injected CSS cannot run code.
 * - img-src data:: nothing uses a data: image today; allowed so that a small inline icon in CSS
 *   does not need a policy change (an image cannot run code).
 * - connect-src, font-src and the rest fall back to default-src 'self'.
 */
export function contentSecurityPolicy(options: { nonce: string; development?: boolean } | { scriptHashes: readonly string[] }): string {
  const directives: string[][] = [
    ["default-src", "'self'"],
    scriptSources(options),
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

function scriptSources(options: { nonce: string; development?: boolean } | { scriptHashes: readonly string[] }): string[] {
  if ("scriptHashes" in options) {
    if (!options.scriptHashes.every((hash) => HASH_SOURCE.test(hash))) throw new Error("A CSP hash must be 'sha256-…' in base64");
    return ["script-src", "'self'", ...options.scriptHashes];
  }
  if (!NONCE.test(options.nonce)) throw new Error("A CSP nonce must be base64 text");
  return ["script-src", "'self'", `'nonce-${options.nonce}'`, "'strict-dynamic'", ...(options.development ? ["'unsafe-eval'"] : [])];
}

/**
 * HSTS only when the configured public origin (SITE_URL, else NEXTAUTH_URL: lib/platform/env.ts) is
 * https: sent over plain http (local runs, the tests) it would be ignored at best, and a wrong one
 * pins a host to https for two years.
 */
export function strictTransportSecurity(siteOrigin: string | null = publicUrlEnv().siteOrigin): string | undefined {
  return siteOrigin?.startsWith("https://") ? HSTS_VALUE : undefined;
}
