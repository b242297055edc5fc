import { NextResponse, type NextRequest } from "next/server";
import { renewedSessionCookie, SESSION_COOKIES, sessionCookieOptions } from "@/lib/accounts/session-lifetime.ts";
import { contentSecurityPolicy, createNonce, strictTransportSecurity } from "@/lib/platform/security-headers.ts";
import { publicRoute } from "@/lib/public/cached-pages.ts";
import { RepeatedSearches } from "@/lib/public/repeated-searches.ts";
import { MAX_FORM_BODY_BYTES, MAX_IMPORT_FILE_BYTES, MAX_SOURCE_FILE_BYTES, megabytes } from "@/lib/upload-limits.ts";

/** This process's memory of the searches asked: only one asked before goes to its cached copy. */
const repeatedSearches = new RepeatedSearches();

/** The workbench, the admin pages and the account page: /editor, /editor/…, /admin, /admin/…, /account. */
const SIGNED_IN_AREA = /^\/(editor|admin|account)(\/|$)/;

/**
 * Runs on every page request (see `config.matcher`: not on static files, API routes or feeds).
 *
 * A page rendered per request gets the Content-Security-Policy with a fresh nonce: the policy is
 * also put on the request, where Next.js finds the nonce and puts it on its own scripts while it
 * renders. The page can read the nonce from the `x-nonce` request header. A cached public page
 * (lib/public/cached-pages.ts) is the same for every reader and comes with its own policy, by the
 * hashes of its scripts (lib/platform/security-headers.ts); a search and a duplicate's own page
 * (`?stay=1`) are rewritten to the routes that render them. HSTS is added here too, not in
 * next.config.mjs, because it depends on the public origin configured where the app runs.
 *
 * On workbench and admin pages only, as before:
 * - A form post larger than any form may be is refused at once with 413 and the limit, before it
 *   is read (Next.js would read it and answer 500).
 * - Convenience only: a visitor without a session cookie is sent to sign in and brought back to
 *   that exact page. The security boundary is requireRole() in every action and route, and the
 *   role check in every page.
 * - A signed-in visit renews the session cookie's idle lifetime (lib/accounts/session-lifetime.ts).
 */
export async function proxy(request: NextRequest) {
  if (SIGNED_IN_AREA.test(request.nextUrl.pathname)) {
    const length = Number(request.headers.get("content-length") ?? 0);
    if (request.method === "POST" && length > MAX_FORM_BODY_BYTES) {
      const message = `The upload is ${megabytes(length)}; the server takes at most ${megabytes(MAX_FORM_BODY_BYTES)} at once (a source file up to ${megabytes(MAX_SOURCE_FILE_BYTES)}, a claims CSV up to ${megabytes(MAX_IMPORT_FILE_BYTES)}).`;
      return NextResponse.json({ error: message }, { status: 413 });
    }
    if (!SESSION_COOKIES.some((name) => request.cookies.has(name))) {
      const signIn = new URL("/signin", request.url);
      signIn.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
      return NextResponse.redirect(signIn);
    }
  }

  const route = publicRoute(request.nextUrl.pathname, request.nextUrl.searchParams, (path) => repeatedSearches.askedBefore(path));
  const requestHeaders = new Headers(request.headers);
  let policy: string | undefined;
  if (!route.cached && !route.json) {
    const nonce = createNonce();
    policy = contentSecurityPolicy({ nonce, development: process.env.NODE_ENV === "development" });
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", policy);
  }
  const forward = { request: { headers: requestHeaders } };
  const response = route.rewrite
    ? NextResponse.rewrite(new URL(route.rewrite, request.url), forward)
    : NextResponse.next(forward);
  if (policy) response.headers.set("Content-Security-Policy", policy);
  const hsts = strictTransportSecurity();
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  if (SIGNED_IN_AREA.test(request.nextUrl.pathname)) {
    const renewed = await renewedSessionCookie(request.cookies, process.env.AUTH_SECRET);
    if (renewed) response.cookies.set(renewed.name, renewed.value, sessionCookieOptions(renewed));
  }
  return response;
}

/*
 * Every path except those that never serve a page: Next.js's own files (/_next/…), API routes
 * but the JSON list (/api/claims, whose searches are cached like pages), the feeds and the
 * sitemap, the favicon. (A made-up path under them answers with the 404 page without this
 * policy; nothing of ours is served there.) Must stay a literal: Next.js reads it at
 * build time.
 */
export const config = {
  matcher: ["/((?!_next/|api(?:/(?!claims$)|$)|feed\\.xml$|feed/|sitemap\\.xml$|sitemap/|robots\\.txt$|favicon\\.ico$).*)"],
};
