import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { hasSessionCookie } from "@/lib/accounts/session-lifetime.ts";
import { cacheControlFor } from "@/lib/platform/cache-headers.ts";
import type { PublicUrlEnv } from "@/lib/platform/env.ts";
import { etagMatches } from "@/lib/platform/etag.ts";
import type { ResponseReplay } from "@/lib/platform/page-cache/replay.ts";
import { normaliseForwardedHeaders, refusesServerAction } from "@/lib/platform/trusted-proxy.ts";

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

const clip = (value: string) => (value.length > 100 ? `${value.slice(0, 100)}…` : value);

/**
 * Puts the normalised forwarding headers on the request itself (lib/platform/trusted-proxy.ts),
 * so whatever reads `req.headers` afterwards — Next.js, next-auth, route handlers — sees only them.
 */
function normalise(req: IncomingMessage, config: PublicUrlEnv): void {
  const { headers } = normaliseForwardedHeaders(req.headers, req.socket.remoteAddress, config.trustProxy);
  for (const name of Object.keys(req.headers)) if (!(name in headers)) delete req.headers[name];
  Object.assign(req.headers, headers);
}

/** Puts our Cache-Control on the responses Next.js serves from its cache (lib/platform/cache-headers.ts). */
function rewriteCacheControl(req: IncomingMessage, res: ServerResponse): void {
  const signedIn = hasSessionCookie(req.headers.cookie);
  const setHeader = res.setHeader.bind(res);
  res.setHeader = (name, value) =>
    setHeader(name, name.toLowerCase() === "cache-control" && typeof value === "string" ? cacheControlFor(value, signedIn) : value);
}

/**
 * Next.js renders a cached page's redirect (a claimant's former address) on a cache miss by setting
 * its Location, then appends the headers it cached for the page: the same Location again, which
 * clients join into one invalid value ("/a, /a"). The second, identical one is dropped.
 */
function singleLocation(res: ServerResponse): void {
  const appendHeader = res.appendHeader.bind(res);
  res.appendHeader = (name, value) => (name.toLowerCase() === "location" && res.getHeader("location") === value ? res : appendHeader(name, value));
}

/**
 * Answers "304 Not Modified" instead of a 200 whose ETag the client already has. Next.js does so
 * for pages; the cached routes (feeds, sitemap, JSON) carry an ETag too (page-cache/server.ts) but
 * are sent whole, so the decision is taken here, when the headers or the body's first bytes are about to go.
 */
function answerNotModified(req: IncomingMessage, res: ServerResponse): void {
  const ifNoneMatch = req.headers["if-none-match"];
  if (!ifNoneMatch || (req.method !== "GET" && req.method !== "HEAD")) return;
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const flushHeaders = res.flushHeaders.bind(res);
  let notModified: boolean | undefined;
  const decide = () => {
    if (notModified === undefined) {
      const etag = res.getHeader("etag");
      notModified = !res.headersSent && res.statusCode === 200 && typeof etag === "string" && etagMatches(ifNoneMatch, etag);
      if (notModified) {
        res.statusCode = 304;
        for (const name of ["content-type", "content-length", "content-encoding", "transfer-encoding"]) res.removeHeader(name);
      }
    }
    return notModified;
  };
  // Next.js flushes the headers itself just before the first bytes of a streamed body.
  res.flushHeaders = () => {
    decide();
    flushHeaders();
  };
  res.write = ((...args: unknown[]) => (decide() ? true : write(...args))) as typeof res.write;
  res.end = ((...args: unknown[]) => (decide() ? end() : end(...args))) as typeof res.end;
}

/**
 * The HTTP server in front of Next.js (scripts/server.ts): for every request, before `handle`
 * sees it, it computes the client's address and strips or rewrites the forwarding headers by
 * TRUST_PROXY, and, when a public origin is configured, refuses a Server Action from any other
 * origin with a bare 403. It also says who may keep a response Next.js served from its cache,
 * answers 304 for a cached route's body the client already has, and sends a redirect's Location once.
 *
 * WebSocket upgrades (dev-mode HMR) get the same header treatment from the server's first
 * `upgrade` listener, registered here; Next.js adds its own listener to this server (the
 * `httpServer` option of `next()`) when the first request arrives, so it runs after ours and sees
 * the normalised headers. A server without another listener leaves upgrades unanswered.
 */
export function createAppServer(options: { handle: RequestHandler; config: PublicUrlEnv; replay?: ResponseReplay }): Server {
  const { handle, config, replay } = options;
  const server = createServer((req, res) => {
    normalise(req, config);
    if (refusesServerAction(req.method, req.headers, config.siteOrigin)) {
      console.warn(`[claim-ledger] refused a Server Action from origin ${clip(String(req.headers.origin ?? "(none)"))}: only ${config.siteOrigin} may post them`);
      res.writeHead(403, { "content-length": "0", connection: "close", "cache-control": "no-store" });
      res.end();
      return;
    }
    if (replay?.serve(req, res)) return;
    rewriteCacheControl(req, res);
    singleLocation(res);
    answerNotModified(req, res);
    replay?.watch(req, res);
    Promise.resolve()
      .then(() => handle(req, res))
      .catch((error: unknown) => {
        console.error("[claim-ledger] request failed:", error);
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
        res.end(res.headersSent ? undefined : "Internal Server Error");
      });
  });
  server.on("upgrade", (req: IncomingMessage) => normalise(req, config));
  return server;
}
